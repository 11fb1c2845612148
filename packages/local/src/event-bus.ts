import { eventMeta } from "@caseline/core/adapters/aws/event-bridge";
import type { DomainEvent } from "@caseline/core/events/domain-events";
import type { EventPublisher } from "@caseline/core/ports";
import type { BusRule } from "@caseline/functions/events/rules";
import { eventSource } from "@caseline/functions/events/rules";
import type { EventBridgeEvent } from "aws-lambda";

export interface LocalBusOptions {
  readonly rules: readonly BusRule[];
  readonly invoke: (handlerPath: string, event: unknown) => Promise<unknown>;
  readonly onError?: (error: unknown, rule: BusRule, event: DomainEvent) => void;
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
}

/**
 * The in-process bus: the same rules as the EventBridge bus, delivered asynchronously with retries
 * (as EventBridge does), in EventBridge's event shape, to the same target handlers.
 */
export class LocalEventBus implements EventPublisher {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly delivered: { rule: string; eventId: string }[] = [];
  private readonly listeners = new Set<(event: DomainEvent) => void>();

  constructor(private readonly options: LocalBusOptions) {}

  /** Sees every event as it reaches the bus (what an EventBridge archive would hold); returns an unsubscribe. */
  subscribe(listener: (event: DomainEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async publish(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners) listener(event);
      for (const rule of this.options.rules) {
        if (!matches(rule, event)) continue;
        const delivery = this.deliver(rule, event).finally(() => this.inFlight.delete(delivery));
        this.inFlight.add(delivery);
      }
    }
  }

  /** Waits until every delivery under way has finished (used on shutdown and by tests). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  deliveries(): readonly { rule: string; eventId: string }[] {
    return this.delivered;
  }

  private async deliver(rule: BusRule, event: DomainEvent): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.invoke(rule.target.handler, toEventBridgeEvent(event));
        this.delivered.push({ rule: rule.name, eventId: event.eventId });
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          this.options.onError?.(error, rule, event);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, (this.options.retryDelayMs ?? 200) * 2 ** (attempt - 1)));
      }
    }
  }
}

function matches(rule: BusRule, event: DomainEvent): boolean {
  return rule.pattern.source.includes(eventSource) && rule.pattern.detailType.includes(event.type);
}

export function toEventBridgeEvent(event: DomainEvent): EventBridgeEvent<string, unknown> {
  return {
    version: "0",
    id: event.eventId,
    "detail-type": event.type,
    source: eventSource,
    account: "000000000000",
    time: event.occurredAt,
    region: "local",
    resources: [],
    detail: { ...event.detail, _meta: eventMeta(event) },
  };
}
