import { type DomainEventDetail, type DomainEventType, parseDomainEvent } from "@caseline/core/events/domain-events";
import type { EventBridgeEvent } from "aws-lambda";

/** The outbox identity that rides along in every bus event's detail (see adapters/aws/event-bridge.ts). */
export interface EventMeta {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly correlationId?: string;
}

export type BusEvent<T extends DomainEventType> = EventBridgeEvent<T, DomainEventDetail<T> & { _meta?: EventMeta }>;

/** Validates a bus event's detail against its schema before a subscriber acts on it. */
export function detailOf<T extends DomainEventType>(type: T, event: BusEvent<T>): DomainEventDetail<T> {
  if (event["detail-type"] !== type) throw new Error(`Expected ${type}, got ${event["detail-type"]}`);
  const { _meta, ...detail } = event.detail;
  return parseDomainEvent(type, detail);
}

export function correlationIdOf(event: { detail?: { _meta?: EventMeta } }): string | undefined {
  return event.detail?._meta?.correlationId;
}
