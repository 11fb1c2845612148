import { Entity } from "electrodb";

/**
 * Proof that a timer's effect happened. Written with attribute_not_exists, so however many times a
 * timer is delivered (Scheduler retries, two local loops, a restart mid-firing) its effect runs once.
 */
export function timerFiringEntity() {
  return new Entity({
    model: { entity: "timerFiring", version: "1", service: "caseline" },
    attributes: {
      timerName: { type: "string", required: true, readOnly: true },
      dueAt: { type: "string", required: true, readOnly: true },
      kind: { type: "string", required: true, readOnly: true },
      subjectId: { type: "string", required: true, readOnly: true },
      firedAt: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["timerName"] }, sk: { field: "sk", composite: ["dueAt"] } },
    },
  });
}
