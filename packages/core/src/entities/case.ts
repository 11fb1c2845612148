import { Entity } from "electrodb";

export const casePriorities = ["low", "normal", "high", "urgent"] as const;
export const caseChannels = ["phone", "email", "web_form", "chat", "social", "fax", "walk_in", "portal"] as const;
export const caseTypes = [
  "service_request",
  "incident",
  "complaint",
  "inquiry",
  "vehicle_transfer",
  "donor_request",
] as const;
export const caseStatuses = [
  "new",
  "open",
  "pending_customer",
  "pending_internal",
  "resolved",
  "closed",
  "cancelled",
  // vehicle_transfer (see cases/lifecycle.ts)
  "submitted",
  "documents_pending",
  "under_review",
  "approved",
  "completed",
  "rejected",
  "withdrawn",
] as const;

export function caseEntity() {
  return new Entity({
    model: { entity: "case", version: "1", service: "caseline" },
    attributes: {
      caseId: { type: "string", required: true, readOnly: true },
      /** Human case number, unique per stage, never reused (CL-000123). */
      number: { type: "string", required: true, readOnly: true },
      /** Changes only when customers are merged. */
      customerId: { type: "string", required: true },
      subject: { type: "string", required: true },
      description: { type: "string" },
      type: { type: "string", required: true },
      category: { type: "string" },
      priority: { type: casePriorities, required: true },
      channel: { type: caseChannels, required: true },
      status: { type: caseStatuses, required: true },
      queue: { type: "string" },
      assigneeId: { type: "string" },
      customFields: { type: "any" },
      relatedCaseIds: { type: "list", items: { type: "string" } },
      holdingIds: { type: "list", items: { type: "string" } },
      /** Every status change, oldest first: the SLA clock is derived from it. */
      statusHistory: { type: "any" },
      resolvedAt: { type: "string" },
      closedAt: { type: "string" },
      reopenCount: { type: "number" },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["caseId"] }, sk: { field: "sk", composite: [] } },
      byCustomer: {
        index: "gsi1",
        collection: "customer360",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["createdAt", "caseId"] },
      },
      byNumber: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["number"] },
        sk: { field: "gsi2sk", composite: [] },
      },
    },
  });
}
