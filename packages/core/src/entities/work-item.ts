import { Entity } from "electrodb";

/** `open`: waiting for work (new, open, pending_*); `done`: resolved, closed or cancelled. */
export const workPhases = ["open", "done"] as const;
/** The whole board reads open work over this many index partitions so no one key runs hot. */
export const workShards = 4;
/** `assignee` of a case nobody holds. */
export const unassigned = "~unassigned";

/**
 * A case as its queue and its assignee see it: the fields a work list shows, and the SLA instants it is
 * ordered by (`breachAt`: the earliest target of a running clock, `~` when none runs, so those sort last).
 * Written by the SLA engine with each recomputation, so it follows the case a moment after each change.
 */
export function workItemEntity() {
  return new Entity({
    model: { entity: "workItem", version: "1", service: "caseline" },
    attributes: {
      caseId: { type: "string", required: true, readOnly: true },
      number: { type: "string", required: true },
      subject: { type: "string", required: true },
      customerId: { type: "string", required: true },
      type: { type: "string", required: true },
      status: { type: "string", required: true },
      priority: { type: "string", required: true },
      queue: { type: "string", required: true },
      assignee: { type: "string", required: true },
      phase: { type: workPhases, required: true },
      shard: { type: "string", required: true },
      breachAt: { type: "string", required: true },
      warnAt: { type: "string", required: true },
      /** A clock stands still in a pause status and none runs. */
      paused: { type: "boolean", required: true },
      createdAt: { type: "string", required: true },
      updatedAt: { type: "string", required: true },
      /** The case version and interaction count it was computed from; an older one never overwrites it. */
      caseVersion: { type: "number", required: true },
      interactionCount: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["caseId"] }, sk: { field: "sk", composite: [] } },
      /** A queue's open cases, most at risk first. */
      byQueue: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["queue", "phase"] },
        sk: { field: "gsi1sk", composite: ["breachAt", "caseId"] },
      },
      /** One person's open cases, most at risk first ("my queue"). */
      byAssignee: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["assignee", "phase"] },
        sk: { field: "gsi2sk", composite: ["breachAt", "caseId"] },
      },
      /** All open work, by queue: what the supervisors' board counts. */
      byPhase: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["phase", "shard"] },
        sk: { field: "gsi3sk", composite: ["queue", "caseId"] },
      },
    },
  });
}
