import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import type { GiftItem } from "../entities/store.js";
import { NotFound, Unprocessable } from "../errors.js";
import { priorResult } from "../idempotency.js";
import type { Page } from "../pagination.js";
import type { TimerPayload } from "../ports.js";
import { record } from "./gifts.js";
import { commitOptimistically, type TxItem } from "./optimistic.js";
import { donorTimerKinds } from "./recurring.js";
import {
  type CreatePledgeInput,
  createPledgeInput,
  type GiftView,
  type PledgePaymentInput,
  type PledgeView,
  pledgePaymentInput,
} from "./schemas.js";
import { assertCustomerAndOpenCampaign, creationItems, eventItem } from "./tx-items.js";
import { toPledgeView } from "./views.js";

/** The reminder of one installment: `reminderDaysBefore` days before its date (00:00 UTC). */
export function pledgeReminderTimer(pledgeId: string, dueDate: string, remindAt: string): TimerPayload {
  return {
    timerName: `pledge-${pledgeId}-${dueDate}`,
    dueAt: remindAt,
    kind: donorTimerKinds.pledgeReminder,
    subjectId: `${pledgeId}@${dueDate}`,
  };
}

export function reminderInstant(dueDate: string, daysBefore: number): string {
  return new Date(Date.parse(`${dueDate}T00:00:00Z`) - daysBefore * 86_400_000).toISOString();
}

export async function create(app: AppContext, meta: RequestMeta, input: CreatePledgeInput): Promise<PledgeView> {
  const valid = createPledgeInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<PledgeView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  await assertCustomerAndOpenCampaign(app, valid.customerId, valid.campaignId);
  return commitOptimistically(app, meta.idempotency, async () => {
    const now = app.clock().toISOString();
    const item = {
      pledgeId: ulid(),
      customerId: valid.customerId,
      totalMinor: valid.total.amountMinor,
      currency: valid.total.currency,
      schedule: valid.schedule,
      ...(valid.campaignId ? { campaignId: valid.campaignId } : {}),
      ...(valid.fund ? { fund: valid.fund } : {}),
      reminderDaysBefore: valid.reminderDaysBefore,
      paidMinor: 0,
      status: "open" as const,
      createdAt: now,
      createdBy: meta.actor.sub,
      updatedAt: now,
      version: 1,
    };
    const view = toPledgeView(item, app.clock());
    const reminders = valid.schedule
      .map(({ dueDate }) => ({ dueDate, remindAt: reminderInstant(dueDate, valid.reminderDaysBefore) }))
      .filter(({ remindAt }) => remindAt > now);
    const items = creationItems(meta, now, {
      entityType: "pledge",
      entityId: item.pledgeId,
      view,
      customerId: valid.customerId,
      writes: [
        {
          write: ({ pledge }) => pledge.create(item).commit(),
          refused: { conflict: "A pledge with this id already exists" },
        },
      ],
      event: eventItem(meta, now, "pledge.created", {
        pledgeId: item.pledgeId,
        customerId: item.customerId,
        reminders,
      }),
    });
    return { items, result: view };
  });
}

export async function get(app: AppContext, pledgeId: string): Promise<PledgeView> {
  const { data } = await app.store.entities.pledge.get({ pledgeId }).go();
  if (!data) throw new NotFound(`Pledge ${pledgeId} does not exist`);
  return toPledgeView(data, app.clock());
}

export async function list(
  app: AppContext,
  query: { customerId: string; cursor?: string | undefined; limit: number },
): Promise<Page<PledgeView>> {
  const { data, cursor } = await app.store.entities.pledge.query
    .byDonor({ customerId: query.customerId })
    .go({ order: "desc", limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  return { items: data.map((item) => toPledgeView(item, app.clock())), cursor: cursor ?? null };
}

/**
 * A payment on a pledge: a gift (with its receipt) applied to the pledge in the same transaction.
 * A payment above the balance, in another currency, or to a pledge that is no longer open is
 * refused with nothing written.
 */
export async function pay(
  app: AppContext,
  meta: RequestMeta,
  pledgeId: string,
  input: PledgePaymentInput,
): Promise<{ pledge: PledgeView; gift: GiftView }> {
  const valid = pledgePaymentInput.parse(input);
  const { data: first } = await app.store.entities.pledge.get({ pledgeId }).go();
  if (!first) throw new NotFound(`Pledge ${pledgeId} does not exist`);
  const apply = async (gift: GiftItem, now: string): Promise<TxItem[]> => {
    const { data: pledge } = await app.store.entities.pledge.get({ pledgeId }).go({ consistent: true });
    if (!pledge) throw new NotFound(`Pledge ${pledgeId} does not exist`);
    if (pledge.status !== "open") throw new Unprocessable(`Pledge ${pledgeId} is ${pledge.status}`);
    if (gift.currency !== pledge.currency) {
      throw new Unprocessable(`Pledge ${pledgeId} is in ${pledge.currency}, not ${gift.currency}`);
    }
    const balance = pledge.totalMinor - pledge.paidMinor;
    if (gift.amountMinor > balance) {
      throw new Unprocessable(`The payment is above the pledge's balance of ${balance} minor units`, {
        balance: { amountMinor: balance, currency: pledge.currency },
      });
    }
    const paidMinor = pledge.paidMinor + gift.amountMinor;
    const status = paidMinor === pledge.totalMinor ? ("fulfilled" as const) : ("open" as const);
    return [
      {
        write: ({ pledge: p }) =>
          p
            .patch({ pledgeId })
            .set({ paidMinor, status, updatedAt: now, version: pledge.version + 1 })
            .where((attr, op) => op.eq(attr.version, pledge.version))
            .commit(),
        refused: "retry",
      },
      eventItem(meta, now, "pledge.payment_applied", {
        pledgeId,
        giftId: gift.giftId,
        amountMinor: gift.amountMinor,
        paidMinor,
        status,
      }),
    ];
  };
  const gift = await record(
    app,
    meta,
    {
      customerId: first.customerId,
      amount: valid.amount,
      date: valid.date,
      method: valid.method,
      ...(first.campaignId ? { campaignId: first.campaignId } : {}),
      ...(first.fund ? { fund: first.fund } : {}),
      ...(valid.note ? { note: valid.note } : {}),
    },
    { pledgeId, apply },
  );
  const { data: pledge } = await app.store.entities.pledge.get({ pledgeId }).go({ consistent: true });
  if (!pledge) throw new NotFound(`Pledge ${pledgeId} does not exist`);
  return { pledge: toPledgeView(pledge, app.clock()), gift };
}
