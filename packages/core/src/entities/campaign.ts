import { Entity } from "electrodb";

export const campaignStatuses = ["open", "closed"] as const;

/** A fundraising campaign with a goal; its totals are kept by the gifts' and voids' transactions. */
export function campaignEntity() {
  return new Entity({
    model: { entity: "campaign", version: "1", service: "caseline" },
    attributes: {
      campaignId: { type: "string", required: true, readOnly: true },
      name: { type: "string", required: true },
      description: { type: "string" },
      /** Money: {amountMinor, currency}. */
      goal: { type: "any", required: true },
      startDate: { type: "string", required: true },
      endDate: { type: "string" },
      status: { type: campaignStatuses, required: true },
      /** {raised: {CUR: minor}, giftCount, donorCount}. */
      totals: { type: "any", required: true },
      /** Bumped by every gift and void to this campaign: their transactions are conditioned on it. */
      revision: { type: "number", required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["campaignId"] }, sk: { field: "sk", composite: [] } },
      /** Every campaign: an organization runs tens, so one partition holds them all. */
      all: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: [] },
        sk: { field: "gsi2sk", composite: ["campaignId"] },
      },
    },
  });
}
