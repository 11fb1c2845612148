import { Entity } from "electrodb";
import { caseChannels } from "./case.js";

export const interactionDirections = ["inbound", "outbound", "internal"] as const;
export const interactionAuthors = ["agent", "customer", "system"] as const;
export const interactionVisibilities = ["public", "internal"] as const;

/**
 * One contact on any channel. It sits in its customer's `customer360` partition (the customer's
 * timeline) and, when it belongs to a case, in that case's timeline too (a sparse index).
 */
export function interactionEntity() {
  return new Entity({
    // "activity" sorts before "case": in the customer360 collection, read descending, interactions
    // come after the profile, holdings and cases (see ACCESS-PATTERNS.md).
    model: { entity: "activity", version: "1", service: "caseline" },
    attributes: {
      interactionId: { type: "string", required: true, readOnly: true },
      customerId: { type: "string", required: true },
      caseId: { type: "string" },
      channel: { type: caseChannels, required: true },
      direction: { type: interactionDirections, required: true },
      author: { type: interactionAuthors, required: true },
      visibility: { type: interactionVisibilities, required: true, default: "public" },
      summary: { type: "string", required: true },
      body: { type: "string" },
      agentId: { type: "string" },
      occurredAt: { type: "string", required: true },
      durationSeconds: { type: "number" },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["interactionId"] }, sk: { field: "sk", composite: [] } },
      byCustomer: {
        index: "gsi1",
        collection: "customer360",
        pk: { field: "gsi1pk", composite: ["customerId"] },
        sk: { field: "gsi1sk", composite: ["occurredAt", "interactionId"] },
      },
      byCase: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: ["caseId"] },
        sk: { field: "gsi2sk", composite: ["occurredAt", "interactionId"] },
      },
    },
  });
}
