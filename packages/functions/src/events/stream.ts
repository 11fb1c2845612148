import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { type DomainEvent, isDomainEventType } from "@caseline/core/events/domain-events";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";

/** ElectroDB marks every item with its entity name; outbox items are the ones to publish. */
const outboxEntity = "outbox";

/** The outbox events among a batch of stream records, in stream order. */
export function outboxEvents(event: DynamoDBStreamEvent): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const record of event.Records) {
    if (record.eventName !== "INSERT" || !record.dynamodb?.NewImage) continue;
    const item = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
    if (item.__edb_e__ !== outboxEntity) continue;
    if (!isDomainEventType(item.type)) {
      logger.warn("outbox item of unknown type skipped", { eventId: item.eventId, type: item.type });
      continue;
    }
    events.push({
      eventId: item.eventId,
      type: item.type,
      occurredAt: item.occurredAt,
      ...(item.correlationId ? { correlationId: item.correlationId } : {}),
      detail: item.detail,
    });
  }
  return events;
}

/** Publishes each new outbox item to the bus. A failure throws, so the batch is retried (at least once). */
export const handler = backgroundHandler("stream", async (event: DynamoDBStreamEvent) => {
  const events = outboxEvents(event);
  if (events.length > 0) {
    await useRuntime().app.ports.events.publish(events);
    logger.info("outbox events published", { count: events.length, types: events.map((e) => e.type) });
  }
});
