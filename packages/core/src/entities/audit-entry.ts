import { Entity } from "electrodb";

export const auditActions = ["create", "update", "delete", "merge", "transition", "sla_warning", "sla_breach"] as const;

/** Append-only: written only inside the transaction of the change it records, never updated or deleted. */
export function auditEntryEntity() {
  return new Entity({
    model: { entity: "audit", version: "1", service: "caseline" },
    attributes: {
      entityType: { type: "string", required: true, readOnly: true },
      entityId: { type: "string", required: true, readOnly: true },
      /** ULID: sorts by time within an entity's trail. */
      auditId: { type: "string", required: true, readOnly: true },
      action: { type: auditActions, required: true, readOnly: true },
      actorSub: { type: "string", required: true, readOnly: true },
      actorRoles: { type: "list", items: { type: "string" }, readOnly: true },
      at: { type: "string", required: true, readOnly: true },
      correlationId: { type: "string", readOnly: true },
      before: { type: "any", readOnly: true },
      after: { type: "any", readOnly: true },
    },
    indexes: {
      byEntity: {
        pk: { field: "pk", composite: ["entityType", "entityId"] },
        sk: { field: "sk", composite: ["auditId"] },
      },
    },
  });
}
