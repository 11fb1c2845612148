import { Entity } from "electrodb";

/** A work queue's settings: who supervises it (they are notified when a case in it breaches). */
export function queueEntity() {
  return new Entity({
    model: { entity: "queue", version: "1", service: "caseline" },
    attributes: {
      name: { type: "string", required: true, readOnly: true },
      supervisors: { type: "list", items: { type: "string" }, required: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["name"] }, sk: { field: "sk", composite: [] } },
      all: { index: "gsi2", pk: { field: "gsi2pk", composite: [] }, sk: { field: "gsi2sk", composite: ["name"] } },
    },
  });
}
