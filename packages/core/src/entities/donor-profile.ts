import { Entity } from "electrodb";

export const donorTypes = ["individual", "organization", "foundation"] as const;
export const receiptDeliveries = ["email", "post"] as const;

/**
 * A customer's donor profile: solicitation preferences and a giving summary that every gift and void
 * keeps current in its own transaction. Lives in the customer's partition, beside the profile.
 */
export function donorProfileEntity() {
  return new Entity({
    model: { entity: "donor", version: "1", service: "caseline" },
    attributes: {
      customerId: { type: "string", required: true, readOnly: true },
      donorType: { type: donorTypes, required: true },
      doNotSolicit: { type: "boolean", required: true },
      doNotMail: { type: "boolean", required: true },
      receiptDelivery: { type: receiptDeliveries, required: true },
      /** donors/summary.ts: totals per currency (integer minor units), first, last and largest gift. */
      summary: { type: "any", required: true },
      /** Bumped by every gift and void: their transactions are conditioned on it. */
      summaryRevision: { type: "number", required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      /** The preferences' version (If-Match); the summary has its own revision. */
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["customerId"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
