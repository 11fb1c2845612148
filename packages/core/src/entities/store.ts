import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type EntityItem, Service } from "electrodb";
import { auditEntryEntity } from "./audit-entry.js";
import { calendarEntity } from "./calendar.js";
import { campaignEntity } from "./campaign.js";
import { campaignDonorEntity } from "./campaign-donor.js";
import { caseEntity } from "./case.js";
import { counterEntity } from "./counter.js";
import { customerEntity } from "./customer.js";
import { donorProfileEntity } from "./donor-profile.js";
import { donorYearEntity } from "./donor-year.js";
import { feeScheduleEntity } from "./fee-schedule.js";
import { giftEntity } from "./gift.js";
import { idempotencyRecordEntity } from "./idempotency-record.js";
import { interactionEntity } from "./interaction.js";
import { notificationEntity } from "./notification.js";
import { outboxEventEntity } from "./outbox-event.js";
import { ownershipEntity } from "./ownership.js";
import { plateEntity } from "./plate.js";
import { plateAssignmentEntity } from "./plate-assignment.js";
import { plateSlotEntity } from "./plate-slot.js";
import { pledgeEntity } from "./pledge.js";
import { productHoldingEntity } from "./product-holding.js";
import { queueEntity } from "./queue.js";
import { installmentEntity, recurringGiftEntity } from "./recurring-gift.js";
import { searchEntryEntity } from "./search-entry.js";
import { slaClockEntity } from "./sla-clock.js";
import { slaJobEntity } from "./sla-job.js";
import { slaPolicyEntity } from "./sla-policy.js";
import { timerFiringEntity } from "./timer-firing.js";
import { transferEntity } from "./transfer.js";
import { vehicleEntity } from "./vehicle.js";
import { workItemEntity } from "./work-item.js";

function createEntities() {
  return {
    customer: customerEntity(),
    holding: productHoldingEntity(),
    case: caseEntity(),
    interaction: interactionEntity(),
    search: searchEntryEntity(),
    idempotency: idempotencyRecordEntity(),
    calendar: calendarEntity(),
    slaPolicy: slaPolicyEntity(),
    slaClock: slaClockEntity(),
    slaJob: slaJobEntity(),
    queue: queueEntity(),
    workItem: workItemEntity(),
    notification: notificationEntity(),
    counter: counterEntity(),
    audit: auditEntryEntity(),
    outbox: outboxEventEntity(),
    timerFiring: timerFiringEntity(),
    vehicle: vehicleEntity(),
    ownership: ownershipEntity(),
    plate: plateEntity(),
    plateAssignment: plateAssignmentEntity(),
    plateSlot: plateSlotEntity(),
    transfer: transferEntity(),
    feeSchedule: feeScheduleEntity(),
    donor: donorProfileEntity(),
    campaign: campaignEntity(),
    campaignDonor: campaignDonorEntity(),
    gift: giftEntity(),
    donorYear: donorYearEntity(),
    recurringGift: recurringGiftEntity(),
    installment: installmentEntity(),
    pledge: pledgeEntity(),
  };
}

/** The ElectroDB service over the one table. Built once at start-up from configuration. */
export function createStore(options: { table: string; client: DynamoDBDocumentClient }) {
  const store = new Service(createEntities(), { table: options.table, client: options.client });
  clients.set(store, options.client);
  return store;
}

const clients = new WeakMap<object, DynamoDBDocumentClient>();

/** The client a store sends with: for the few reads that skip ElectroDB on a hot path (db/raw-reads.ts). */
export function clientOf(store: Store): DynamoDBDocumentClient {
  const client = clients.get(store);
  if (!client) throw new Error("This store was not made by createStore");
  return client;
}

export type Store = ReturnType<typeof createStore>;
type Entities = ReturnType<typeof createEntities>;
export type CustomerItem = EntityItem<Entities["customer"]>;
export type CaseItem = EntityItem<Entities["case"]>;
export type HoldingItem = EntityItem<Entities["holding"]>;
export type InteractionItem = EntityItem<Entities["interaction"]>;
export type SearchEntryItem = EntityItem<Entities["search"]>;
export type IdempotencyRecordItem = EntityItem<Entities["idempotency"]>;
export type CalendarItem = EntityItem<Entities["calendar"]>;
export type SlaPolicyItem = EntityItem<Entities["slaPolicy"]>;
export type SlaClockItem = EntityItem<Entities["slaClock"]>;
export type SlaJobItem = EntityItem<Entities["slaJob"]>;
export type QueueItem = EntityItem<Entities["queue"]>;
export type WorkItem = EntityItem<Entities["workItem"]>;
export type NotificationItem = EntityItem<Entities["notification"]>;
export type AuditEntryItem = EntityItem<Entities["audit"]>;
export type OutboxEventItem = EntityItem<Entities["outbox"]>;
export type TimerFiringItem = EntityItem<Entities["timerFiring"]>;
export type VehicleItem = EntityItem<Entities["vehicle"]>;
export type OwnershipItem = EntityItem<Entities["ownership"]>;
export type PlateItem = EntityItem<Entities["plate"]>;
export type PlateAssignmentItem = EntityItem<Entities["plateAssignment"]>;
export type PlateSlotItem = EntityItem<Entities["plateSlot"]>;
export type TransferItem = EntityItem<Entities["transfer"]>;
export type FeeScheduleItem = EntityItem<Entities["feeSchedule"]>;
export type DonorProfileItem = EntityItem<Entities["donor"]>;
export type CampaignItem = EntityItem<Entities["campaign"]>;
export type GiftItem = EntityItem<Entities["gift"]>;
export type RecurringGiftItem = EntityItem<Entities["recurringGift"]>;
export type InstallmentItem = EntityItem<Entities["installment"]>;
export type PledgeItem = EntityItem<Entities["pledge"]>;
