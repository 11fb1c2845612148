import { Entity } from "electrodb";

/**
 * What a vehicle_transfer case carries beyond the generic case: parties, vehicle, plate decision, sale,
 * odometer disclosure, liens, fees and the documents checklist. Keyed by the case (same partition),
 * written in the case's own creation transaction; versioned on its own, so a change to it and an
 * approval that read it cannot both commit.
 */
export function transferEntity() {
  return new Entity({
    model: { entity: "transfer", version: "1", service: "caseline" },
    attributes: {
      caseId: { type: "string", required: true, readOnly: true },
      vin: { type: "string", required: true, readOnly: true },
      sellerIds: { type: "list", items: { type: "string" }, required: true, readOnly: true },
      buyerIds: { type: "list", items: { type: "string" }, required: true, readOnly: true },
      plateDecision: { type: "any", required: true, readOnly: true },
      saleDate: { type: "string", required: true, readOnly: true },
      price: { type: "any", required: true, readOnly: true },
      /** {exempt, reading?, unit?, status?, recordedAt?, recordedBy?}. */
      odometer: { type: "any", required: true },
      liens: { type: "any", required: true },
      fees: { type: "any", required: true, readOnly: true },
      documents: { type: "any", required: true },
      completedAt: { type: "string" },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["caseId"] }, sk: { field: "sk", composite: [] } },
      byVehicle: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["vin"] },
        sk: { field: "gsi3sk", composite: ["createdAt", "caseId"] },
      },
    },
  });
}
