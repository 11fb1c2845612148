import { Entity } from "electrodb";

/**
 * A vehicle, keyed by its VIN (upper-cased; 17 characters, or shorter for a pre-1981 non-standard VIN).
 * Owners and plates are items of their own (ownership, plateAssignment, plateSlot); the vehicle's
 * version changes with every transfer that completes on it, which is what stops two from completing.
 */
export function vehicleEntity() {
  return new Entity({
    model: { entity: "vehicle", version: "1", service: "caseline" },
    attributes: {
      vin: { type: "string", required: true, readOnly: true },
      /** False for a pre-1981 VIN in the manufacturer's own format. */
      standardVin: { type: "boolean", required: true, readOnly: true },
      make: { type: "string", required: true },
      model: { type: "string", required: true },
      modelYear: { type: "number", required: true, readOnly: true },
      colour: { type: "string" },
      bodyType: { type: "string" },
      /** What the VIN itself says (vehicles/vin.ts decodeVin); absent for a non-standard VIN. */
      decoded: { type: "any" },
      /** Readings oldest first: {reading, unit, readAt, source, caseId?}. */
      odometerReadings: { type: "any", required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["vin"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
