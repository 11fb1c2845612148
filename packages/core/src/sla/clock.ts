/**
 * The SLA clocks of one case, derived (never stored) from its status history and interactions.
 *
 * A metric's clock runs through "active" stretches of time: from its start, while the case is in a status
 * that neither pauses the metric nor stops it, counted in the calendar's business time. A threshold (the
 * warning point, the target) is crossed at the instant the running sum of business time reaches it: an
 * instant in the past when it was crossed in a closed stretch, or a projection along the stretch still
 * running. Because projections start at the stretch's start, not at "now", the same history always gives the
 * same instants, so timers armed from them are stable however often the clock is recomputed.
 */
import { type CaseStatus, terminalStatuses } from "../cases/lifecycle.js";
import type { StatusChange } from "../cases/schemas.js";
import { add, between } from "./business-time.js";
import type { CalendarDefinition } from "./calendar-schema.js";
import type { MetricTarget, PolicyDefinition, SlaMetric } from "./policy-schema.js";
import { slaMetrics } from "./policy-schema.js";

/** Statuses in which no clock runs: the work is done (a reopen brings resolution back). */
const stopStatuses: readonly CaseStatus[] = ["resolved", ...terminalStatuses];

export type ClockState = "inactive" | "running" | "paused" | "met" | "warned" | "breached";

export interface ClockCase {
  readonly createdAt: string;
  readonly priority: "low" | "normal" | "high" | "urgent";
  readonly statusHistory: readonly StatusChange[];
}

export interface ClockInteraction {
  readonly occurredAt: string;
  readonly author: "agent" | "customer" | "system";
  readonly direction: "inbound" | "outbound" | "internal";
  readonly visibility: "public" | "internal";
}

export interface MetricClock {
  readonly metric: SlaMetric;
  readonly state: ClockState;
  /** Target in business minutes for the case's priority. */
  readonly targetMinutes: number;
  /** 1 for first response and resolution; the n-th customer message awaiting a reply for next response. */
  readonly cycle: number;
  readonly startedAt?: string;
  /** When the target was or will be reached (projected from now while paused). */
  readonly dueAt?: string;
  readonly warningAt?: string;
  readonly metAt?: string;
  readonly elapsedMinutes: number;
  readonly remainingMinutes: number;
  /** Business minutes the clock stood still in a pause status. */
  readonly pausedMinutes: number;
  readonly warned: boolean;
  readonly breached: boolean;
  /** True while business time counts (not paused, not met, not stopped). */
  readonly running: boolean;
}

interface Stretch {
  readonly start: number;
  /** Undefined: still going. */
  readonly end: number | undefined;
  readonly status: CaseStatus;
}

/** The case's status over time: one stretch per status change, the last one open. */
export function statusStretches(history: readonly StatusChange[]): Stretch[] {
  return history.map((change, index) => {
    const next = history[index + 1];
    return { start: Date.parse(change.at), end: next ? Date.parse(next.at) : undefined, status: change.to };
  });
}

export function isAgentReply(interaction: ClockInteraction): boolean {
  return interaction.author === "agent" && interaction.direction === "outbound" && interaction.visibility === "public";
}

export function isCustomerMessage(interaction: ClockInteraction): boolean {
  return interaction.author === "customer" && interaction.direction === "inbound";
}

/** Where a metric's current cycle begins and ends (met), in epoch ms. */
interface Cycle {
  readonly number: number;
  readonly start: number;
  readonly metAt: number | undefined;
}

function firstResponseCycle(kase: ClockCase, replies: readonly number[], stretches: readonly Stretch[]): Cycle {
  const start = Date.parse(kase.createdAt);
  // Resolving (or cancelling) a case before anyone replied answers it too.
  const stopped = stretches.find((s) => stopStatuses.includes(s.status))?.start;
  const replied = replies[0];
  const metAt = [replied, stopped].filter((t): t is number => t !== undefined).sort((a, b) => a - b)[0];
  return { number: 1, start, metAt };
}

function nextResponseCycle(
  messages: readonly number[],
  replies: readonly number[],
  firstReply: number | undefined,
): Cycle | undefined {
  if (firstReply === undefined) return undefined;
  let current: Cycle | undefined;
  let number = 0;
  let r = 0;
  for (const message of messages) {
    if (message < firstReply) continue;
    if (current && current.metAt === undefined) continue;
    if (current?.metAt !== undefined && message < current.metAt) continue;
    while (r < replies.length && (replies[r] as number) < message) r++;
    number++;
    current = { number, start: message, metAt: replies[r] };
  }
  return current;
}

function resolutionCycle(kase: ClockCase, stretches: readonly Stretch[]): Cycle {
  const last = stretches[stretches.length - 1];
  const done = last && stopStatuses.includes(last.status);
  return { number: 1, start: Date.parse(kase.createdAt), metAt: done ? last.start : undefined };
}

/** Business minutes at which the warning falls, for a target. */
export function warningMinutes(metric: MetricTarget, target: number): number | undefined {
  if (!metric.warning) return undefined;
  if ("percent" in metric.warning) return (target * metric.warning.percent) / 100;
  return target - metric.warning.minutesBefore;
}

export interface DeriveInput {
  readonly kase: ClockCase;
  readonly interactions: readonly ClockInteraction[];
  readonly policy: PolicyDefinition;
  readonly calendar: CalendarDefinition;
  readonly now: Date;
}

/** Every clock the policy sets for this case's priority, in metric order. */
export function deriveClocks(input: DeriveInput): MetricClock[] {
  const { kase, interactions, policy } = input;
  const stretches = statusStretches(kase.statusHistory);
  const sorted = [...interactions].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const replies = sorted.filter(isAgentReply).map((i) => Date.parse(i.occurredAt));
  const messages = sorted.filter(isCustomerMessage).map((i) => Date.parse(i.occurredAt));
  const clocks: MetricClock[] = [];
  for (const metric of slaMetrics) {
    const definition = policy.metrics[metric];
    const target = definition?.targets[kase.priority];
    if (!definition || target === undefined) continue;
    const cycle =
      metric === "firstResponse"
        ? firstResponseCycle(kase, replies, stretches)
        : metric === "nextResponse"
          ? nextResponseCycle(messages, replies, replies[0])
          : resolutionCycle(kase, stretches);
    clocks.push(measure(input, metric, definition, target, cycle, stretches));
  }
  return clocks;
}

function measure(
  { calendar, now }: DeriveInput,
  metric: SlaMetric,
  definition: MetricTarget,
  target: number,
  cycle: Cycle | undefined,
  stretches: readonly Stretch[],
): MetricClock {
  if (!cycle) {
    return {
      metric,
      state: "inactive",
      targetMinutes: target,
      cycle: 0,
      elapsedMinutes: 0,
      remainingMinutes: target,
      pausedMinutes: 0,
      warned: false,
      breached: false,
      running: false,
    };
  }
  const nowMs = now.getTime();
  const horizon = Math.min(cycle.metAt ?? nowMs, nowMs);
  const warnAt = warningMinutes(definition, target);
  let elapsed = 0;
  let paused = 0;
  let running = false;
  let pausedNow = false;
  let dueAt: number | undefined;
  let warningAt: number | undefined;
  for (const stretch of stretches) {
    const start = Math.max(stretch.start, cycle.start);
    const end = Math.min(stretch.end ?? Number.POSITIVE_INFINITY, horizon);
    const open = stretch.end === undefined && cycle.metAt === undefined;
    if (start > end || (start === end && !open)) continue;
    if (definition.pauseStatuses.includes(stretch.status)) {
      paused += between(calendar, start, end);
      if (open) pausedNow = true;
      continue;
    }
    if (stopStatuses.includes(stretch.status)) continue;
    const before = elapsed;
    elapsed += between(calendar, start, end);
    // A threshold crossed in this stretch (or, for the stretch still running, ahead of it) is placed exactly.
    const crosses = (threshold: number) => before < threshold && (open || elapsed >= threshold);
    if (dueAt === undefined && crosses(target)) dueAt = add(calendar, start, target - before).getTime();
    if (warnAt !== undefined && warningAt === undefined && crosses(warnAt))
      warningAt = add(calendar, start, warnAt - before).getTime();
    if (open) running = true;
  }
  // While paused, the target is where it would fall if the clock resumed now.
  if (pausedNow && dueAt === undefined) dueAt = add(calendar, nowMs, target - elapsed).getTime();
  if (pausedNow && warnAt !== undefined && warningAt === undefined && elapsed < warnAt)
    warningAt = add(calendar, nowMs, warnAt - elapsed).getTime();
  const metAt = cycle.metAt;
  const reached = (instant: number | undefined) => instant !== undefined && instant <= (metAt ?? nowMs);
  const breached = reached(dueAt) || elapsed >= target;
  const warned = breached || reached(warningAt);
  const state: ClockState =
    metAt !== undefined
      ? breached
        ? "breached"
        : "met"
      : breached
        ? "breached"
        : pausedNow
          ? "paused"
          : warned
            ? "warned"
            : "running";
  return {
    metric,
    state,
    targetMinutes: target,
    cycle: cycle.number,
    startedAt: new Date(cycle.start).toISOString(),
    ...(dueAt !== undefined ? { dueAt: new Date(dueAt).toISOString() } : {}),
    ...(warningAt !== undefined ? { warningAt: new Date(warningAt).toISOString() } : {}),
    ...(metAt !== undefined ? { metAt: new Date(metAt).toISOString() } : {}),
    elapsedMinutes: round(elapsed),
    remainingMinutes: round(Math.max(0, target - elapsed)),
    pausedMinutes: round(paused),
    warned,
    breached,
    running,
  };
}

/** To the second: business minutes are exact to the millisecond, reports need not be. */
function round(minutes: number): number {
  return Math.round(minutes * 60) / 60;
}
