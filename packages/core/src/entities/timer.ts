import { Entity, type EntityConfiguration } from "electrodb";

export const timerStates = ["pending", "firing"] as const;

/**
 * A timer of the local timer port (in AWS, EventBridge Scheduler keeps them). `wakeAt` is the due
 * instant while pending and the claim's lease end while firing, so one index finds both the due
 * timers and the claims abandoned by a loop that died.
 */
export function timerEntity(config?: EntityConfiguration) {
  return new Entity(
    {
      model: { entity: "timer", version: "1", service: "caseline" },
      attributes: {
        timerName: { type: "string", required: true, readOnly: true },
        dueAt: { type: "string", required: true },
        state: { type: timerStates, required: true },
        wakeAt: { type: "string", required: true },
        claimedBy: { type: "string" },
        attempts: { type: "number", required: true, default: 0 },
        payload: { type: "any", required: true },
        armedAt: { type: "string", required: true },
      },
      indexes: {
        record: { pk: { field: "pk", composite: ["timerName"] }, sk: { field: "sk", composite: [] } },
        byWake: {
          index: "gsi3",
          pk: { field: "gsi3pk", composite: ["state"] },
          sk: { field: "gsi3sk", composite: ["wakeAt", "timerName"] },
        },
      },
    },
    config,
  );
}
