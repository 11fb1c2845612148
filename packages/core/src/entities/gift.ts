import { Entity } from "electrodb";

export const giftMethods = ["cash", "cheque", "card", "bank_transfer", "in_kind", "securities"] as const;
export const giftStatuses = ["recorded", "voided"] as const;

/**
 * One gift, never deleted: a void or refund marks it voided (the reversing entry), voids its receipt
 * and takes it out of every total. Its receipt number is unique and gap-free per stage and year.
 */
export function giftEntity() {
  return new Entity({
    model: { entity: "gift", version: "1", service: "caseline" },
    attributes: {
      giftId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true, readOnly: true },
      receiptNumber: { type: "string", required: true, readOnly: true },
      amountMinor: { type: "number", required: true, readOnly: true },
      currency: { type: "string", required: true, readOnly: true },
      /** YYYY-MM-DD; its year is the receipt's year. */
      date: { type: "string", required: true, readOnly: true },
      year: { type: "string", required: true, readOnly: true },
      method: { type: giftMethods, required: true, readOnly: true },
      campaignId: { type: "string", readOnly: true },
      fund: { type: "string", readOnly: true },
      softCredits: { type: "any" },
      recurringGiftId: { type: "string", readOnly: true },
      /** The installment (its due instant) this payment was matched to. */
      installmentDueAt: { type: "string" },
      pledgeId: { type: "string", readOnly: true },
      note: { type: "string" },
      status: { type: giftStatuses, required: true },
      /** {kind: "void"|"refund", reason, at, by}: the reversing entry. */
      reversal: { type: "any" },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["giftId"] }, sk: { field: "sk", composite: [] } },
      byDonor: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["date", "giftId"] },
      },
      byReceipt: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["receiptNumber"] },
        sk: { field: "gsi2sk", composite: [] },
      },
      /** Reports: a year's gifts in date order, one partition per year. */
      byYear: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: ["year"] },
        sk: { field: "gsi3sk", composite: ["date", "giftId"] },
      },
    },
  });
}
