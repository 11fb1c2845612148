import { z } from "zod";
import { campaignStatuses } from "../entities/campaign.js";
import { donorTypes, receiptDeliveries } from "../entities/donor-profile.js";
import { giftMethods, giftStatuses } from "../entities/gift.js";
import { pledgeStatuses } from "../entities/pledge.js";
import { giftFrequencies, installmentStatuses, recurringStatuses } from "../entities/recurring-gift.js";
import { currencyCode, money } from "../money.js";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, "an id of letters, digits, - and _");
const isoDate = z.iso.date();
const label = z.string().trim().min(1).max(200);

/** A positive amount: gifts, goals, pledges and payments are never zero or negative. */
export const positiveMoney = z
  .object({
    amountMinor: z.number().int("an integer number of minor units").positive().max(Number.MAX_SAFE_INTEGER),
    currency: currencyCode,
  })
  .strict();

// ---- donor profile ----

export const putDonorInput = z
  .object({
    donorType: z.enum(donorTypes).default("individual"),
    doNotSolicit: z.boolean().default(false),
    doNotMail: z.boolean().default(false),
    receiptDelivery: z.enum(receiptDeliveries).default("email"),
  })
  .strict();
export type PutDonorInput = z.input<typeof putDonorInput>;

const giftRef = z.object({ giftId: z.string(), date: isoDate, amount: money });
export const givingSummaryView = z.object({
  giftCount: z.number().int(),
  lifetime: z.array(money),
  yearToDate: z.array(money),
  firstGift: giftRef.nullable(),
  lastGift: giftRef.nullable(),
  /** The largest gift in each currency. */
  largestGifts: z.array(giftRef),
});
export const donorView = z.object({
  customerId: z.string(),
  donorType: z.enum(donorTypes),
  doNotSolicit: z.boolean(),
  doNotMail: z.boolean(),
  receiptDelivery: z.enum(receiptDeliveries),
  giving: givingSummaryView,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type DonorView = z.infer<typeof donorView>;

// ---- campaigns ----

export const createCampaignInput = z
  .object({
    name: label,
    description: z.string().max(5000).optional(),
    goal: positiveMoney,
    startDate: isoDate,
    endDate: isoDate.optional(),
  })
  .strict()
  .refine((c) => !c.endDate || c.endDate >= c.startDate, { message: "endDate is before startDate", path: ["endDate"] });
export type CreateCampaignInput = z.input<typeof createCampaignInput>;

export const updateCampaignInput = z
  .object({
    name: label.optional(),
    description: z.string().max(5000).optional(),
    endDate: isoDate.optional(),
    status: z.enum(campaignStatuses).optional(),
  })
  .strict();
export type UpdateCampaignInput = z.input<typeof updateCampaignInput>;

export const campaignView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  goal: money,
  startDate: isoDate,
  endDate: isoDate.optional(),
  status: z.enum(campaignStatuses),
  raised: z.array(money),
  giftCount: z.number().int(),
  donorCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type CampaignView = z.infer<typeof campaignView>;

// ---- gifts ----

export const softCreditTypes = ["in_honour_of", "in_memory_of", "solicited_by"] as const;
export const softCredit = z
  .object({
    type: z.enum(softCreditTypes),
    name: label.optional(),
    customerId: id.optional(),
  })
  .strict()
  .refine((credit) => credit.name || credit.customerId, { message: "a soft credit names a person or a customerId" });

export const createGiftInput = z
  .object({
    customerId: id,
    amount: positiveMoney,
    date: isoDate,
    method: z.enum(giftMethods),
    campaignId: id.optional(),
    fund: label.optional(),
    softCredits: z.array(softCredit).max(10).optional(),
    /** A payment of a recurring gift: matched to its oldest expected installment. */
    recurringGiftId: id.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type CreateGiftInput = z.input<typeof createGiftInput>;

export const voidGiftInput = z
  .object({ kind: z.enum(["void", "refund"]).default("void"), reason: z.string().trim().min(1).max(500) })
  .strict();
export type VoidGiftInput = z.input<typeof voidGiftInput>;

export const giftView = z.object({
  id: z.string(),
  customerId: z.string(),
  receiptNumber: z.string(),
  receiptStatus: z.enum(["valid", "void"]),
  amount: money,
  date: isoDate,
  method: z.enum(giftMethods),
  campaignId: z.string().optional(),
  fund: z.string().optional(),
  softCredits: z.array(softCredit).optional(),
  recurringGiftId: z.string().optional(),
  installmentDueAt: z.string().optional(),
  pledgeId: z.string().optional(),
  note: z.string().optional(),
  status: z.enum(giftStatuses),
  reversal: z
    .object({ kind: z.enum(["void", "refund"]), reason: z.string(), at: z.iso.datetime(), by: z.string() })
    .optional(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type GiftView = z.infer<typeof giftView>;

export const listGiftsQuery = z
  .object({
    customerId: id.optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, "a year like 2026")
      .optional(),
  })
  .refine((q) => Boolean(q.customerId) !== Boolean(q.year), { message: "give either customerId or year" });

// ---- recurring gifts ----

export const createRecurringGiftInput = z
  .object({
    customerId: id,
    amount: positiveMoney,
    frequency: z.enum(giftFrequencies),
    method: z.enum(giftMethods).default("card"),
    campaignId: id.optional(),
    fund: label.optional(),
    /** The first due instant (UTC); or give startDate. */
    nextDueAt: z.iso.datetime().optional(),
    startDate: isoDate.optional(),
    lapseAfterMissed: z.number().int().min(1).max(12).default(3),
    /** How long an installment may stay unpaid after its due instant before it counts as missed. */
    graceSeconds: z
      .number()
      .int()
      .min(0)
      .max(90 * 86_400)
      .default(14 * 86_400),
  })
  .strict()
  .refine((r) => Boolean(r.nextDueAt) !== Boolean(r.startDate), { message: "give either nextDueAt or startDate" });
export type CreateRecurringGiftInput = z.input<typeof createRecurringGiftInput>;

export const installmentView = z.object({
  dueAt: z.iso.datetime(),
  amount: money,
  status: z.enum(installmentStatuses),
  giftId: z.string().optional(),
});
export const recurringGiftView = z.object({
  id: z.string(),
  customerId: z.string(),
  amount: money,
  frequency: z.enum(giftFrequencies),
  method: z.string(),
  campaignId: z.string().optional(),
  fund: z.string().optional(),
  nextDueAt: z.iso.datetime(),
  status: z.enum(recurringStatuses),
  missedCount: z.number().int(),
  lapseAfterMissed: z.number().int(),
  graceSeconds: z.number().int(),
  lapsedAt: z.iso.datetime().optional(),
  installments: z.array(installmentView).optional(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type RecurringGiftView = z.infer<typeof recurringGiftView>;

export const byCustomerQuery = z.object({ customerId: id });

// ---- pledges ----

export const createPledgeInput = z
  .object({
    customerId: id,
    total: positiveMoney,
    /** Installments in date order; their amounts (in the total's currency) add up to the total. */
    schedule: z
      .array(
        z
          .object({
            dueDate: isoDate,
            amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
          })
          .strict(),
      )
      .min(1)
      .max(120),
    campaignId: id.optional(),
    fund: label.optional(),
    reminderDaysBefore: z.number().int().min(0).max(90).default(7),
  })
  .strict()
  .refine((p) => p.schedule.every((s, i) => i === 0 || (p.schedule[i - 1]?.dueDate ?? "") < s.dueDate), {
    message: "installment dates must be distinct and in order",
    path: ["schedule"],
  })
  .refine((p) => p.schedule.reduce((sum, s) => sum + s.amountMinor, 0) === p.total.amountMinor, {
    message: "the installments must add up to the total",
    path: ["schedule"],
  });
export type CreatePledgeInput = z.input<typeof createPledgeInput>;

export const pledgePaymentInput = z
  .object({
    amount: positiveMoney,
    date: isoDate,
    method: z.enum(giftMethods),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type PledgePaymentInput = z.input<typeof pledgePaymentInput>;

export const pledgeView = z.object({
  id: z.string(),
  customerId: z.string(),
  total: money,
  paid: money,
  balance: money,
  schedule: z.array(z.object({ dueDate: isoDate, amountMinor: z.number().int() })),
  campaignId: z.string().optional(),
  fund: z.string().optional(),
  reminderDaysBefore: z.number().int(),
  status: z.enum([...pledgeStatuses, "overdue"]),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type PledgeView = z.infer<typeof pledgeView>;

export const pledgePaymentResult = z.object({ pledge: pledgeView, gift: giftView });

// ---- reports ----

export const reportQuery = z.object({
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  format: z.enum(["json", "csv"]).optional(),
});
export const campaignProgressReport = z.object({
  campaigns: z.array(
    campaignView
      .pick({ id: true, name: true, status: true, goal: true, raised: true, giftCount: true, donorCount: true })
      .extend({
        /** Raised in the goal's currency as a whole percentage of the goal (rounded down). */
        percentOfGoal: z.number().int(),
      }),
  ),
});
export const givingByMonthReport = z.object({
  year: z.number().int(),
  months: z.array(
    z.object({
      month: z.string(),
      currency: z.string(),
      amountMinor: z.number().int(),
      giftCount: z.number().int(),
      donorCount: z.number().int(),
    }),
  ),
});
const retentionRow = z.object({
  customerId: z.string(),
  displayName: z.string(),
  lastGiftYear: z.number().int(),
  /** What they gave in their last year of giving, per currency. */
  lastGiftYearTotals: z.array(money),
});
export const retentionReport = z.object({
  year: z.number().int(),
  /** Gave last year, not this year. */
  lybunt: z.array(retentionRow),
  /** Gave in some year before last year, not last year and not this year. */
  sybunt: z.array(retentionRow),
});
