import { stringify } from "csv-stringify/sync";
import type { z } from "zod";
import type { AppContext } from "../context.js";
import type { campaignProgressReport, givingByMonthReport, retentionReport } from "./schemas.js";
import { addTo, type Totals, totalsToMoney } from "./summary.js";
import { toCampaignView } from "./views.js";

/**
 * Board reports. Each is a few Queries (never a Scan): campaigns from their one partition, a year's
 * gifts from the year's partition, and donor-years by year. The fiscal year is the calendar year.
 */
export type CampaignProgress = z.infer<typeof campaignProgressReport>;
export type GivingByMonth = z.infer<typeof givingByMonthReport>;
export type Retention = z.infer<typeof retentionReport>;

export async function campaignProgress(app: AppContext): Promise<CampaignProgress> {
  const { data } = await app.store.entities.campaign.query.all({}).go({ pages: "all" });
  return {
    campaigns: data.map((item) => {
      const view = toCampaignView(item);
      const raised = BigInt((item.totals as { raised: Totals }).raised[view.goal.currency] ?? 0);
      return {
        id: view.id,
        name: view.name,
        status: view.status,
        goal: view.goal,
        raised: view.raised,
        giftCount: view.giftCount,
        donorCount: view.donorCount,
        percentOfGoal: Number((raised * 100n) / BigInt(view.goal.amountMinor)),
      };
    }),
  };
}

export async function givingByMonth(app: AppContext, year: number): Promise<GivingByMonth> {
  const { data } = await app.store.entities.gift.query
    .byYear({ year: String(year) })
    .where((attr, op) => op.eq(attr.status, "recorded"))
    .go({ pages: "all" });
  const rows = new Map<string, { amountMinor: number; giftCount: number; donors: Set<string> }>();
  for (const gift of data) {
    const key = `${gift.date.slice(0, 7)} ${gift.currency}`;
    const row = rows.get(key) ?? { amountMinor: 0, giftCount: 0, donors: new Set<string>() };
    row.amountMinor += gift.amountMinor;
    row.giftCount += 1;
    row.donors.add(gift.customerId);
    rows.set(key, row);
  }
  return {
    year,
    months: [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, row]) => {
        const [month = "", currency = ""] = key.split(" ");
        return { month, currency, amountMinor: row.amountMinor, giftCount: row.giftCount, donorCount: row.donors.size };
      }),
  };
}

interface DonorYears {
  /** year → totals, only years with standing gifts. */
  readonly years: Map<number, Totals>;
}

/**
 * LYBUNT: gave last year but not this year. SYBUNT: gave in some year before last year, but neither
 * last year nor this year (the usual definition, so the two lists do not overlap).
 */
export async function retention(app: AppContext, year: number): Promise<Retention> {
  const byYear = app.store.entities.donorYear.query;
  const [thisYear, lastYear, earlier] = await Promise.all([
    byYear.byYear({ year: String(year) }).go({ pages: "all" }),
    byYear.byYear({ year: String(year - 1) }).go({ pages: "all" }),
    byYear
      .byYear({})
      .lt({ year: String(year - 1) })
      .go({ pages: "all" }),
  ]);
  const donors = new Map<string, DonorYears>();
  for (const item of [...thisYear.data, ...lastYear.data, ...earlier.data]) {
    if (item.giftCount <= 0) continue;
    const donor = donors.get(item.customerId) ?? { years: new Map<number, Totals>() };
    const itemYear = Number(item.year);
    donor.years.set(itemYear, addTo(donor.years.get(itemYear) ?? {}, item.currency, item.amountMinor));
    donors.set(item.customerId, donor);
  }
  const lybunt: string[] = [];
  const sybunt: string[] = [];
  for (const [customerId, { years }] of donors) {
    if (years.has(year)) continue;
    if (years.has(year - 1)) lybunt.push(customerId);
    else sybunt.push(customerId);
  }
  const names = await displayNames(app, [...lybunt, ...sybunt]);
  const row = (customerId: string) => {
    const years = donors.get(customerId)?.years ?? new Map<number, Totals>();
    const lastGiftYear = Math.max(...[...years.keys()].filter((y) => y < year));
    return {
      customerId,
      displayName: names.get(customerId) ?? "",
      lastGiftYear,
      lastGiftYearTotals: totalsToMoney(years.get(lastGiftYear) ?? {}),
    };
  };
  const byName = (a: { displayName: string; customerId: string }, b: { displayName: string; customerId: string }) =>
    a.displayName.localeCompare(b.displayName) || (a.customerId < b.customerId ? -1 : 1);
  return { year, lybunt: lybunt.map(row).sort(byName), sybunt: sybunt.map(row).sort(byName) };
}

async function displayNames(app: AppContext, customerIds: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < customerIds.length; start += 100) {
    const keys = customerIds.slice(start, start + 100).map((customerId) => ({ customerId }));
    const { data } = await app.store.entities.customer.get(keys).go({ attributes: ["customerId", "displayName"] });
    for (const customer of data) names.set(customer.customerId, customer.displayName);
  }
  return names;
}

// ---- CSV (RFC 4180), one row per line of the report ----

export function campaignProgressCsv(report: CampaignProgress): string {
  return stringify(
    report.campaigns.flatMap((c) =>
      (c.raised.length ? c.raised : [{ amountMinor: 0, currency: c.goal.currency }]).map((raised) => ({
        campaignId: c.id,
        name: c.name,
        status: c.status,
        goalMinor: c.goal.amountMinor,
        goalCurrency: c.goal.currency,
        raisedMinor: raised.amountMinor,
        raisedCurrency: raised.currency,
        giftCount: c.giftCount,
        donorCount: c.donorCount,
        percentOfGoal: c.percentOfGoal,
      })),
    ),
    { header: true, columns: csvColumns.campaigns },
  );
}

export function givingByMonthCsv(report: GivingByMonth): string {
  return stringify(report.months, { header: true, columns: csvColumns.months });
}

export function retentionCsv(report: Retention): string {
  const rows = (list: "lybunt" | "sybunt") =>
    report[list].flatMap((donor) =>
      donor.lastGiftYearTotals.map((total) => ({
        list,
        customerId: donor.customerId,
        displayName: donor.displayName,
        lastGiftYear: donor.lastGiftYear,
        amountMinor: total.amountMinor,
        currency: total.currency,
      })),
    );
  return stringify([...rows("lybunt"), ...rows("sybunt")], { header: true, columns: csvColumns.retention });
}

const csvColumns = {
  campaigns: [
    "campaignId",
    "name",
    "status",
    "goalMinor",
    "goalCurrency",
    "raisedMinor",
    "raisedCurrency",
    "giftCount",
    "donorCount",
    "percentOfGoal",
  ],
  months: ["month", "currency", "amountMinor", "giftCount", "donorCount"],
  retention: ["list", "customerId", "displayName", "lastGiftYear", "amountMinor", "currency"],
};
