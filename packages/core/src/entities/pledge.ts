import { Entity } from "electrodb";

/** Stored statuses; "overdue" is derived on read from the schedule, the payments and the clock. */
export const pledgeStatuses = ["open", "fulfilled", "cancelled"] as const;

/** A promise to give a total over an installment schedule; payments are gifts applied to it. */
export function pledgeEntity() {
  return new Entity({
    model: { entity: "pledge", version: "1", service: "caseline" },
    attributes: {
      pledgeId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true, readOnly: true },
      totalMinor: { type: "number", required: true, readOnly: true },
      currency: { type: "string", required: true, readOnly: true },
      /** [{dueDate: YYYY-MM-DD, amountMinor}], in date order, summing to the total. */
      schedule: { type: "any", required: true, readOnly: true },
      campaignId: { type: "string", readOnly: true },
      fund: { type: "string", readOnly: true },
      reminderDaysBefore: { type: "number", required: true, readOnly: true },
      paidMinor: { type: "number", required: true },
      status: { type: pledgeStatuses, required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["pledgeId"] }, sk: { field: "sk", composite: [] } },
      byDonor: {
        index: "gsi1",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["createdAt", "pledgeId"] },
      },
    },
  });
}
