import { Entity } from "electrodb";

/**
 * Which vehicle carried a plate from when to when (instants, UTC; `to` absent while it still does).
 * In the plate's partition (its history, oldest first) and on gsi2 by vehicle (the vehicle's plates).
 */
export function plateAssignmentEntity() {
  return new Entity({
    model: { entity: "plateAssignment", version: "1", service: "caseline" },
    attributes: {
      jurisdiction: { type: "string", required: true, readOnly: true },
      number: { type: "string", required: true, readOnly: true },
      vin: { type: "string", required: true, readOnly: true },
      from: { type: "string", required: true, readOnly: true },
      to: { type: "string" },
      /** The transfer case that put the plate on the vehicle or took it off, if one did. */
      caseId: { type: "string", readOnly: true },
      endedByCaseId: { type: "string" },
    },
    indexes: {
      byPlate: {
        pk: { field: "pk", composite: ["jurisdiction", "number"] },
        sk: { field: "sk", composite: ["from", "vin"] },
      },
      byVehicle: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["vin"] },
        sk: { field: "gsi2sk", composite: ["from", "jurisdiction", "number"] },
      },
    },
  });
}
