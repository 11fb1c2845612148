import { Entity } from "electrodb";

/**
 * The guard of "a vehicle carries at most one active plate per jurisdiction": one item per vehicle and
 * jurisdiction, created (attribute_not_exists) when a plate goes on and deleted when it comes off,
 * in the same transaction as the assignment. Two racing assignments cannot both create it.
 */
export function plateSlotEntity() {
  return new Entity({
    model: { entity: "plateSlot", version: "1", service: "caseline" },
    attributes: {
      vin: { type: "string", required: true, readOnly: true },
      jurisdiction: { type: "string", required: true, readOnly: true },
      number: { type: "string", required: true },
      from: { type: "string", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["vin"] }, sk: { field: "sk", composite: ["jurisdiction"] } },
    },
  });
}
