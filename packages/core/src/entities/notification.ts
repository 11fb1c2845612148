import { Entity } from "electrodb";

/** One message to one person (an SLA breach, for now), read newest first from their own partition. */
export function notificationEntity() {
  return new Entity({
    model: { entity: "notification", version: "1", service: "caseline" },
    attributes: {
      recipientId: { type: "string", required: true, readOnly: true },
      notificationId: { type: "string", required: true, readOnly: true },
      kind: { type: "string", required: true, readOnly: true },
      caseId: { type: "string", required: true, readOnly: true },
      message: { type: "string", required: true, readOnly: true },
      detail: { type: "any" },
      createdAt: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      record: {
        pk: { field: "pk", composite: ["recipientId"] },
        sk: { field: "sk", composite: ["notificationId"] },
      },
    },
  });
}
