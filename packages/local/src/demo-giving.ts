import { type AppContext, Donors, type RequestMeta } from "@caseline/core";

const { Campaigns, Gifts, Pledges, RecurringGifts } = Donors;

const methods = ["card", "card", "bank_transfer", "cheque", "cash"] as const;

/**
 * A few years of giving for the demo's first donors, through the donor services (so receipts,
 * totals and audit trails are real): a campaign a year, one to three gifts in the years each donor
 * gave (some stop giving, so the retention reports have LYBUNT and SYBUNT donors), a few in other
 * currencies, recurring gifts and pledges. Deterministic for a given generator.
 */
export async function loadDemoGiving(
  app: AppContext,
  meta: RequestMeta,
  donors: readonly string[],
  rnd: { next: () => number; int: (min: number, max: number) => number },
  log: (message: string) => void,
): Promise<void> {
  const today = new Date();
  const thisYear = today.getUTCFullYear();
  const years = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  const campaigns = new Map<number, { id: string; version: number }>();
  for (const year of years) {
    const campaign = await Campaigns.create(app, meta, {
      name: `Annual appeal ${year}`,
      goal: { amountMinor: 5_000_000, currency: "USD" },
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    });
    campaigns.set(year, campaign);
  }
  let gifts = 0;
  const lastDay = (year: number) => (year === thisYear ? today.getUTCMonth() * 30 + today.getUTCDate() : 364);
  for (const [index, customerId] of donors.entries()) {
    // Each donor gives from a first year to a last year, with the odd year skipped.
    const first = rnd.int(0, 3);
    const last = rnd.int(first, 3);
    const currency = index % 7 === 3 ? "EUR" : index % 11 === 5 ? "BRL" : "USD";
    for (let y = first; y <= last; y++) {
      if (y > first && y < last && rnd.next() < 0.2) continue;
      const year = years[y] as number;
      for (let g = rnd.int(1, 3); g > 0; g--) {
        const date = new Date(Date.UTC(year, 0, 1) + rnd.int(0, Math.max(0, lastDay(year) - 1)) * 86_400_000);
        const inCampaign = rnd.next() < 0.6;
        await Gifts.record(app, meta, {
          customerId,
          amount: { amountMinor: rnd.int(5, 500) * 100, currency },
          date: date.toISOString().slice(0, 10),
          method: methods[rnd.int(0, methods.length - 1)] ?? "card",
          ...(inCampaign ? { campaignId: campaigns.get(year)?.id } : {}),
          ...(rnd.next() < 0.1 ? { softCredits: [{ type: "in_memory_of" as const, name: "A dear friend" }] } : {}),
        });
        gifts++;
      }
    }
    if (index % 10 === 0) {
      await RecurringGifts.create(app, meta, {
        customerId,
        amount: { amountMinor: 2500, currency },
        frequency: "monthly",
        startDate: new Date(Date.UTC(thisYear + 1, 0, 1)).toISOString().slice(0, 10),
      });
    }
    if (index % 15 === 1) {
      await Pledges.create(app, meta, {
        customerId,
        total: { amountMinor: 120_000, currency },
        schedule: [
          { dueDate: `${thisYear + 1}-03-01`, amountMinor: 60_000 },
          { dueDate: `${thisYear + 1}-09-01`, amountMinor: 60_000 },
        ],
      });
    }
  }
  // Past years' appeals are over.
  for (const year of years.slice(0, -1)) {
    const campaign = campaigns.get(year);
    if (campaign) await Campaigns.update(app, meta, campaign.id, { status: "closed" }, campaign.version);
  }
  log(`${donors.length} donors, ${gifts} gifts over ${years.length} years, ${campaigns.size} campaigns`);
}
