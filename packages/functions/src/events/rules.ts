import type { Capability } from "../capabilities.js";

/**
 * Event-bus rules, defined once: the Events stack creates an EventBridge rule per entry and the local
 * bus matches the same patterns in process. Targets are SST handler paths.
 */
export interface BusRule {
  readonly name: string;
  readonly pattern: { readonly source: readonly string[]; readonly detailType: readonly string[] };
  readonly target: { readonly handler: string; readonly uses: readonly Capability[] };
}

export const eventSource = "caseline";

export const busRules: readonly BusRule[] = [
  {
    name: "arm-case-timers",
    pattern: { source: [eventSource], detailType: ["case.created"] },
    target: { handler: "packages/functions/src/events/arm-case-timers.handler", uses: ["timers:arm"] },
  },
  {
    name: "sla-clock",
    pattern: {
      source: [eventSource],
      detailType: ["case.created", "case.updated", "case.status_changed", "interaction.logged"],
    },
    target: {
      handler: "packages/functions/src/events/sla-clock.handler",
      uses: ["table:read", "table:write", "timers:arm"],
    },
  },
  {
    name: "sla-recompute",
    pattern: { source: [eventSource], detailType: ["calendar.changed", "sla.policy_changed"] },
    target: {
      handler: "packages/functions/src/events/sla-recompute.handler",
      uses: ["table:read", "table:write", "timers:arm"],
    },
  },
  {
    name: "arm-donor-timers",
    pattern: {
      source: [eventSource],
      detailType: ["recurring_gift.created", "recurring_gift.installment_due", "pledge.created"],
    },
    target: { handler: "packages/functions/src/events/arm-donor-timers.handler", uses: ["timers:arm"] },
  },
];

export interface BackgroundFunction {
  readonly handler: string;
  readonly uses: readonly Capability[];
}

/** Non-HTTP functions, their handler paths and what each may reach. */
export const backgroundFunctions = {
  /** Reads the table's change stream and publishes outbox events to the bus. */
  stream: { handler: "packages/functions/src/events/stream.handler", uses: ["bus:put"] },
  /** Invoked by EventBridge Scheduler (locally: by the timer loop) when a timer is due. */
  timer: {
    handler: "packages/functions/src/timers/fire.handler",
    uses: ["table:read", "table:write", "timers:arm"],
  },
  /** The SLA reconcile, on a schedule (5 minutes in AWS, 30 s locally). */
  slaSweep: {
    handler: "packages/functions/src/timers/sla-sweep.handler",
    uses: ["table:read", "table:write", "timers:arm"],
  },
  /** Step Functions tasks of the analytics export. */
  exportPage: {
    handler: "packages/functions/src/workflows/export-tasks.exportPage",
    uses: ["table:scan", "exports:write"],
  },
  writeManifest: {
    handler: "packages/functions/src/workflows/export-tasks.writeManifest",
    uses: ["exports:read", "exports:write"],
  },
} as const satisfies Record<string, BackgroundFunction>;
