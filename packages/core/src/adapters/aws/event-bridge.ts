import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import type { DomainEvent } from "../../events/domain-events.js";
import type { EventPublisher } from "../../ports.js";

/** PutEvents takes at most 10 entries a call. */
const batchSize = 10;

export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly busName: string,
    private readonly source: string,
    private readonly client = new EventBridgeClient({}),
  ) {}

  async publish(events: readonly DomainEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += batchSize) {
      const entries: PutEventsRequestEntry[] = events.slice(i, i + batchSize).map((event) => ({
        EventBusName: this.busName,
        Source: this.source,
        DetailType: event.type,
        Time: new Date(event.occurredAt),
        Detail: JSON.stringify({ ...event.detail, _meta: eventMeta(event) }),
      }));
      const result = await this.client.send(new PutEventsCommand({ Entries: entries }));
      if (result.FailedEntryCount) {
        const failed = result.Entries?.filter((entry) => entry.ErrorCode).map((entry) => entry.ErrorCode);
        // Thrown so the stream batch is retried; subscribers are idempotent on eventId.
        throw new Error(`EventBridge rejected ${result.FailedEntryCount} event(s): ${failed?.join(", ")}`);
      }
    }
  }
}

/** The outbox identity travels inside the detail, so a subscriber can de-duplicate. */
export function eventMeta(event: DomainEvent) {
  return {
    eventId: event.eventId,
    occurredAt: event.occurredAt,
    ...(event.correlationId ? { correlationId: event.correlationId } : {}),
  };
}
