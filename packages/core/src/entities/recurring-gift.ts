import { Entity } from "electrodb";

export const giftFrequencies = ["monthly", "quarterly", "yearly"] as const;
export const recurringStatuses = ["active", "lapsed", "cancelled"] as const;
export const installmentStatuses = ["expected", "received", "missed"] as const;

/** A recurring gift: each due instant produces an expected installment through the timer port. */
export function recurringGiftEntity() {
  return new Entity({
    model: { entity: "recurringGift", version: "1", service: "caseline" },
    attributes: {
      recurringGiftId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true, readOnly: true },
      amountMinor: { type: "number", required: true, readOnly: true },
      currency: { type: "string", required: true, readOnly: true },
      frequency: { type: giftFrequencies, required: true, readOnly: true },
      method: { type: "string", required: true, readOnly: true },
      campaignId: { type: "string", readOnly: true },
      fund: { type: "string", readOnly: true },
      nextDueAt: { type: "string", required: true },
      status: { type: recurringStatuses, required: true },
      /** Consecutive installments missed; a received payment resets it. */
      missedCount: { type: "number", required: true },
      lapseAfterMissed: { type: "number", required: true, readOnly: true },
      /** How long after its due instant an unpaid installment counts as missed. */
      graceSeconds: { type: "number", required: true, readOnly: true },
      lapsedAt: { type: "string" },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["recurringGiftId"] }, sk: { field: "sk", composite: [] } },
      byDonor: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["createdAt", "recurringGiftId"] },
      },
    },
  });
}

/** One expected payment of a recurring gift, in the recurring gift's partition, by due instant. */
export function installmentEntity() {
  return new Entity({
    model: { entity: "installment", version: "1", service: "caseline" },
    attributes: {
      recurringGiftId: { type: "string", required: true, readOnly: true },
      dueAt: { type: "string", required: true, readOnly: true },
      amountMinor: { type: "number", required: true, readOnly: true },
      currency: { type: "string", required: true, readOnly: true },
      status: { type: installmentStatuses, required: true },
      giftId: { type: "string" },
      updatedAt: { type: "string", required: true },
    },
    indexes: {
      record: {
        pk: { field: "pk", composite: ["recurringGiftId"] },
        sk: { field: "sk", composite: ["dueAt"] },
      },
    },
  });
}
