import { Entity } from "electrodb";

/** How many standing gifts one donor has made to one campaign: tells a campaign's distinct donors. */
export function campaignDonorEntity() {
  return new Entity({
    model: { entity: "campaignDonor", version: "1", service: "caseline" },
    attributes: {
      campaignId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true, readOnly: true },
      giftCount: { type: "number", required: true },
    },
    indexes: {
      record: {
        pk: { field: "pk", composite: ["campaignId"] },
        sk: { field: "sk", composite: ["customerId"] },
      },
    },
  });
}
