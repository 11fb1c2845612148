/**
 * Which SLA timers a case needs, and their names. A timer is a threshold still to fire: the warning point
 * or the target of a running metric, not yet recorded as fired for the metric's current cycle.
 */
import type { TimerPayload } from "../ports.js";
import type { MetricClock } from "./clock.js";
import { type SlaMetric, slaMetrics } from "./policy-schema.js";

export const thresholdKinds = ["warning", "breach"] as const;
export type ThresholdKind = (typeof thresholdKinds)[number];

export interface Threshold {
  readonly metric: SlaMetric;
  readonly cycle: number;
  readonly kind: ThresholdKind;
  readonly at: string;
}

/** Deterministic per case, metric and kind: arming again moves the one timer instead of adding another. */
export function timerNameOf(caseId: string, metric: SlaMetric, kind: ThresholdKind): string {
  return `sla-${caseId}-${metric}-${kind}`;
}

export function timerKindOf(metric: SlaMetric, kind: ThresholdKind): string {
  return `sla.${kind}.${metric}`;
}

/** Every SLA timer kind, for registering their effect. */
export const slaTimerKinds = slaMetrics.flatMap((metric) =>
  thresholdKinds.map((kind) => ({ metric, kind, timerKind: timerKindOf(metric, kind) })),
);

/** "firstResponse:1:warning": what `firings` records once a threshold fired. */
export function firingKey(threshold: Pick<Threshold, "metric" | "cycle" | "kind">): string {
  return `${threshold.metric}:${threshold.cycle}:${threshold.kind}`;
}

/** The thresholds still to fire, earliest first. A paused or met clock has none. */
export function pendingThresholds(clocks: readonly MetricClock[], fired: ReadonlySet<string>): Threshold[] {
  const pending: Threshold[] = [];
  for (const clock of clocks) {
    if (!clock.running || clock.metAt) continue;
    const breachFired = fired.has(firingKey({ metric: clock.metric, cycle: clock.cycle, kind: "breach" }));
    if (breachFired) continue;
    const warning = { metric: clock.metric, cycle: clock.cycle, kind: "warning" as const };
    // A warning whose instant comes after the target's (a warning point set later than the target) is moot.
    if (clock.warningAt && !fired.has(firingKey(warning)) && (!clock.dueAt || clock.warningAt <= clock.dueAt)) {
      pending.push({ ...warning, at: clock.warningAt });
    }
    if (clock.dueAt) pending.push({ metric: clock.metric, cycle: clock.cycle, kind: "breach", at: clock.dueAt });
  }
  return pending.sort((a, b) => a.at.localeCompare(b.at));
}

export function timerFor(caseId: string, threshold: Threshold): TimerPayload {
  return {
    timerName: timerNameOf(caseId, threshold.metric, threshold.kind),
    dueAt: threshold.at,
    kind: timerKindOf(threshold.metric, threshold.kind),
    subjectId: caseId,
  };
}
