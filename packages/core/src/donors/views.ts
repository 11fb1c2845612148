import type {
  CampaignItem,
  DonorProfileItem,
  GiftItem,
  InstallmentItem,
  PledgeItem,
  RecurringGiftItem,
} from "../entities/store.js";
import type { CampaignView, DonorView, GiftView, PledgeView, RecurringGiftView } from "./schemas.js";
import { type GivingSummary, type Totals, totalsToMoney } from "./summary.js";

export interface CampaignTotals {
  readonly raised: Totals;
  readonly giftCount: number;
  readonly donorCount: number;
}

export const emptyCampaignTotals: CampaignTotals = { raised: {}, giftCount: 0, donorCount: 0 };

export function toGiftView(item: GiftItem): GiftView {
  return {
    id: item.giftId,
    customerId: item.customerId,
    receiptNumber: item.receiptNumber,
    receiptStatus: item.status === "voided" ? "void" : "valid",
    amount: { amountMinor: item.amountMinor, currency: item.currency },
    date: item.date,
    method: item.method,
    ...(item.campaignId ? { campaignId: item.campaignId } : {}),
    ...(item.fund ? { fund: item.fund } : {}),
    ...(item.softCredits ? { softCredits: item.softCredits } : {}),
    ...(item.recurringGiftId ? { recurringGiftId: item.recurringGiftId } : {}),
    ...(item.installmentDueAt ? { installmentDueAt: item.installmentDueAt } : {}),
    ...(item.pledgeId ? { pledgeId: item.pledgeId } : {}),
    ...(item.note ? { note: item.note } : {}),
    status: item.status,
    ...(item.reversal ? { reversal: item.reversal } : {}),
    createdAt: item.createdAt,
    version: item.version,
  };
}

export function toDonorView(item: DonorProfileItem, today: Date): DonorView {
  const summary = item.summary as GivingSummary;
  const year = String(today.getUTCFullYear());
  return {
    customerId: item.customerId,
    donorType: item.donorType,
    doNotSolicit: item.doNotSolicit,
    doNotMail: item.doNotMail,
    receiptDelivery: item.receiptDelivery,
    giving: {
      giftCount: summary.giftCount,
      lifetime: totalsToMoney(summary.lifetime),
      yearToDate: totalsToMoney(summary.byYear[year] ?? {}),
      firstGift: summary.first,
      lastGift: summary.last,
      largestGifts: Object.values(summary.largest).sort((a, b) => (a.amount.currency < b.amount.currency ? -1 : 1)),
    },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

export function toCampaignView(item: CampaignItem): CampaignView {
  const totals = item.totals as CampaignTotals;
  return {
    id: item.campaignId,
    name: item.name,
    ...(item.description ? { description: item.description } : {}),
    goal: item.goal,
    startDate: item.startDate,
    ...(item.endDate ? { endDate: item.endDate } : {}),
    status: item.status,
    raised: totalsToMoney(totals.raised),
    giftCount: totals.giftCount,
    donorCount: totals.donorCount,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

export function toRecurringView(item: RecurringGiftItem, installments?: readonly InstallmentItem[]): RecurringGiftView {
  return {
    id: item.recurringGiftId,
    customerId: item.customerId,
    amount: { amountMinor: item.amountMinor, currency: item.currency },
    frequency: item.frequency,
    method: item.method,
    ...(item.campaignId ? { campaignId: item.campaignId } : {}),
    ...(item.fund ? { fund: item.fund } : {}),
    nextDueAt: item.nextDueAt,
    status: item.status,
    missedCount: item.missedCount,
    lapseAfterMissed: item.lapseAfterMissed,
    graceSeconds: item.graceSeconds,
    ...(item.lapsedAt ? { lapsedAt: item.lapsedAt } : {}),
    ...(installments
      ? {
          installments: installments.map((installment) => ({
            dueAt: installment.dueAt,
            amount: { amountMinor: installment.amountMinor, currency: installment.currency },
            status: installment.status,
            ...(installment.giftId ? { giftId: installment.giftId } : {}),
          })),
        }
      : {}),
    createdAt: item.createdAt,
    version: item.version,
  };
}

interface ScheduledInstallment {
  readonly dueDate: string;
  readonly amountMinor: number;
}

/** Overdue: open, and an installment's date has passed while the payments are short of the amount due by then. */
export function pledgeStatusOf(item: PledgeItem, today: string): PledgeView["status"] {
  if (item.status !== "open") return item.status;
  let dueByToday = 0;
  for (const installment of item.schedule as ScheduledInstallment[]) {
    if (installment.dueDate < today) dueByToday += installment.amountMinor;
  }
  return item.paidMinor < dueByToday ? "overdue" : "open";
}

export function toPledgeView(item: PledgeItem, now: Date): PledgeView {
  return {
    id: item.pledgeId,
    customerId: item.customerId,
    total: { amountMinor: item.totalMinor, currency: item.currency },
    paid: { amountMinor: item.paidMinor, currency: item.currency },
    balance: { amountMinor: item.totalMinor - item.paidMinor, currency: item.currency },
    schedule: item.schedule as ScheduledInstallment[],
    ...(item.campaignId ? { campaignId: item.campaignId } : {}),
    ...(item.fund ? { fund: item.fund } : {}),
    reminderDaysBefore: item.reminderDaysBefore,
    status: pledgeStatusOf(item, now.toISOString().slice(0, 10)),
    createdAt: item.createdAt,
    version: item.version,
  };
}
