import { Entity } from "electrodb";

export const ownershipRoles = ["owner", "co_owner"] as const;
export const acquisitionKinds = ["registration", "transfer"] as const;

/**
 * One party's ownership of one vehicle, from when to when, and how it was acquired (the transfer case
 * that made it). Co-owners each have their own item with the same `from`. Kept in the vehicle's
 * partition (its history) and in the owner's customer360 partition (their vehicles).
 */
export function ownershipEntity() {
  return new Entity({
    model: { entity: "ownership", version: "1", service: "caseline" },
    attributes: {
      vin: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true },
      role: { type: ownershipRoles, required: true, readOnly: true },
      /** Instants (UTC): when the office recorded the ownership, and when it ended. */
      from: { type: "string", required: true, readOnly: true },
      to: { type: "string" },
      acquiredBy: { type: acquisitionKinds, required: true, readOnly: true },
      /** The transfer case that made this ownership, and the one that ended it. */
      caseId: { type: "string", readOnly: true },
      endedByCaseId: { type: "string" },
      saleDate: { type: "string", readOnly: true },
      /** "2003 Honda Accord": what the owner's 360 view shows without reading the vehicle. */
      vehicleLabel: { type: "string", required: true },
    },
    indexes: {
      byVehicle: {
        pk: { field: "pk", composite: ["vin"] },
        sk: { field: "sk", composite: ["from", "customerId"] },
      },
      byCustomer: {
        index: "gsi1",
        collection: "customer360",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["from", "vin"] },
      },
    },
  });
}
