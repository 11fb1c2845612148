import { z } from "zod";

/** Every domain event's detail schema; the bus and its subscribers are typed from this one map. */
export const domainEventSchemas = {
  "customer.created": z.object({
    customerId: z.string(),
    kind: z.string(),
    displayName: z.string(),
  }),
  "customer.updated": z.object({ customerId: z.string(), changed: z.array(z.string()) }),
  "customer.merged": z.object({ survivorId: z.string(), duplicateId: z.string() }),
  "holding.added": z.object({
    holdingId: z.string(),
    customerId: z.string(),
    kind: z.string(),
    serviceLevel: z.string().optional(),
  }),
  "case.created": z.object({
    caseId: z.string(),
    number: z.string(),
    customerId: z.string(),
    type: z.string(),
    priority: z.string(),
    createdAt: z.string(),
  }),
  /** Any change of a case's fields other than its status (priority, queue, assignee, ...). */
  "case.updated": z.object({ caseId: z.string(), changed: z.array(z.string()), version: z.number().int() }),
  /** A lifecycle transition: what the SLA clock is derived from. */
  "case.status_changed": z.object({
    caseId: z.string(),
    from: z.string(),
    to: z.string(),
    at: z.string(),
    reason: z.string().optional(),
    version: z.number().int(),
  }),
  /** A calendar was created, replaced or deleted: targets counted in it must be recomputed. */
  "calendar.changed": z.object({
    calendarId: z.string(),
    change: z.enum(["created", "replaced", "deleted"]),
    version: z.number().int(),
  }),
  /** An SLA policy was created, replaced or deleted: open cases are recomputed under the policies as they now stand. */
  "sla.policy_changed": z.object({
    policyId: z.string(),
    change: z.enum(["created", "replaced", "deleted"]),
    version: z.number().int(),
  }),
  /** A case's SLA clock reached its warning point. */
  "sla.warning": z.object({
    caseId: z.string(),
    metric: z.string(),
    cycle: z.number().int(),
    warningAt: z.string(),
    dueAt: z.string(),
    policyId: z.string(),
  }),
  /** A case's SLA clock reached its target: the case was escalated. */
  "sla.breached": z.object({
    caseId: z.string(),
    metric: z.string(),
    cycle: z.number().int(),
    dueAt: z.string(),
    policyId: z.string(),
    priority: z.string(),
    queue: z.string(),
    notified: z.array(z.string()),
  }),
  /** A contact on any channel; replies by agents and messages from customers move SLA clocks. */
  "interaction.logged": z.object({
    interactionId: z.string(),
    customerId: z.string(),
    caseId: z.string().optional(),
    channel: z.string(),
    direction: z.string(),
    author: z.string(),
    visibility: z.string(),
    occurredAt: z.string(),
  }),
  /** Vehicle transfer module (vehicles/): registrations, plates, fee schedules, transfers. */
  "vehicle.registered": z.object({ vin: z.string(), modelYear: z.number().int(), ownerIds: z.array(z.string()) }),
  "vehicle.updated": z.object({ vin: z.string(), changed: z.array(z.string()), version: z.number().int() }),
  "plate.issued": z.object({ jurisdiction: z.string(), number: z.string(), vin: z.string().optional() }),
  /** A plate went onto a vehicle (`vin`), leaving the one it was on (`fromVin`), if any. */
  "plate.assigned": z.object({
    jurisdiction: z.string(),
    number: z.string(),
    vin: z.string(),
    fromVin: z.string().optional(),
    at: z.string(),
  }),
  "fee_schedule.published": z.object({ kind: z.string(), version: z.number().int(), effectiveFrom: z.string() }),
  /** A transfer's documents, odometer disclosure or liens changed. */
  "transfer.updated": z.object({ caseId: z.string(), change: z.string(), version: z.number().int() }),
  /** Ownership and plates moved: the sellers' ownership ended and the buyers' began. */
  "transfer.completed": z.object({
    caseId: z.string(),
    vin: z.string(),
    sellerIds: z.array(z.string()),
    buyerIds: z.array(z.string()),
    plateDecision: z.string(),
    at: z.string(),
  }),
  /** Donor module: a gift was recorded with its receipt number. */
  "gift.recorded": z.object({
    giftId: z.string(),
    customerId: z.string(),
    receiptNumber: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    date: z.string(),
    campaignId: z.string().optional(),
  }),
  /** A void or refund: the reversing entry of a gift; its receipt is void. */
  "gift.voided": z.object({
    giftId: z.string(),
    customerId: z.string(),
    receiptNumber: z.string(),
    kind: z.string(),
  }),
  "donor.updated": z.object({ customerId: z.string(), changed: z.array(z.string()) }),
  "campaign.created": z.object({ campaignId: z.string(), name: z.string() }),
  "campaign.updated": z.object({ campaignId: z.string(), changed: z.array(z.string()) }),
  /** Arms the recurring gift's first due timer. */
  "recurring_gift.created": z.object({
    recurringGiftId: z.string(),
    customerId: z.string(),
    nextDueAt: z.string(),
  }),
  /** An installment fell due; arms its grace check and the next due instant. */
  "recurring_gift.installment_due": z.object({
    recurringGiftId: z.string(),
    customerId: z.string(),
    dueAt: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    nextDueAt: z.string(),
    checkAt: z.string(),
  }),
  "recurring_gift.lapsed": z.object({
    recurringGiftId: z.string(),
    customerId: z.string(),
    missedCount: z.number().int(),
  }),
  /** Arms the pledge's installment reminders. */
  "pledge.created": z.object({
    pledgeId: z.string(),
    customerId: z.string(),
    reminders: z.array(z.object({ dueDate: z.string(), remindAt: z.string() })),
  }),
  "pledge.payment_applied": z.object({
    pledgeId: z.string(),
    giftId: z.string(),
    amountMinor: z.number().int(),
    paidMinor: z.number().int(),
    status: z.string(),
  }),
  /** Sent before an installment falls due while the pledge is behind it. */
  "pledge.installment_reminder": z.object({
    pledgeId: z.string(),
    customerId: z.string(),
    dueDate: z.string(),
    dueMinor: z.number().int(),
    balanceMinor: z.number().int(),
    currency: z.string(),
  }),
} as const;

export type DomainEventType = keyof typeof domainEventSchemas;
export type DomainEventDetail<T extends DomainEventType> = z.infer<(typeof domainEventSchemas)[T]>;

/** What crosses the bus: the outbox item's identity and the typed detail. */
export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  readonly eventId: string;
  readonly type: T;
  readonly occurredAt: string;
  readonly correlationId?: string;
  readonly detail: DomainEventDetail<T>;
}

export function isDomainEventType(value: string): value is DomainEventType {
  return Object.hasOwn(domainEventSchemas, value);
}

/** Parses an event arriving from outside (the bus), so a subscriber never acts on a malformed one. */
export function parseDomainEvent<T extends DomainEventType>(type: T, detail: unknown): DomainEventDetail<T> {
  return domainEventSchemas[type].parse(detail) as DomainEventDetail<T>;
}
