import type { Money } from "../money.js";

/** Integer minor units per ISO 4217 currency: money is never added across currencies. */
export type Totals = Record<string, number>;

export interface GiftRef {
  readonly giftId: string;
  readonly date: string;
  readonly amount: Money;
}

/** A donor's giving, kept on the donor profile by every gift and void (see gifts.ts). */
export interface GivingSummary {
  readonly giftCount: number;
  readonly lifetime: Totals;
  /** Per calendar year (the fiscal year), per currency. */
  readonly byYear: Record<string, Totals>;
  readonly first: GiftRef | null;
  readonly last: GiftRef | null;
  /** The largest gift in each currency. */
  readonly largest: Record<string, GiftRef>;
}

export interface CountedGift {
  readonly giftId: string;
  readonly date: string;
  readonly amountMinor: number;
  readonly currency: string;
}

export const emptySummary: GivingSummary = {
  giftCount: 0,
  lifetime: {},
  byYear: {},
  first: null,
  last: null,
  largest: {},
};

export function addTo(totals: Totals, currency: string, amountMinor: number): Totals {
  const next = { ...totals, [currency]: (totals[currency] ?? 0) + amountMinor };
  if (next[currency] === 0) delete next[currency];
  return next;
}

/** The gift that sorts first by date, then by id (ids are time-ordered ULIDs). */
function earlier(a: GiftRef, b: GiftRef): boolean {
  return a.date < b.date || (a.date === b.date && a.giftId < b.giftId);
}

function refOf(gift: CountedGift): GiftRef {
  return { giftId: gift.giftId, date: gift.date, amount: { amountMinor: gift.amountMinor, currency: gift.currency } };
}

/** The summary with one more gift counted. */
export function withGift(summary: GivingSummary, gift: CountedGift): GivingSummary {
  const ref = refOf(gift);
  const year = gift.date.slice(0, 4);
  const largest = summary.largest[gift.currency];
  const isLargest =
    !largest ||
    gift.amountMinor > largest.amount.amountMinor ||
    (gift.amountMinor === largest.amount.amountMinor && earlier(ref, largest));
  return {
    giftCount: summary.giftCount + 1,
    lifetime: addTo(summary.lifetime, gift.currency, gift.amountMinor),
    byYear: { ...summary.byYear, [year]: addTo(summary.byYear[year] ?? {}, gift.currency, gift.amountMinor) },
    first: !summary.first || earlier(ref, summary.first) ? ref : summary.first,
    last: !summary.last || earlier(summary.last, ref) ? ref : summary.last,
    largest: isLargest ? { ...summary.largest, [gift.currency]: ref } : summary.largest,
  };
}

/** The summary of a set of standing gifts: what a void recomputes from. */
export function summarize(gifts: readonly CountedGift[]): GivingSummary {
  return gifts.reduce(withGift, emptySummary);
}

/** Totals as the API shows them: a Money per currency, by currency code. */
export function totalsToMoney(totals: Totals): Money[] {
  return Object.entries(totals)
    .filter(([, amountMinor]) => amountMinor !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amountMinor]) => ({ amountMinor, currency }));
}
