import { Entity } from "electrodb";

export const slaJobStates = ["running", "done"] as const;

/**
 * A recomputation of many cases after a policy or calendar changed. Its cursor is saved after every page,
 * so a run that dies is resumed (by the sweep) where it stopped; recomputing a case twice is harmless.
 */
export function slaJobEntity() {
  return new Entity({
    model: { entity: "slaJob", version: "1", service: "caseline" },
    attributes: {
      jobId: { type: "string", required: true, readOnly: true },
      reason: { type: "string", required: true },
      /** The policies whose open cases are recomputed, in order; "none" stands for cases under no policy. */
      policyIds: { type: "list", items: { type: "string" }, required: true },
      policyIndex: { type: "number", required: true },
      cursor: { type: "string" },
      processed: { type: "number", required: true },
      state: { type: slaJobStates, required: true },
      startedAt: { type: "string", required: true, readOnly: true },
      /** Refreshed after every page; a running job whose heartbeat is old has lost its worker. */
      heartbeatAt: { type: "string", required: true },
      finishedAt: { type: "string" },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["jobId"] }, sk: { field: "sk", composite: [] } },
      byState: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["state"] },
        sk: { field: "gsi3sk", composite: ["startedAt", "jobId"] },
      },
    },
  });
}
