import { Entity } from "electrodb";

export const plateTypes = [
  "standard",
  "personalized",
  "commercial",
  "motorcycle",
  "trailer",
  "dealer",
  "temporary",
  "government",
] as const;
/** assigned: on a vehicle; held: off any vehicle, kept by its holders; available: office stock. */
export const plateStatuses = ["available", "assigned", "held", "surrendered", "cancelled"] as const;

/**
 * A licence plate: its number (upper-cased, no spaces or dashes) within its issuing jurisdiction.
 * The plate item is the guard of "on at most one vehicle at a time": every assignment changes it
 * under a version condition. Its assignments live in its partition (plateAssignment).
 */
export function plateEntity() {
  return new Entity({
    model: { entity: "plate", version: "1", service: "caseline" },
    attributes: {
      jurisdiction: { type: "string", required: true, readOnly: true },
      number: { type: "string", required: true, readOnly: true },
      /** As issued ("ABC 1234"); `number` is the normalized key. */
      display: { type: "string", required: true, readOnly: true },
      type: { type: plateTypes, required: true },
      status: { type: plateStatuses, required: true },
      /** The vehicle carrying it now, and since when (the key of the open assignment). */
      currentVin: { type: "string" },
      currentFrom: { type: "string" },
      /** Who holds the plate (the vehicle's owners, or the seller who kept it). */
      holderIds: { type: "list", items: { type: "string" } },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["jurisdiction", "number"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
