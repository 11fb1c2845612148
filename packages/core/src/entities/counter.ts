import { Entity } from "electrodb";

/** Monotonic per-stage counters (case numbers). An atomic ADD never hands out a value twice. */
export function counterEntity() {
  return new Entity({
    model: { entity: "counter", version: "1", service: "caseline" },
    attributes: {
      name: { type: "string", required: true, readOnly: true },
      value: { type: "number", required: true, default: 0 },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["name"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
