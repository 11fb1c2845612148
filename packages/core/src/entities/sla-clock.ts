import { Entity } from "electrodb";

export const slaPhases = ["open", "closed"] as const;
export const slaDueStates = ["pending", "idle"] as const;
/** Due clocks are spread over this many index partitions so no one key runs hot in DynamoDB. */
export const slaDueShards = 4;
/** `nextDueAt` of a clock with nothing pending: sorts after every instant. */
export const noneDue = "~";

/**
 * What the SLA engine keeps per case: the policy it is under, the thresholds still to fire (the earliest is
 * `nextDueAt`, which the sweep finds through gsi3), the timers it armed, and the thresholds that fired
 * (`firings`, "metric:cycle:kind", written only by the firing itself). The clocks are derived on each read.
 */
export function slaClockEntity() {
  return new Entity({
    model: { entity: "slaClock", version: "1", service: "caseline" },
    attributes: {
      caseId: { type: "string", required: true, readOnly: true },
      /** "none" when no policy applies. */
      policyId: { type: "string", required: true },
      calendarId: { type: "string", required: true },
      phase: { type: slaPhases, required: true },
      dueState: { type: slaDueStates, required: true },
      dueShard: { type: "string", required: true },
      nextDueAt: { type: "string", required: true },
      /** The timers this clock armed: name → due instant. */
      armed: { type: "any" },
      firings: { type: "set", items: "string" },
      /** The case version and interaction count the last computation saw; an older one never overwrites it. */
      caseVersion: { type: "number", required: true },
      interactionCount: { type: "number", required: true },
      computedAt: { type: "string", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["caseId"] }, sk: { field: "sk", composite: [] } },
      /** The open cases under a policy: what a policy or calendar change recomputes. */
      byPolicy: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["policyId"] },
        sk: { field: "gsi2sk", composite: ["phase", "caseId"] },
      },
      /** Clocks with a threshold due by a given instant: what the sweep reads. */
      byDue: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["dueState", "dueShard"] },
        sk: { field: "gsi3sk", composite: ["nextDueAt", "caseId"] },
      },
    },
  });
}
