import { setTimeout as sleep } from "node:timers/promises";
import { createConversions } from "electrodb";
import { ulid } from "ulidx";
import * as Case from "../cases/case.js";
import type { AppContext, RequestMeta } from "../context.js";
import type { InteractionItem } from "../entities/store.js";
import { Conflict, NotFound } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayAfterRace } from "../idempotency.js";
import type { Page, PageQuery } from "../pagination.js";
import { newestFirst } from "./page.js";
import { type InteractionAuthor, resolveOccurredAt, visibilityFor } from "./rules.js";
import { type CreateInteractionInput, createInteractionInput, type InteractionView } from "./schemas.js";

export { authorOf } from "./rules.js";

export interface LogRequest {
  readonly customerId: string;
  /** When given, the case must exist, belong to `customerId`, and be neither closed nor cancelled. */
  readonly caseId?: string;
  readonly input: CreateInteractionInput;
  readonly author: InteractionAuthor;
}

export function toView(item: InteractionItem): InteractionView {
  return {
    id: item.interactionId,
    customerId: item.customerId,
    ...(item.caseId ? { caseId: item.caseId } : {}),
    channel: item.channel,
    direction: item.direction,
    author: item.author,
    visibility: item.visibility,
    summary: item.summary,
    ...(item.body === undefined ? {} : { body: item.body }),
    ...(item.agentId ? { agentId: item.agentId } : {}),
    occurredAt: item.occurredAt,
    ...(item.durationSeconds === undefined ? {} : { durationSeconds: item.durationSeconds }),
    createdAt: item.createdAt,
  };
}

/** Transaction conflicts (two writers on one item at once, in DynamoDB) are retried this many times. */
const attempts = 3;

/**
 * Logs one interaction: its conditions (customer exists; the case is the customer's and still
 * open), the interaction, its audit entry and its `interaction.logged` event in one transaction.
 * With an Idempotency-Key, a retry answers the first result and does no work.
 */
export async function log(app: AppContext, meta: RequestMeta, request: LogRequest): Promise<InteractionView> {
  const input = createInteractionInput.parse(request.input);
  for (let attempt = 1; ; attempt++) {
    if (meta.idempotency) {
      const prior = await priorResult<InteractionView>(app, meta.idempotency);
      if (prior) return prior.body;
    }
    const outcome = await write(app, meta, request, input);
    if (outcome.kind === "committed") return outcome.view;
    if (outcome.kind === "replay" && meta.idempotency)
      return (await replayAfterRace<InteractionView>(app, meta.idempotency)).body;
    if (outcome.kind === "contention" && attempt < attempts) {
      await sleep(10 + Math.random() * 40 * attempt);
      continue;
    }
    throw await refusal(app, request, outcome);
  }
}

/** Logs on a case: the interaction's customer is the case's (404 when the case does not exist). */
export async function logOnCase(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: CreateInteractionInput,
  author: InteractionAuthor,
): Promise<InteractionView> {
  const found = await Case.get(app, caseId);
  return log(app, meta, { customerId: found.customerId, caseId, input, author });
}

type Slot = "customer" | "case" | "interaction" | "audit" | "outbox" | "idempotency";
type Outcome =
  | { kind: "committed"; view: InteractionView }
  | { kind: "replay" }
  | { kind: "contention" }
  | { kind: "refused"; failed: Slot[]; codes: string[] };

async function write(
  app: AppContext,
  meta: RequestMeta,
  request: LogRequest,
  input: ReturnType<typeof createInteractionInput.parse>,
): Promise<Outcome> {
  const now = app.clock();
  const at = now.toISOString();
  const { customerId, caseId, author } = request;
  const item = {
    interactionId: ulid(now.getTime()),
    customerId,
    ...(caseId ? { caseId } : {}),
    channel: input.channel,
    direction: input.direction,
    author,
    visibility: visibilityFor(input.direction, input.visibility),
    summary: input.summary,
    ...(input.body === undefined ? {} : { body: input.body }),
    ...(author === "agent" ? { agentId: meta.actor.sub } : {}),
    occurredAt: resolveOccurredAt(now, input.occurredAt),
    ...(input.durationSeconds === undefined ? {} : { durationSeconds: input.durationSeconds }),
    createdAt: at,
    createdBy: meta.actor.sub,
  };
  const view = toView(item as InteractionItem);
  const event = outboxEventFor(meta, at, "interaction.logged", {
    interactionId: item.interactionId,
    customerId,
    ...(caseId ? { caseId } : {}),
    channel: item.channel,
    direction: item.direction,
    author,
    visibility: item.visibility,
    occurredAt: item.occurredAt,
  });
  const audited = auditEntryFor(meta, at, {
    entityType: "interaction",
    entityId: item.interactionId,
    action: "create",
    after: view,
  });
  const record = meta.idempotency
    ? idempotencyRecord(meta.idempotency, at, { type: "interaction", id: item.interactionId, status: 201, body: view })
    : undefined;
  // Which write each transaction item is, in order: a cancellation reports its reasons by position.
  const slots: Slot[] = [
    "customer",
    ...(caseId ? (["case"] as const) : []),
    "interaction",
    "audit",
    "outbox",
    ...(record ? (["idempotency"] as const) : []),
  ];
  const result = await app.store.transaction
    .write(({ customer, case: kase, interaction, audit, outbox, idempotency }) => [
      customer
        .check({ customerId })
        // A merged customer is a tombstone: its history now lives with the survivor.
        .where((attr, op) => `${op.exists(attr.customerId)} AND ${op.ne(attr.status, "merged")}`)
        .commit(),
      ...(caseId
        ? [
            kase
              .check({ caseId })
              .where(
                (attr, op) =>
                  `${op.eq(attr.customerId, customerId)} AND ${op.ne(attr.status, "closed")} AND ${op.ne(attr.status, "cancelled")}`,
              )
              .commit(),
          ]
        : []),
      interaction.create(item).commit(),
      audit.create(audited).commit(),
      outbox.create(event).commit(),
      ...(record ? [idempotency.create(record).commit()] : []),
    ])
    .go();
  if (!result.canceled) return { kind: "committed", view };
  const codes = (result.data as readonly ({ code?: string } | undefined)[]).map((entry) => entry?.code ?? "None");
  const failed = slots.filter((_, index) => codes[index] === "ConditionalCheckFailed");
  // The key's record already exists: an earlier request with this key won, so answer its result.
  if (failed.includes("idempotency")) return { kind: "replay" };
  if (failed.length === 0 && codes.includes("TransactionConflict")) return { kind: "contention" };
  return { kind: "refused", failed, codes };
}

/** The domain error a refused write means. Someone else's case is "does not exist", like a missing one. */
async function refusal(app: AppContext, request: LogRequest, outcome: Outcome): Promise<Error> {
  if (outcome.kind !== "refused") return new Error(`Interaction not logged: ${outcome.kind}`);
  const { customerId, caseId } = request;
  if (outcome.failed.includes("customer")) return new NotFound(`Customer ${customerId} does not exist`, { customerId });
  if (outcome.failed.includes("case") && caseId) {
    const { data } = await app.store.entities.case.get({ caseId }).go();
    if (!data || data.customerId !== customerId) return new NotFound(`Case ${caseId} does not exist`, { caseId });
    if (data.status === "closed" || data.status === "cancelled") {
      return new Conflict(`Case ${caseId} is ${data.status}: nothing more can be logged on it`, {
        caseId,
        status: data.status,
      });
    }
    return new Conflict(`Case ${caseId} changed while logging; try again`, { caseId });
  }
  return new Error(`Transaction cancelled: ${outcome.codes.join(", ")}`);
}

/** Where the next page of a timeline starts: right after the last item shown. */
function cursorAfter(app: AppContext, index: "byCase" | "byCustomer") {
  const { byCase, byCustomer } = createConversions(app.store.entities.interaction).byAccessPattern;
  // Every item a byCase Query returns has its caseId (the index is sparse).
  return (item: InteractionItem) =>
    index === "byCase"
      ? byCase.fromComposite.toCursor({ ...item, caseId: item.caseId ?? "" })
      : byCustomer.fromComposite.toCursor(item);
}

/** A case's interactions, newest first (one Query, and one GetItem for the 404). */
export async function caseTimeline(app: AppContext, caseId: string, page: PageQuery): Promise<Page<InteractionView>> {
  const [found, items] = await Promise.all([
    app.store.entities.case.get({ caseId }).go(),
    newestFirst(app.store.entities.interaction.query.byCase({ caseId }), page, toView, cursorAfter(app, "byCase")),
  ]);
  if (!found.data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  return items;
}

/** A customer's interactions, with or without a case, newest first (one Query, one GetItem). */
export async function customerTimeline(
  app: AppContext,
  customerId: string,
  page: PageQuery,
): Promise<Page<InteractionView>> {
  const [found, items] = await Promise.all([
    app.store.entities.customer.get({ customerId }).go(),
    newestFirst(
      app.store.entities.interaction.query.byCustomer({ customerId }),
      page,
      toView,
      cursorAfter(app, "byCustomer"),
    ),
  ]);
  if (!found.data) throw new NotFound(`Customer ${customerId} does not exist`, { customerId });
  return items;
}

/** What the customer may see on a case: public interactions only, newest first. */
export async function publicMessages(app: AppContext, caseId: string, limit: number): Promise<InteractionView[]> {
  const { data } = await app.store.entities.interaction.query
    .byCase({ caseId })
    .where((attr, op) => op.eq(attr.visibility, "public"))
    .go({ order: "desc", count: limit });
  return data.map(toView);
}
