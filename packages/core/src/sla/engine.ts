/**
 * The SLA engine's writes: keeping a case's clock record and timers in step with its history (`recompute`),
 * and what a timer does when a threshold falls due (`fireThreshold`): a warning publishes `sla.warning`; a
 * breach publishes `sla.breached` and escalates the case. Both fire exactly once per metric cycle: the
 * firing record and the clock's `firings` set are written with conditions in the effect's own transaction.
 */
import { ulid } from "ulidx";
import { isTerminal } from "../cases/lifecycle.js";
import { toView as caseView } from "../cases/view.js";
import { type AppContext, type RequestMeta, systemActor } from "../context.js";
import { shardOf } from "../db/shards.js";
import { cancellationCode, isConditionFailure, retryingConflicts } from "../db/transactions.js";
import { casePriorities } from "../entities/case.js";
import { noneDue, slaDueShards } from "../entities/sla-clock.js";
import type { CaseItem, SlaClockItem } from "../entities/store.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import type { TimerPayload } from "../ports.js";
import { storeWorkItem, workItemOf } from "../queues/work.js";
import { type FireOutcome, firingRecord } from "../timers/timer-handlers.js";
import { noNewerBasis } from "./case-basis.js";
import { type CaseClocks, clocksOf } from "./case-clocks.js";
import type { MetricClock } from "./clock.js";
import type { SlaMetric } from "./policy-schema.js";
import { firingKey, pendingThresholds, type Threshold, type ThresholdKind, timerFor } from "./timers.js";

const meta: RequestMeta = { actor: systemActor };

/** A threshold is acted on when due within this much (a timer may be delivered a moment early). */
const earlyToleranceMs = 1000;

export async function storedClock(app: AppContext, caseId: string): Promise<SlaClockItem | undefined> {
  const { data } = await app.store.entities.slaClock.get({ caseId }).go();
  return data ?? undefined;
}

export interface RecomputeOptions {
  /** Arm every pending timer even when the record says it is armed (the sweep's repair). */
  readonly rearm?: boolean;
}

export interface RecomputeResult {
  readonly evaluation: CaseClocks | undefined;
  readonly pending: readonly Threshold[];
}

/**
 * Derives the case's clocks, stores what is pending (the earliest on the due index), and arms, moves or
 * cancels its timers to match. Safe to run any number of times, concurrently too: a computation from an
 * older case version never overwrites a newer one.
 */
export async function recompute(
  app: AppContext,
  caseId: string,
  options: RecomputeOptions = {},
): Promise<RecomputeResult> {
  const now = app.clock();
  const [evaluation, stored] = await Promise.all([clocksOf(app, caseId, now), storedClock(app, caseId)]);
  if (!evaluation) return { evaluation, pending: [] };
  const { facts, policy } = evaluation;
  const pending = pendingThresholds(evaluation.clocks, new Set(stored?.firings ?? []));
  const armed: Record<string, string> = {};
  for (const threshold of pending) armed[timerFor(caseId, threshold).timerName] = threshold.at;
  const record = {
    policyId: policy?.id ?? "none",
    calendarId: policy?.calendarId ?? "none",
    phase: isTerminal(facts.kase.status) ? ("closed" as const) : ("open" as const),
    dueState: pending.length > 0 ? ("pending" as const) : ("idle" as const),
    dueShard: shardOf(caseId, slaDueShards),
    nextDueAt: pending[0]?.at ?? noneDue,
    armed,
    caseVersion: facts.kase.version,
    interactionCount: facts.interactions.length,
  };
  // Nothing moved: write nothing (so a repeated sweep or a redelivered event leaves the table as it was).
  if (stored && sameRecord(stored, record)) {
    if (options.rearm) await Promise.all(pending.map((threshold) => app.ports.timers.arm(timerFor(caseId, threshold))));
    return { evaluation, pending };
  }
  const storeClock = async () => {
    try {
      await app.store.entities.slaClock
        .update({ caseId })
        .set({ ...record, computedAt: now.toISOString() })
        .where((attr, op) => noNewerBasis(attr, op, record))
        .go();
      return true;
    } catch (error) {
      // A newer computation is stored already: it armed what the case needs.
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };
  // The case's work item (its place in its queue's and its assignee's lists) moves with the clocks.
  const [clockStored] = await Promise.all([
    storeClock(),
    storeWorkItem(app, workItemOf(facts.kase, evaluation.clocks, record.interactionCount)),
  ]);
  if (!clockStored) return { evaluation, pending };
  const before = (stored?.armed ?? {}) as Record<string, string>;
  await Promise.all([
    ...pending
      .filter((threshold) => options.rearm || before[timerFor(caseId, threshold).timerName] !== threshold.at)
      .map((threshold) => app.ports.timers.arm(timerFor(caseId, threshold))),
    ...Object.keys(before)
      .filter((name) => !(name in armed))
      .map((name) => app.ports.timers.cancel(name)),
  ]);
  return { evaluation, pending };
}

function sameRecord(stored: SlaClockItem, record: Omit<SlaClockItem, "caseId" | "computedAt" | "firings">): boolean {
  return Object.entries(record).every(([field, value]) =>
    field === "armed"
      ? JSON.stringify(sortedEntries(value as Record<string, string>)) ===
        JSON.stringify(sortedEntries((stored.armed ?? {}) as Record<string, string>))
      : stored[field as keyof SlaClockItem] === value,
  );
}

function sortedEntries(record: Record<string, string>) {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

/** The next priority up; urgent stays urgent. */
export function raisedPriority(priority: CaseItem["priority"]): CaseItem["priority"] {
  const index = casePriorities.indexOf(priority);
  return casePriorities[Math.min(index + 1, casePriorities.length - 1)] as CaseItem["priority"];
}

async function supervisorsOf(app: AppContext, queue: string): Promise<string[]> {
  const { data } = await app.store.entities.queue.get({ name: queue }).go();
  return data?.supervisors ?? [];
}

/**
 * A warning or breach timer's effect. It re-reads the case and acts only when the threshold still stands
 * (the metric runs and the instant has come); a timer left over from an earlier target is "stale".
 */
export async function fireThreshold(
  app: AppContext,
  payload: TimerPayload,
  metric: SlaMetric,
  kind: ThresholdKind,
): Promise<FireOutcome> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const now = app.clock();
    const [evaluation, stored] = await Promise.all([
      clocksOf(app, payload.subjectId, now),
      storedClock(app, payload.subjectId),
    ]);
    const clock = evaluation?.clocks.find((c) => c.metric === metric);
    if (!evaluation?.policy || !clock?.running || clock.metAt) return "stale";
    const at = kind === "warning" ? clock.warningAt : clock.dueAt;
    if (!at || Date.parse(at) > now.getTime() + earlyToleranceMs) return "stale";
    const key = firingKey({ metric, cycle: clock.cycle, kind });
    if (stored?.firings?.includes(key)) return "already-fired";
    const result = await commitFiring(app, evaluation, clock, kind, key, payload, now.toISOString());
    if (!result.canceled) {
      await recompute(app, payload.subjectId);
      return "fired";
    }
    const firing = cancellationCode(result, 0);
    const recorded = cancellationCode(result, 1);
    if (firing === "ConditionalCheckFailed" || recorded === "ConditionalCheckFailed") return "already-fired";
    // Otherwise the case changed under us (or the transaction collided): read again.
  }
  throw new Error(`SLA ${kind} of ${metric} for case ${payload.subjectId}: the case kept changing; try again`);
}

async function commitFiring(
  app: AppContext,
  evaluation: CaseClocks,
  clock: MetricClock,
  kind: ThresholdKind,
  key: string,
  payload: TimerPayload,
  now: string,
) {
  const { kase } = evaluation.facts;
  const policy = evaluation.policy!;
  const caseId = kase.caseId;
  // Items 0 and 1 of every firing: the conditions that make it happen once (see fireThreshold).
  const write = (effect: (e: Entities) => TransactionItems) =>
    retryingConflicts(() =>
      app.store.transaction
        .write((e) => [
          e.timerFiring.create(firingRecord(payload, now)).commit(),
          e.slaClock
            .update({ caseId })
            .add({ firings: [key] })
            .where((attr, op) => `${op.exists(attr.caseId)} AND ${op.notContains(attr.firings, key)}`)
            .commit(),
          ...effect(e),
        ])
        .go(),
    );
  if (kind === "warning") {
    return write((e) => [
      e.outbox
        .create(
          outboxEventFor(meta, now, "sla.warning", {
            caseId,
            metric: clock.metric,
            cycle: clock.cycle,
            warningAt: clock.warningAt!,
            dueAt: clock.dueAt!,
            policyId: policy.id,
          }),
        )
        .commit(),
      e.audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "case",
            entityId: caseId,
            action: "sla_warning",
            after: { metric: clock.metric, cycle: clock.cycle, warningAt: clock.warningAt, dueAt: clock.dueAt },
          }),
        )
        .commit(),
    ]);
  }
  // A breach escalates: one step up in priority, into the policy's escalation queue, and a notification
  // for the assignee and every supervisor of the queue the case is now in.
  const queue = policy.escalationQueue ?? kase.queue ?? "general";
  const priority = raisedPriority(kase.priority);
  const recipients = [
    ...new Set([...(kase.assigneeId ? [kase.assigneeId] : []), ...(await supervisorsOf(app, queue))]),
  ].slice(0, 50);
  const changed = [...(priority !== kase.priority ? ["priority"] : []), ...(queue !== kase.queue ? ["queue"] : [])];
  const version = kase.version + 1;
  const after: CaseItem = { ...kase, priority, queue, updatedAt: now, version };
  const message = `Case ${kase.number} breached its ${describe(clock.metric)} target (${clock.dueAt})`;
  return write((e) => [
    e.outbox
      .create(
        outboxEventFor(meta, now, "sla.breached", {
          caseId,
          metric: clock.metric,
          cycle: clock.cycle,
          dueAt: clock.dueAt!,
          policyId: policy.id,
          priority,
          queue,
          notified: recipients,
        }),
      )
      .commit(),
    e.audit
      .create(
        auditEntryFor(meta, now, {
          entityType: "case",
          entityId: caseId,
          action: "sla_breach",
          before: caseView(kase),
          after: {
            ...caseView(after),
            sla: { metric: clock.metric, cycle: clock.cycle, dueAt: clock.dueAt, notified: recipients },
          },
        }),
      )
      .commit(),
    ...(changed.length > 0 && !isTerminal(kase.status)
      ? [
          e.case
            .patch({ caseId })
            .set({ priority, queue, updatedAt: now, version })
            .where((attr, op) => op.eq(attr.version, kase.version))
            .commit(),
          e.outbox.create(outboxEventFor(meta, now, "case.updated", { caseId, changed, version })).commit(),
        ]
      : []),
    ...recipients.map((recipientId) =>
      e.notification
        .create({
          recipientId,
          notificationId: ulid(Date.parse(now)),
          kind: "sla.breached",
          caseId,
          message,
          detail: { metric: clock.metric, cycle: clock.cycle, dueAt: clock.dueAt, caseNumber: kase.number },
          createdAt: now,
        })
        .commit(),
    ),
  ]);
}

type Entities = Parameters<Parameters<AppContext["store"]["transaction"]["write"]>[0]>[0];
type TransactionItems = ReturnType<Parameters<AppContext["store"]["transaction"]["write"]>[0]>;

function describe(metric: SlaMetric): string {
  return { firstResponse: "first response", nextResponse: "next response", resolution: "resolution" }[metric];
}
