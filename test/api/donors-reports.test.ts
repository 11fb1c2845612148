import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// A hand-checked fixture, reported for 2025 ("this year"; 2024 is "last year"):
//   Alma   2024, 2025        → neither list (gave this year)
//   Bento  2024              → LYBUNT, last gave 2024: USD 30.00
//   Celia  2022              → SYBUNT, last gave 2022
//   Dario  2021, 2023        → SYBUNT, last gave 2023: EUR 7.00
//   Elsa   2023, 2024 voided → SYBUNT, last gave 2023 (the voided 2024 gift does not count)
//   Fabio  2025              → neither list
//   Gil    2024 USD + EUR    → LYBUNT, totals per currency
let rt: TestRuntime;
const ids: Record<string, string> = {};
let campaignId: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  for (const name of ["Alma", "Bento", "Celia", "Dario", "Elsa", "Fabio", "Gil"]) {
    ids[name] = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: name } })).body.id;
  }
  campaignId = (
    await rt.request("POST", "/campaigns", {
      roles: ["admin"],
      body: { name: "Clean water", goal: { amountMinor: 10_000, currency: "USD" }, startDate: "2020-01-01" },
    })
  ).body.id;
  const give = async (name: string, date: string, amountMinor: number, currency = "USD", inCampaign = false) => {
    const response = await rt.request("POST", "/gifts", {
      body: {
        customerId: ids[name],
        amount: { amountMinor, currency },
        date,
        method: "cheque",
        ...(inCampaign ? { campaignId } : {}),
      },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  await give("Alma", "2024-03-01", 1000, "USD", true);
  await give("Alma", "2025-01-05", 1500, "USD", true);
  await give("Bento", "2024-03-20", 1000);
  await give("Bento", "2024-11-02", 2000);
  await give("Celia", "2022-07-07", 500);
  await give("Dario", "2021-01-01", 100, "EUR");
  await give("Dario", "2023-05-05", 700, "EUR", true);
  await give("Elsa", "2023-09-09", 900);
  const voided = await give("Elsa", "2024-09-09", 4000);
  await give("Fabio", "2025-02-02", 300);
  await give("Gil", "2024-03-15", 1200, "USD", true);
  await give("Gil", "2024-03-16", 800, "EUR");
  expect(
    (await rt.request("POST", `/gifts/${voided}/void`, { roles: ["supervisor"], body: { reason: "bounced" } })).status,
  ).toBe(200);
});
afterAll(async () => {
  await rt?.stop();
});

describe("donor retention", () => {
  it("LYBUNT and SYBUNT match the hand-checked fixture", async () => {
    const response = await rt.request("GET", "/reports/donors/retention?year=2025", { roles: ["viewer"] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      year: 2025,
      lybunt: [
        {
          customerId: ids.Bento,
          displayName: "Bento",
          lastGiftYear: 2024,
          lastGiftYearTotals: [{ amountMinor: 3000, currency: "USD" }],
        },
        {
          customerId: ids.Gil,
          displayName: "Gil",
          lastGiftYear: 2024,
          lastGiftYearTotals: [
            { amountMinor: 800, currency: "EUR" },
            { amountMinor: 1200, currency: "USD" },
          ],
        },
      ],
      sybunt: [
        {
          customerId: ids.Celia,
          displayName: "Celia",
          lastGiftYear: 2022,
          lastGiftYearTotals: [{ amountMinor: 500, currency: "USD" }],
        },
        {
          customerId: ids.Dario,
          displayName: "Dario",
          lastGiftYear: 2023,
          lastGiftYearTotals: [{ amountMinor: 700, currency: "EUR" }],
        },
        {
          customerId: ids.Elsa,
          displayName: "Elsa",
          lastGiftYear: 2023,
          lastGiftYearTotals: [{ amountMinor: 900, currency: "USD" }],
        },
      ],
    });
  });

  it("relative to another year, the lists change accordingly", async () => {
    const report = (await rt.request("GET", "/reports/donors/retention?year=2024")).body;
    expect(report.lybunt.map((d: { displayName: string }) => d.displayName)).toEqual(["Dario", "Elsa"]);
    expect(report.sybunt.map((d: { displayName: string }) => d.displayName)).toEqual(["Celia"]);
  });

  it("answers CSV for ?format=csv and for Accept: text/csv", async () => {
    const byQuery = await rt.request("GET", "/reports/donors/retention?year=2025&format=csv");
    expect(byQuery.status).toBe(200);
    expect(byQuery.contentType).toBe("text/csv; charset=utf-8");
    const rows = parse(byQuery.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.list} ${r.displayName} ${r.lastGiftYear} ${r.amountMinor} ${r.currency}`)).toEqual([
      "lybunt Bento 2024 3000 USD",
      "lybunt Gil 2024 800 EUR",
      "lybunt Gil 2024 1200 USD",
      "sybunt Celia 2022 500 USD",
      "sybunt Dario 2023 700 EUR",
      "sybunt Elsa 2023 900 USD",
    ]);
    const byAccept = await rt.request("GET", "/reports/donors/retention?year=2025", {
      headers: { accept: "text/csv" },
    });
    expect(byAccept.body).toBe(byQuery.body);
  });
});

describe("board reports", () => {
  it("giving by month totals standing gifts per month and currency", async () => {
    const response = await rt.request("GET", "/reports/donors/giving-by-month?year=2024");
    expect(response.body).toEqual({
      year: 2024,
      months: [
        { month: "2024-03", currency: "EUR", amountMinor: 800, giftCount: 1, donorCount: 1 },
        { month: "2024-03", currency: "USD", amountMinor: 3200, giftCount: 3, donorCount: 3 },
        { month: "2024-11", currency: "USD", amountMinor: 2000, giftCount: 1, donorCount: 1 },
      ],
    });
    const csv = await rt.request("GET", "/reports/donors/giving-by-month?year=2024&format=csv");
    expect(csv.body.split("\r\n")[0] ?? csv.body.split("\n")[0]).toContain(
      "month,currency,amountMinor,giftCount,donorCount",
    );
  });

  it("campaign progress shows raised per currency against the goal", async () => {
    const response = await rt.request("GET", "/reports/donors/campaigns");
    expect(response.body.campaigns).toEqual([
      {
        id: campaignId,
        name: "Clean water",
        status: "open",
        goal: { amountMinor: 10_000, currency: "USD" },
        raised: [
          { amountMinor: 700, currency: "EUR" },
          { amountMinor: 3700, currency: "USD" },
        ],
        giftCount: 4,
        donorCount: 3,
        percentOfGoal: 37,
      },
    ]);
  });
});
