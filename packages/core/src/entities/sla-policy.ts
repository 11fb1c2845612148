import { Entity } from "electrodb";

/** An SLA policy (sla/policy-schema.ts says what a definition holds). Tried in `position` order. */
export function slaPolicyEntity() {
  return new Entity({
    model: { entity: "slaPolicy", version: "1", service: "caseline" },
    attributes: {
      policyId: { type: "string", required: true, readOnly: true },
      name: { type: "string", required: true },
      position: { type: "number", required: true },
      calendarId: { type: "string", required: true },
      definition: { type: "any", required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["policyId"] }, sk: { field: "sk", composite: [] } },
      /** Every policy: a stage has a handful, so one partition holds them all (sorted in memory by position). */
      all: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: [] },
        sk: { field: "gsi2sk", composite: ["policyId"] },
      },
    },
  });
}
