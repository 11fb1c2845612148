import { Entity } from "electrodb";

/** How long a create's Idempotency-Key is remembered. */
export const idempotencyRetentionSeconds = 24 * 3600;

/**
 * The first result of a create made with an Idempotency-Key. Written with attribute_not_exists in
 * the same transaction as the create itself, so of any number of concurrent requests with one key
 * exactly one creates; the others find this record and answer with its result.
 */
export function idempotencyRecordEntity() {
  return new Entity({
    model: { entity: "idempotency", version: "1", service: "caseline" },
    attributes: {
      /** Who and which operation: keys are per caller and per route, as clients expect. */
      scope: { type: "string", required: true, readOnly: true },
      key: { type: "string", required: true, readOnly: true },
      requestHash: { type: "string", required: true, readOnly: true },
      resultType: { type: "string", required: true, readOnly: true },
      resultId: { type: "string", required: true, readOnly: true },
      /** The first response's status and body, replayed to every retry. */
      status: { type: "number", required: true, readOnly: true },
      response: { type: "any", required: true, readOnly: true },
      createdAt: { type: "string", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["scope", "key"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
