import { Entity } from "electrodb";

export const customerKinds = ["person", "organization"] as const;
export const customerTiers = ["standard", "silver", "gold", "platinum"] as const;
export const customerStatuses = ["active", "merged"] as const;

/**
 * A person or organization being served. Contact points, preferences, consents and external ids
 * live on the profile item (they are read with it, always); products, cases and interactions are
 * their own items in the same `customer360` partition. A merged duplicate stays as a tombstone.
 */
export function customerEntity() {
  return new Entity({
    // "profile": the customer360 collection sorts by entity name, and a descending Query must meet
    // the profile first (then holdings, cases, activities): see ACCESS-PATTERNS.md.
    model: { entity: "profile", version: "1", service: "caseline" },
    attributes: {
      customerId: { type: "string", required: true, readOnly: true },
      kind: { type: customerKinds, required: true },
      status: { type: customerStatuses, required: true, default: "active" },
      /** Set on a tombstone: the customer this one was merged into. */
      mergedInto: { type: "string" },
      displayName: { type: "string", required: true },
      /** A person's names; an organization's legal and trading names. */
      names: { type: "any" },
      emails: { type: "any" },
      phones: { type: "any" },
      addresses: { type: "any" },
      preferredChannel: { type: "string" },
      preferredLanguage: { type: "string" },
      tier: { type: customerTiers, required: true, default: "standard" },
      creditLimit: { type: "any" },
      preferences: { type: "any" },
      consents: { type: "any" },
      externalIds: { type: "any" },
      demographics: { type: "any" },
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
