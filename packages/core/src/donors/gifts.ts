import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import type { CampaignItem, GiftItem } from "../entities/store.js";
import { Conflict, InvalidInput, NotFound, Unprocessable } from "../errors.js";
import { priorResult } from "../idempotency.js";
import type { Page } from "../pagination.js";
import { newDonorProfile } from "./donor.js";
import { type Attempt, commitOptimistically, type TxItem } from "./optimistic.js";
import { formatReceiptNumber, receiptCounterName } from "./receipt-number.js";
import { type CreateGiftInput, createGiftInput, type GiftView, type VoidGiftInput, voidGiftInput } from "./schemas.js";
import { addTo, type CountedGift, type GivingSummary, summarize, withGift } from "./summary.js";
import { auditItem, creationItems, eventItem } from "./tx-items.js";
import { type CampaignTotals, toGiftView } from "./views.js";

/** What a pledge payment adds to a gift's transaction (see pledges.ts). */
export interface PledgeApplication {
  readonly pledgeId: string;
  /** Reads the pledge and returns the items that apply the payment to it, refusing one above its balance. */
  readonly apply: (gift: GiftItem, now: string) => Promise<readonly TxItem[]>;
}

/**
 * Records a gift. In one transaction: the gift with the next receipt number of its year (the counter
 * written on condition of the value read, so numbers are gap-free and unique), the donor's giving
 * summary, the donor-year totals, the campaign's totals, the matched recurring installment or pledge,
 * the audit entry and the `gift.recorded` event. Everything is checked before anything is written.
 */
export async function record(
  app: AppContext,
  meta: RequestMeta,
  input: CreateGiftInput,
  pledge?: PledgeApplication,
): Promise<GiftView> {
  const valid = createGiftInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<GiftView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const nowDate = app.clock();
  if (valid.date > nowDate.toISOString().slice(0, 10)) {
    throw new Unprocessable("A gift cannot be dated in the future", { date: valid.date });
  }
  const giftId = ulid();
  const year = valid.date.slice(0, 4);
  const { currency, amountMinor } = valid.amount;

  return commitOptimistically(app, meta.idempotency, async (): Promise<Attempt<GiftView>> => {
    const now = app.clock().toISOString();
    const { store } = app;
    const [customer, donor, counter, [campaign, campaignDonor], recurring] = await Promise.all([
      store.entities.customer
        .get({ customerId: valid.customerId })
        .go({ attributes: ["customerId", "status", "mergedInto"], consistent: true })
        .then((r) => r.data),
      store.entities.donor
        .get({ customerId: valid.customerId })
        .go({ consistent: true })
        .then((r) => r.data),
      store.entities.counter
        .get({ name: receiptCounterName(year) })
        .go({ consistent: true })
        .then((r) => r.data),
      campaignAndDonor(app, valid.campaignId, valid.customerId),
      valid.recurringGiftId
        ? store.entities.recurringGift
            .get({ recurringGiftId: valid.recurringGiftId })
            .go({ consistent: true })
            .then((r) => r.data)
        : undefined,
    ]);
    if (!customer || customer.status === "merged") {
      throw new Unprocessable(`Customer ${valid.customerId} does not exist or was merged`, {
        customerId: valid.customerId,
      });
    }
    if (valid.campaignId) {
      if (!campaign) throw new Unprocessable(`Campaign ${valid.campaignId} does not exist`);
      if (campaign.status !== "open") throw new Unprocessable(`Campaign ${valid.campaignId} is closed`);
      if (valid.date < campaign.startDate || (campaign.endDate && valid.date > campaign.endDate)) {
        throw new Unprocessable(`The gift's date is outside campaign ${valid.campaignId}'s dates`, {
          startDate: campaign.startDate,
          endDate: campaign.endDate,
        });
      }
    }
    let installmentDueAt: string | undefined;
    if (valid.recurringGiftId) {
      if (!recurring || recurring.customerId !== valid.customerId) {
        throw new Unprocessable(`Recurring gift ${valid.recurringGiftId} does not exist for this customer`);
      }
      if (recurring.currency !== currency) {
        throw new Unprocessable(`Recurring gift ${valid.recurringGiftId} is in ${recurring.currency}, not ${currency}`);
      }
      const { data: expected } = await store.entities.installment.query
        .record({ recurringGiftId: valid.recurringGiftId })
        .where((attr, op) => op.eq(attr.status, "expected"))
        .go({ consistent: true, pages: "all" });
      installmentDueAt = expected[0]?.dueAt;
    }

    const sequence = (counter?.value ?? 0) + 1;
    const receiptNumber = formatReceiptNumber(year, sequence);
    const gift: GiftItem = {
      giftId,
      customerId: valid.customerId,
      receiptNumber,
      amountMinor,
      currency,
      date: valid.date,
      year,
      method: valid.method,
      ...(valid.campaignId ? { campaignId: valid.campaignId } : {}),
      ...(valid.fund ? { fund: valid.fund } : {}),
      ...(valid.softCredits ? { softCredits: valid.softCredits } : {}),
      ...(valid.recurringGiftId ? { recurringGiftId: valid.recurringGiftId } : {}),
      ...(installmentDueAt ? { installmentDueAt } : {}),
      ...(pledge ? { pledgeId: pledge.pledgeId } : {}),
      ...(valid.note ? { note: valid.note } : {}),
      status: "recorded",
      createdAt: now,
      createdBy: meta.actor.sub,
      updatedAt: now,
      version: 1,
    };
    const view = toGiftView(gift);
    const counted: CountedGift = { giftId, date: valid.date, amountMinor, currency };
    const pledgeItems = pledge ? await pledge.apply(gift, now) : [];

    const writes: TxItem[] = [
      {
        write: ({ counter: c }) =>
          counter
            ? c
                .patch({ name: receiptCounterName(year) })
                .set({ value: sequence })
                .where((attr, op) => op.eq(attr.value, sequence - 1))
                .commit()
            : c.create({ name: receiptCounterName(year), value: sequence }).commit(),
        refused: "retry",
      },
      { write: ({ gift: g }) => g.create(gift).commit(), refused: { conflict: "A gift with this id already exists" } },
      donorSummaryWrite(
        valid.customerId,
        donor,
        withGift((donor?.summary as GivingSummary) ?? summarize([]), counted),
        now,
      ),
      donorYearWrite(valid.customerId, year, { currency, amountMinor }, +1),
    ];
    if (campaign) {
      writes.push(
        ...campaignItems(campaign, valid.customerId, campaignDonor?.giftCount, { currency, amountMinor }, +1),
      );
    }
    if (recurring && installmentDueAt) {
      const dueAt = installmentDueAt;
      writes.push(
        {
          write: ({ installment }) =>
            installment
              .patch({ recurringGiftId: recurring.recurringGiftId, dueAt })
              .set({ status: "received", giftId, updatedAt: now })
              .where((attr, op) => op.eq(attr.status, "expected"))
              .commit(),
          refused: "retry",
        },
        {
          write: ({ recurringGift }) =>
            recurringGift
              .patch({ recurringGiftId: recurring.recurringGiftId })
              .set({ missedCount: 0, updatedAt: now, version: recurring.version + 1 })
              .where((attr, op) => op.eq(attr.version, recurring.version))
              .commit(),
          refused: "retry",
        },
      );
    }
    writes.push(...pledgeItems);
    const items = creationItems(meta, now, {
      entityType: "gift",
      entityId: giftId,
      view,
      customerId: valid.customerId,
      writes,
      event: eventItem(meta, now, "gift.recorded", {
        giftId,
        customerId: valid.customerId,
        receiptNumber,
        amountMinor,
        currency,
        date: valid.date,
        ...(valid.campaignId ? { campaignId: valid.campaignId } : {}),
      }),
    });
    return { items, result: view };
  });
}

/** The donor's profile with its new summary: created with default preferences on a first gift. */
function donorSummaryWrite(
  customerId: string,
  donor: { summaryRevision: number } | null | undefined,
  summary: GivingSummary,
  now: string,
): TxItem {
  return {
    write: ({ donor: d }) =>
      donor
        ? d
            .patch({ customerId })
            .set({ summary, summaryRevision: donor.summaryRevision + 1 })
            .where((attr, op) => op.eq(attr.summaryRevision, donor.summaryRevision))
            .commit()
        : d.create({ ...newDonorProfile(customerId, now), summary, summaryRevision: 1 }).commit(),
    refused: "retry",
  };
}

/** The donor-year totals: an atomic add, so concurrent gifts of one donor and year need no retry. */
function donorYearWrite(
  customerId: string,
  year: string,
  amount: { currency: string; amountMinor: number },
  delta: 1 | -1,
): TxItem {
  return {
    write: ({ donorYear }) =>
      donorYear
        .upsert({ customerId, year, currency: amount.currency })
        .add({ amountMinor: delta * amount.amountMinor, giftCount: delta })
        .commit(),
    refused: "retry",
  };
}

/** A campaign and the donor's count of gifts to it, read strongly: both are written back on condition. */
function campaignAndDonor(app: AppContext, campaignId: string | undefined, customerId: string) {
  if (!campaignId) return Promise.resolve([undefined, undefined] as const);
  return Promise.all([
    app.store.entities.campaign
      .get({ campaignId })
      .go({ consistent: true })
      .then((r) => r.data),
    app.store.entities.campaignDonor
      .get({ campaignId, customerId })
      .go({ consistent: true })
      .then((r) => r.data),
  ]);
}

/**
 * A gift counted into (+1) or out of (-1) a campaign: its totals, on condition of the revision read,
 * and the donor's count of gifts to it (the donor count moves when that count leaves or returns to
 * zero). Only an open campaign takes a gift; a void comes out of a closed one too.
 */
function campaignItems(
  campaign: CampaignItem,
  customerId: string,
  donorGifts: number | undefined,
  amount: { currency: string; amountMinor: number },
  delta: 1 | -1,
): TxItem[] {
  const totals = campaign.totals as CampaignTotals;
  const donorMoves = delta > 0 ? (donorGifts ?? 0) === 0 : (donorGifts ?? 0) <= 1;
  return [
    {
      write: ({ campaign: c }) =>
        c
          .patch({ campaignId: campaign.campaignId })
          .set({
            totals: {
              raised: addTo(totals.raised, amount.currency, delta * amount.amountMinor),
              giftCount: totals.giftCount + delta,
              donorCount: totals.donorCount + (donorMoves ? delta : 0),
            },
            revision: campaign.revision + 1,
          })
          .where((attr, op) =>
            delta > 0
              ? `${op.eq(attr.revision, campaign.revision)} AND ${op.eq(attr.status, "open")}`
              : op.eq(attr.revision, campaign.revision),
          )
          .commit(),
      refused: "retry",
    },
    campaignDonorWrite(campaign.campaignId, customerId, delta > 0 ? donorGifts : (donorGifts ?? 1), delta),
  ];
}

function campaignDonorWrite(
  campaignId: string,
  customerId: string,
  current: number | undefined,
  delta: 1 | -1,
): TxItem {
  return {
    write: ({ campaignDonor }) =>
      current === undefined
        ? campaignDonor.create({ campaignId, customerId, giftCount: delta }).commit()
        : campaignDonor
            .patch({ campaignId, customerId })
            .set({ giftCount: current + delta })
            .where((attr, op) => op.eq(attr.giftCount, current))
            .commit(),
    refused: "retry",
  };
}

/** How many times a void re-reads a donor's gifts while the index lags behind the summary. */
const indexLagAttempts = 20;

/**
 * Voids (or refunds) a gift: the reversing entry. The gift stays, marked voided, its receipt void;
 * in the same transaction the donor's summary, donor-year totals, campaign totals and any pledge it
 * paid no longer count it. First, last and largest gift are recomputed from the donor's gifts.
 */
export async function voidGift(
  app: AppContext,
  meta: RequestMeta,
  giftId: string,
  input: VoidGiftInput,
  expectedVersion?: number,
): Promise<GiftView> {
  const valid = voidGiftInput.parse(input);
  return commitOptimistically(app, undefined, async (): Promise<Attempt<GiftView>> => {
    const { store } = app;
    const now = app.clock().toISOString();
    const { data: gift } = await store.entities.gift.get({ giftId }).go({ consistent: true });
    if (!gift) throw new NotFound(`Gift ${giftId} does not exist`);
    if (gift.status === "voided")
      throw new Conflict(`Gift ${giftId} is already voided`, { receiptNumber: gift.receiptNumber });
    if (expectedVersion !== undefined && gift.version !== expectedVersion) {
      throw new Conflict(`Gift ${giftId} is at version ${gift.version}, not ${expectedVersion}`);
    }
    const [[campaign, campaignDonor], pledge] = await Promise.all([
      campaignAndDonor(app, gift.campaignId, gift.customerId),
      gift.pledgeId
        ? store.entities.pledge
            .get({ pledgeId: gift.pledgeId })
            .go({ consistent: true })
            .then((r) => r.data)
        : undefined,
    ]);
    const { donor, standing } = await donorWithGifts(app, gift.customerId);
    const summary = summarize(standing.filter((g) => g.giftId !== giftId));
    const reversal = { kind: valid.kind, reason: valid.reason, at: now, by: meta.actor.sub };
    const after: GiftItem = { ...gift, status: "voided", reversal, updatedAt: now, version: gift.version + 1 };
    const view = toGiftView(after);

    const items: TxItem[] = [
      {
        write: ({ gift: g }) =>
          g
            .patch({ giftId })
            .set({ status: "voided", reversal, updatedAt: now, version: gift.version + 1 })
            .where((attr, op) => `${op.eq(attr.status, "recorded")} AND ${op.eq(attr.version, gift.version)}`)
            .commit(),
        refused: "retry",
      },
      donorSummaryWrite(gift.customerId, donor, summary, now),
      donorYearWrite(gift.customerId, gift.year, gift, -1),
    ];
    if (campaign) items.push(...campaignItems(campaign, gift.customerId, campaignDonor?.giftCount, gift, -1));
    if (pledge) {
      const paidMinor = pledge.paidMinor - gift.amountMinor;
      items.push({
        write: ({ pledge: p }) =>
          p
            .patch({ pledgeId: pledge.pledgeId })
            .set({
              paidMinor,
              status: pledge.status === "fulfilled" ? "open" : pledge.status,
              updatedAt: now,
              version: pledge.version + 1,
            })
            .where((attr, op) => op.eq(attr.version, pledge.version))
            .commit(),
        refused: "retry",
      });
    }
    items.push(
      auditItem(meta, now, {
        entityType: "gift",
        entityId: giftId,
        action: "update",
        before: toGiftView(gift),
        after: view,
      }),
      eventItem(meta, now, "gift.voided", {
        giftId,
        customerId: gift.customerId,
        receiptNumber: gift.receiptNumber,
        kind: valid.kind,
      }),
    );
    return { items, result: view };
  });
}

function sameTotals(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/**
 * The donor's profile and standing gifts. The gifts come from an index that may lag behind the
 * profile (read strongly): they are used once they agree with the summary's count and totals.
 */
async function donorWithGifts(app: AppContext, customerId: string) {
  for (let attempt = 1; ; attempt++) {
    const [{ data: donor }, standing] = await Promise.all([
      app.store.entities.donor.get({ customerId }).go({ consistent: true }),
      standingGifts(app, customerId),
    ]);
    if (!donor) throw new Error(`Customer ${customerId} has gifts but no donor profile`);
    const stored = donor.summary as GivingSummary;
    const fromIndex = summarize(standing);
    const agrees = fromIndex.giftCount === stored.giftCount && sameTotals(fromIndex.lifetime, stored.lifetime);
    if (agrees || attempt >= indexLagAttempts) return { donor, standing };
    await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
  }
}

/** The donor's gifts that count (not voided), all pages of its index. */
async function standingGifts(app: AppContext, customerId: string): Promise<CountedGift[]> {
  const { data } = await app.store.entities.gift.query
    .byDonor({ customerId })
    .where((attr, op) => op.eq(attr.status, "recorded"))
    .go({ pages: "all", attributes: ["giftId", "date", "amountMinor", "currency"] });
  return data.map((g) => ({ giftId: g.giftId, date: g.date, amountMinor: g.amountMinor, currency: g.currency }));
}

export async function get(app: AppContext, giftId: string): Promise<GiftView> {
  const { data } = await app.store.entities.gift.get({ giftId }).go();
  if (!data) throw new NotFound(`Gift ${giftId} does not exist`);
  return toGiftView(data);
}

export async function byReceiptNumber(app: AppContext, receiptNumber: string): Promise<GiftItem> {
  const { data } = await app.store.entities.gift.query.byReceipt({ receiptNumber }).go({ limit: 1 });
  const gift = data[0];
  if (!gift) throw new NotFound(`Receipt ${receiptNumber} does not exist`);
  return gift;
}

/** A donor's gifts newest first, or a year's gifts by date: one Query either way. */
export async function list(
  app: AppContext,
  query: { customerId?: string | undefined; year?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<GiftView>> {
  const options = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  try {
    if (query.customerId) {
      const { data, cursor } = await app.store.entities.gift.query
        .byDonor({ customerId: query.customerId })
        .go({ ...options, order: "desc" });
      return { items: data.map(toGiftView), cursor: cursor ?? null };
    }
    if (query.year) {
      const { data, cursor } = await app.store.entities.gift.query.byYear({ year: query.year }).go(options);
      return { items: data.map(toGiftView), cursor: cursor ?? null };
    }
  } catch (error) {
    if (query.cursor && /cursor/i.test(String((error as Error).message))) {
      throw new InvalidInput("cursor is not one this listing handed out", { cursor: query.cursor });
    }
    throw error;
  }
  throw new InvalidInput("give either customerId or year");
}
