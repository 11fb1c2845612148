/**
 * Work lists: a queue's open cases and one person's open cases, most at risk of breaching first, and the
 * supervisors' board that counts them. They read the `workItem` the SLA engine keeps per case (see
 * entities/work-item.ts), so each list is one Query on an index, ordered by the engine's earliest target.
 */
import { z } from "zod";
import { openStatuses } from "../cases/lifecycle.js";
import { defaultQueue } from "../cases/schemas.js";
import type { AppContext } from "../context.js";
import { cursorFits } from "../db/cursors.js";
import { shardOf } from "../db/shards.js";
import { isConditionFailure } from "../db/transactions.js";
import type { CaseItem, WorkItem } from "../entities/store.js";
import { unassigned, workShards } from "../entities/work-item.js";
import { InvalidInput } from "../errors.js";
import { type Page, pageOf, pageQuery } from "../pagination.js";
import { noNewerBasis } from "../sla/case-basis.js";
import type { MetricClock } from "../sla/clock.js";

/** `~` sorts after every instant: an item with no running clock comes last. */
const none = "~";

export const workStates = ["breached", "at_risk", "on_track", "paused", "no_sla"] as const;
export type WorkState = (typeof workStates)[number];

export const workItemView = z.object({
  caseId: z.string(),
  number: z.string(),
  subject: z.string(),
  customerId: z.string(),
  type: z.string(),
  status: z.string(),
  priority: z.string(),
  queue: z.string(),
  assigneeId: z.string().nullable(),
  sla: z.object({
    state: z
      .enum(workStates)
      .describe(
        "breached: a running clock is past its target; at_risk: past its warning point; on_track: running; paused: standing still in a pause status; no_sla: no policy or no clock running",
      ),
    dueAt: z.string().nullable().describe("The earliest target of a running clock"),
    warningAt: z.string().nullable().describe("The earliest warning point of a running clock"),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WorkItemView = z.infer<typeof workItemView>;

export const workListQuery = pageQuery;
export const workList = pageOf(workItemView).extend({ at: z.string().describe("The instant states were read at") });

const counts = {
  open: z.number().int().describe("Open cases (the backlog)"),
  atRisk: z.number().int().describe("Past a warning point, not yet breached"),
  breached: z.number().int(),
};
export const boardQuery = z.object({ queue: z.string().min(1).max(100).optional() });
export const boardView = z.object({
  at: z.string(),
  queues: z.array(
    z.object({
      queue: z.string(),
      ...counts,
      onTrack: z.number().int(),
      paused: z.number().int(),
      noSla: z.number().int(),
      unassigned: z.number().int(),
      nextDueAt: z.string().nullable().describe("The earliest target not yet passed"),
      agents: z.array(z.object({ assigneeId: z.string(), ...counts })).describe("Per agent, most breached first"),
    }),
  ),
});
export type BoardView = z.infer<typeof boardView>;

function earliest(instants: readonly (string | undefined)[]): string {
  return instants.filter((at): at is string => Boolean(at)).sort()[0] ?? none;
}

/** The work item of a case: what its lists show, and the SLA instants of the clocks that run. */
export function workItemOf(
  kase: CaseItem,
  clocks: readonly MetricClock[],
  interactionCount: number,
): Omit<WorkItem, "caseId"> & { caseId: string } {
  const running = clocks.filter((clock) => clock.running);
  return {
    caseId: kase.caseId,
    number: kase.number,
    subject: kase.subject,
    customerId: kase.customerId,
    type: kase.type,
    status: kase.status,
    priority: kase.priority,
    queue: kase.queue ?? defaultQueue,
    assignee: kase.assigneeId ?? unassigned,
    phase: (openStatuses as readonly string[]).includes(kase.status) ? "open" : "done",
    shard: shardOf(kase.caseId, workShards),
    breachAt: earliest(running.map((clock) => clock.dueAt)),
    warnAt: earliest(running.map((clock) => clock.warningAt)),
    paused: running.length === 0 && clocks.some((clock) => clock.state === "paused"),
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
    caseVersion: kase.version,
    interactionCount,
  };
}

/** Stores a work item unless one computed from a newer version of the case is there already. */
export async function storeWorkItem(app: AppContext, item: WorkItem): Promise<void> {
  try {
    await app.store.entities.workItem
      .put(item)
      .where((attr, op) => noNewerBasis(attr, op, item))
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

export function stateOf(item: Pick<WorkItem, "breachAt" | "warnAt" | "paused">, now: string): WorkState {
  if (item.breachAt !== none && item.breachAt <= now) return "breached";
  if (item.warnAt !== none && item.warnAt <= now) return "at_risk";
  if (item.breachAt !== none) return "on_track";
  return item.paused ? "paused" : "no_sla";
}

function toView(item: WorkItem, now: string): WorkItemView {
  return {
    caseId: item.caseId,
    number: item.number,
    subject: item.subject,
    customerId: item.customerId,
    type: item.type,
    status: item.status,
    priority: item.priority,
    queue: item.queue,
    assigneeId: item.assignee === unassigned ? null : item.assignee,
    sla: {
      state: stateOf(item, now),
      dueAt: item.breachAt === none ? null : item.breachAt,
      warningAt: item.warnAt === none ? null : item.warnAt,
    },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

type WorkQuery = {
  params(): { ExpressionAttributeValues?: Record<string, unknown> };
  go(options: { limit: number; cursor?: string }): Promise<{ data: WorkItem[]; cursor: string | null }>;
};

async function pageOfWork(
  app: AppContext,
  query: WorkQuery,
  index: "gsi1" | "gsi2",
  page: z.infer<typeof workListQuery>,
): Promise<Page<WorkItemView> & { at: string }> {
  if (page.cursor && !cursorFits(page.cursor, query.params(), index)) {
    throw new InvalidInput("cursor is not one this listing handed out", { cursor: page.cursor });
  }
  const at = app.clock().toISOString();
  const { data, cursor } = await query.go({ limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: data.map((item) => toView(item, at)), cursor: cursor ?? null, at };
}

/** A queue's open cases, the one to breach first on top (breached ones, longest overdue first). */
export function queueCases(app: AppContext, queue: string, page: z.infer<typeof workListQuery>) {
  return pageOfWork(app, app.store.entities.workItem.query.byQueue({ queue, phase: "open" }), "gsi1", page);
}

/** One person's open cases, in the same order ("my queue" when it is the caller). */
export function assigneeCases(app: AppContext, assigneeId: string, page: z.infer<typeof workListQuery>) {
  return pageOfWork(
    app,
    app.store.entities.workItem.query.byAssignee({ assignee: assigneeId, phase: "open" }),
    "gsi2",
    page,
  );
}

type BoardRow = BoardView["queues"][number];

/**
 * The supervisors' board: per queue, the backlog by SLA state and per agent. One queue reads its own index
 * partition; the whole board reads the open work over its shards, in parallel.
 */
export async function board(app: AppContext, filter: z.infer<typeof boardQuery>): Promise<BoardView> {
  const at = app.clock().toISOString();
  const attributes = ["queue", "assignee", "breachAt", "warnAt", "paused"] as const;
  const items = filter.queue
    ? (
        await app.store.entities.workItem.query
          .byQueue({ queue: filter.queue, phase: "open" })
          .go({ pages: "all", attributes: [...attributes] })
      ).data
    : (
        await Promise.all(
          Array.from({ length: workShards }, (_, shard) =>
            app.store.entities.workItem.query
              .byPhase({ phase: "open", shard: String(shard) })
              .go({ pages: "all", attributes: [...attributes] }),
          ),
        )
      ).flatMap(({ data }) => data);
  const rows = new Map<string, BoardRow>();
  // Configured queues show on the whole board even when nothing waits in them.
  if (!filter.queue) {
    const { data } = await app.store.entities.queue.query.all({}).go({ pages: "all", attributes: ["name"] });
    for (const { name } of data) rows.set(name, emptyRow(name));
  }
  for (const item of items as Pick<WorkItem, (typeof attributes)[number]>[]) {
    const row = rows.get(item.queue) ?? emptyRow(item.queue);
    rows.set(item.queue, row);
    const state = stateOf(item, at);
    row.open++;
    if (state === "breached") row.breached++;
    else if (state === "at_risk") row.atRisk++;
    else if (state === "on_track") row.onTrack++;
    else if (state === "paused") row.paused++;
    else row.noSla++;
    if (state !== "breached" && item.breachAt !== none && (!row.nextDueAt || item.breachAt < row.nextDueAt)) {
      row.nextDueAt = item.breachAt;
    }
    if (item.assignee === unassigned) {
      row.unassigned++;
      continue;
    }
    let agent = row.agents.find((a) => a.assigneeId === item.assignee);
    if (!agent) {
      agent = { assigneeId: item.assignee, open: 0, atRisk: 0, breached: 0 };
      row.agents.push(agent);
    }
    agent.open++;
    if (state === "breached") agent.breached++;
    if (state === "at_risk") agent.atRisk++;
  }
  const queues = [...rows.values()].sort((a, b) => a.queue.localeCompare(b.queue));
  for (const row of queues) {
    row.agents.sort(
      (a, b) => b.breached - a.breached || b.atRisk - a.atRisk || a.assigneeId.localeCompare(b.assigneeId),
    );
  }
  return { at, queues };
}

function emptyRow(queue: string): BoardRow {
  return {
    queue,
    open: 0,
    atRisk: 0,
    breached: 0,
    onTrack: 0,
    paused: 0,
    noSla: 0,
    unassigned: 0,
    nextDueAt: null,
    agents: [],
  };
}
