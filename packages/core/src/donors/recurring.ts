import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { NotFound, Unprocessable } from "../errors.js";
import { priorResult } from "../idempotency.js";
import type { Page } from "../pagination.js";
import type { TimerPayload } from "../ports.js";
import { commitOptimistically } from "./optimistic.js";
import { type CreateRecurringGiftInput, createRecurringGiftInput, type RecurringGiftView } from "./schemas.js";
import { assertCustomerAndOpenCampaign, creationItems, eventItem } from "./tx-items.js";
import { toRecurringView } from "./views.js";

export const donorTimerKinds = {
  /** A recurring gift's due instant: produces the expected installment and arms the next one. */
  recurringDue: "donor.recurring.due",
  /** The end of an installment's grace period: unpaid, it is missed, and enough misses lapse the gift. */
  recurringCheck: "donor.recurring.check",
  /** Some days before a pledge installment's date, a reminder if the pledge is behind it. */
  pledgeReminder: "donor.pledge.reminder",
} as const;

function epochSeconds(instant: string): number {
  return Math.floor(Date.parse(instant) / 1000);
}

/** Named by recurring gift and due instant, so arming it again is harmless. */
export function recurringDueTimer(recurringGiftId: string, dueAt: string): TimerPayload {
  return {
    timerName: `recurring-${recurringGiftId}-${epochSeconds(dueAt)}`,
    dueAt,
    kind: donorTimerKinds.recurringDue,
    subjectId: recurringGiftId,
  };
}

/** The subject names the installment (`<recurringGiftId>@<dueAt>`): the check is about that one. */
export function recurringCheckTimer(recurringGiftId: string, dueAt: string, graceSeconds: number): TimerPayload {
  return {
    timerName: `recurring-${recurringGiftId}-${epochSeconds(dueAt)}-check`,
    dueAt: new Date(Date.parse(dueAt) + graceSeconds * 1000).toISOString(),
    kind: donorTimerKinds.recurringCheck,
    subjectId: `${recurringGiftId}@${dueAt}`,
  };
}

const monthsPer = { monthly: 1, quarterly: 3, yearly: 12 } as const;

/** The due instant after `dueAt`: whole calendar months later in UTC, on the last day when the month is shorter. */
export function nextDueAfter(dueAt: string, frequency: keyof typeof monthsPer): string {
  const date = new Date(dueAt);
  const day = date.getUTCDate();
  const target = new Date(date);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + monthsPer[frequency]);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString();
}

export async function create(
  app: AppContext,
  meta: RequestMeta,
  input: CreateRecurringGiftInput,
): Promise<RecurringGiftView> {
  const valid = createRecurringGiftInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<RecurringGiftView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const nextDueAt = new Date(valid.nextDueAt ?? `${valid.startDate}T00:00:00Z`).toISOString();
  if (Date.parse(nextDueAt) < app.clock().getTime() - 86_400_000) {
    throw new Unprocessable("The first installment cannot be due in the past", { nextDueAt });
  }
  await assertCustomerAndOpenCampaign(app, valid.customerId, valid.campaignId);
  return commitOptimistically(app, meta.idempotency, async () => {
    const now = app.clock().toISOString();
    const item = {
      recurringGiftId: ulid(),
      customerId: valid.customerId,
      amountMinor: valid.amount.amountMinor,
      currency: valid.amount.currency,
      frequency: valid.frequency,
      method: valid.method,
      ...(valid.campaignId ? { campaignId: valid.campaignId } : {}),
      ...(valid.fund ? { fund: valid.fund } : {}),
      nextDueAt,
      status: "active" as const,
      missedCount: 0,
      lapseAfterMissed: valid.lapseAfterMissed,
      graceSeconds: valid.graceSeconds,
      createdAt: now,
      createdBy: meta.actor.sub,
      updatedAt: now,
      version: 1,
    };
    const view = toRecurringView(item);
    const items = creationItems(meta, now, {
      entityType: "recurringGift",
      entityId: item.recurringGiftId,
      view,
      customerId: valid.customerId,
      writes: [
        {
          write: ({ recurringGift }) => recurringGift.create(item).commit(),
          refused: { conflict: "A recurring gift with this id already exists" },
        },
      ],
      event: eventItem(meta, now, "recurring_gift.created", {
        recurringGiftId: item.recurringGiftId,
        customerId: item.customerId,
        nextDueAt,
      }),
    });
    return { items, result: view };
  });
}

/** A recurring gift with its installments, oldest first. */
export async function get(app: AppContext, recurringGiftId: string): Promise<RecurringGiftView> {
  const [{ data }, { data: installments }] = await Promise.all([
    app.store.entities.recurringGift.get({ recurringGiftId }).go(),
    app.store.entities.installment.query.record({ recurringGiftId }).go({ pages: "all" }),
  ]);
  if (!data) throw new NotFound(`Recurring gift ${recurringGiftId} does not exist`);
  return toRecurringView(data, installments);
}

export async function list(
  app: AppContext,
  query: { customerId: string; cursor?: string | undefined; limit: number },
): Promise<Page<RecurringGiftView>> {
  const { data, cursor } = await app.store.entities.recurringGift.query
    .byDonor({ customerId: query.customerId })
    .go({ order: "desc", limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  return { items: data.map((item) => toRecurringView(item)), cursor: cursor ?? null };
}
