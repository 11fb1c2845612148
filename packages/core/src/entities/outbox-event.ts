import { Entity } from "electrodb";

/**
 * ElectroDB's sort key for every outbox item (`$<entity>_<version>`). The Events stack filters the
 * table's stream on it so only new outbox items invoke the publisher; a test pins it to the entity.
 */
export const outboxSortKeyPrefix = "$outbox_";

/** How long a published outbox item stays before TTL removes it (the stream has long since read it). */
export const outboxRetentionSeconds = 7 * 24 * 3600;

/**
 * A domain event written in the same transaction as the change that caused it. The table's change
 * stream picks up the INSERT and publishes it to the bus, so a change and its event never diverge.
 */
export function outboxEventEntity() {
  return new Entity({
    model: { entity: "outbox", version: "1", service: "caseline" },
    attributes: {
      eventId: { type: "string", required: true, readOnly: true },
      type: { type: "string", required: true, readOnly: true },
      occurredAt: { type: "string", required: true, readOnly: true },
      correlationId: { type: "string", readOnly: true },
      detail: { type: "any", required: true, readOnly: true },
      expiresAt: { type: "number", required: true, readOnly: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["eventId"] }, sk: { field: "sk", composite: [] } },
    },
  });
}
