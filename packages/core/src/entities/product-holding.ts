import { Entity } from "electrodb";

export const holdingKinds = ["product", "service", "contract", "entitlement", "warranty"] as const;

/**
 * A product, service, contract, entitlement or warranty a customer holds: what, from when to when, and
 * the service level bought (SLA policies match on it).
 */
export function productHoldingEntity() {
  return new Entity({
    model: { entity: "holding", version: "1", service: "caseline" },
    attributes: {
      holdingId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true },
      kind: { type: holdingKinds, required: true },
      productCode: { type: "string", required: true },
      productName: { type: "string", required: true },
      reference: { type: "string" },
      startDate: { type: "string", required: true },
      endDate: { type: "string" },
      serviceLevel: { type: "string" },
      warrantyEnd: { type: "string" },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["holdingId"] }, sk: { field: "sk", composite: [] } },
      byCustomer: {
        index: "gsi1",
        collection: "customer360",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["holdingId"] },
      },
    },
  });
}
