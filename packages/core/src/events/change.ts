import { ulid } from "ulidx";
import type { RequestMeta } from "../context.js";
import type { auditActions } from "../entities/audit-entry.js";
import { outboxRetentionSeconds } from "../entities/outbox-event.js";
import { type DomainEventDetail, type DomainEventType, domainEventSchemas } from "./domain-events.js";

/**
 * The audit entry and outbox event that accompany a change. Callers put both into the same
 * `transaction.write` as the change itself, so either all three are stored or none is.
 */
export function auditEntryFor(
  meta: RequestMeta,
  at: string,
  change: {
    entityType: string;
    entityId: string;
    action: (typeof auditActions)[number];
    before?: unknown;
    after?: unknown;
  },
) {
  return {
    auditId: ulid(Date.parse(at)),
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    actorSub: meta.actor.sub,
    actorRoles: [...meta.actor.roles],
    at,
    ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
    ...(change.before === undefined ? {} : { before: change.before }),
    ...(change.after === undefined ? {} : { after: change.after }),
  };
}

export function outboxEventFor<T extends DomainEventType>(
  meta: RequestMeta,
  at: string,
  type: T,
  detail: DomainEventDetail<T>,
) {
  return {
    eventId: ulid(Date.parse(at)),
    type,
    occurredAt: at,
    ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
    // Validated here so a malformed event can never reach the outbox.
    detail: domainEventSchemas[type].parse(detail),
    expiresAt: Math.floor(Date.parse(at) / 1000) + outboxRetentionSeconds,
  };
}
