import { Entity } from "electrodb";

export const customerKinds = ["person", "organization"] as const;
export const customerTiers = ["standard", "silver", "gold", "platinum"] as const;

/** A person or organization being served. Contact points and the rest of the 360 view grow in later modules. */
export function customerEntity() {
  return new Entity({
    model: { entity: "customer", version: "1", service: "caseline" },
    attributes: {
      customerId: { type: "string", required: true, readOnly: true },
      kind: { type: customerKinds, required: true },
      displayName: { type: "string", required: true },
      emails: { type: "list", items: { type: "string" } },
      phones: { type: "list", items: { type: "string" } },
      preferredLanguage: { type: "string" },
      tier: { type: customerTiers, required: true, default: "standard" },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      /** Optimistic-concurrency version; the ETag is derived from it. */
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["customerId"] }, sk: { field: "sk", composite: [] } },
      /** Everything about one customer lives under this partition: the customer360 collection. */
      customer360: {
        index: "gsi1",
        collection: "customer360",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: [] },
      },
    },
  });
}
