import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(async () => {
  await rt?.stop();
});

async function newCustomer(displayName = "Ana Beira") {
  const created = await rt.request("POST", "/customers", { body: { kind: "person", displayName } });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function newCampaign(goal = { amountMinor: 1_000_000, currency: "USD" }) {
  const created = await rt.request("POST", "/campaigns", {
    roles: ["supervisor"],
    body: { name: "River clean-up", goal, startDate: "2020-01-01" },
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; version: number };
}

const money = (amountMinor: number, currency = "USD") => ({ amountMinor, currency });

describe("invalid input is a 4xx with nothing written", () => {
  it("refuses bad amounts, currencies, dates, customers, closed campaigns and overpaid pledges", async () => {
    const customerId = await newCustomer();
    const closed = await newCampaign();
    const closing = await rt.request("PATCH", `/campaigns/${closed.id}`, {
      roles: ["supervisor"],
      body: { status: "closed" },
      headers: { "if-match": `"${closed.version}"` },
    });
    expect(closing.status).toBe(200);
    const pledge = await rt.request("POST", "/pledges", {
      body: {
        customerId,
        total: money(10_000),
        schedule: [
          { dueDate: "2030-01-01", amountMinor: 4000 },
          { dueDate: "2030-06-01", amountMinor: 6000 },
        ],
      },
    });
    expect(pledge.status).toBe(201);
    const gift = { customerId, amount: money(1000), date: "2025-01-10", method: "cash" };
    const before = await rt.quietSnapshot();
    const refused: [string, string, unknown, number][] = [
      ["POST", "/gifts", { ...gift, amount: money(-5) }, 400],
      ["POST", "/gifts", { ...gift, amount: money(0) }, 400],
      ["POST", "/gifts", { ...gift, amount: money(12.5) }, 400],
      ["POST", "/gifts", { ...gift, amount: { amountMinor: "100", currency: "USD" } }, 400],
      ["POST", "/gifts", { ...gift, amount: money(100, "XYZ") }, 400],
      ["POST", "/gifts", { ...gift, amount: money(100, "usd") }, 400],
      ["POST", "/gifts", { ...gift, method: "bitcoin" }, 400],
      ["POST", "/gifts", { ...gift, date: "2025-02-30" }, 400],
      ["POST", "/gifts", { ...gift, date: "2999-01-01" }, 422],
      ["POST", "/gifts", { ...gift, customerId: "NO-SUCH-CUSTOMER" }, 422],
      ["POST", "/gifts", { ...gift, campaignId: "NO-SUCH-CAMPAIGN" }, 422],
      ["POST", "/gifts", { ...gift, campaignId: closed.id }, 422],
      ["POST", "/gifts", { ...gift, recurringGiftId: "NO-SUCH-RECURRING" }, 422],
      [
        "POST",
        `/pledges/${pledge.body.id}/payments`,
        { amount: money(10_001), date: "2025-01-10", method: "card" },
        422,
      ],
      [
        "POST",
        `/pledges/${pledge.body.id}/payments`,
        { amount: money(500, "EUR"), date: "2025-01-10", method: "card" },
        422,
      ],
      ["POST", `/pledges/${pledge.body.id}/payments`, { amount: money(0), date: "2025-01-10", method: "card" }, 400],
      ["POST", "/pledges/NO-SUCH-PLEDGE/payments", { amount: money(10), date: "2025-01-10", method: "card" }, 404],
      [
        "POST",
        "/pledges",
        { customerId, total: money(100), schedule: [{ dueDate: "2030-01-01", amountMinor: 99 }] },
        400,
      ],
      ["POST", "/campaigns", { name: "X", goal: money(0), startDate: "2025-01-01" }, 400],
      ["POST", "/campaigns", { name: "X", goal: money(100, "ABC"), startDate: "2025-01-01" }, 400],
      [
        "POST",
        "/recurring-gifts",
        { customerId, amount: money(-1), frequency: "monthly", startDate: "2030-01-01" },
        400,
      ],
      ["POST", "/gifts/NO-SUCH-GIFT/void", { reason: "typo" }, 404],
    ];
    for (const [method, path, body, status] of refused) {
      const response = await rt.request(method, path, { body, roles: ["admin"] });
      expect({ path, body, status: response.status }).toEqual({ path, body, status });
      expect(response.contentType).toBe("application/problem+json");
    }
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});

describe("voids", () => {
  it("a void reverses the donor's and the campaign's totals and voids the receipt, once", async () => {
    const customerId = await newCustomer("Bruno Sá");
    const campaign = await newCampaign();
    const record = (amountMinor: number, date: string) =>
      rt.request("POST", "/gifts", {
        body: { customerId, amount: money(amountMinor), date, method: "card", campaignId: campaign.id },
      });
    const small = (await record(1000, "2024-01-01")).body;
    const large = (await record(9000, "2024-02-01")).body;
    const last = (await record(2000, "2024-03-01")).body;

    const voided = await rt.request("POST", `/gifts/${large.id}/void`, {
      roles: ["supervisor"],
      body: { kind: "refund", reason: "Donor asked for it back" },
    });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: "voided", receiptStatus: "void", receiptNumber: large.receiptNumber });
    expect(voided.body.reversal).toMatchObject({ kind: "refund", reason: "Donor asked for it back" });

    const donor = (await rt.request("GET", `/customers/${customerId}/donor`)).body;
    expect(donor.giving).toMatchObject({
      giftCount: 2,
      lifetime: [money(3000)],
      firstGift: { giftId: small.id },
      lastGift: { giftId: last.id },
      largestGifts: [{ giftId: last.id, amount: money(2000) }],
    });
    const totals = (await rt.request("GET", `/campaigns/${campaign.id}`)).body;
    expect(totals).toMatchObject({ raised: [money(3000)], giftCount: 2, donorCount: 1 });

    const again = await rt.request("POST", `/gifts/${large.id}/void`, { roles: ["supervisor"], body: { reason: "x" } });
    expect(again.status).toBe(409);
    expect(
      (await rt.request("POST", `/gifts/${small.id}/void`, { roles: ["agent"], body: { reason: "x" } })).status,
    ).toBe(403);
    // The gift itself stays: a void is a reversing entry, not a deletion.
    expect((await rt.request("GET", `/gifts/${large.id}`)).body.status).toBe("voided");
  });

  it("campaign and donor totals equal the sum of their standing gifts after any sequence of gifts and voids", async () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("gift" as const),
        donor: fc.integer({ min: 0, max: 2 }),
        amountMinor: fc.integer({ min: 1, max: 5_000_000 }),
        currency: fc.constantFrom("USD", "EUR", "JPY"),
        date: fc.constantFrom("2023-05-01", "2024-01-15", "2024-12-31"),
        inCampaign: fc.boolean(),
      }),
      fc.record({ kind: fc.constant("void" as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const donors = [await newCustomer("P One"), await newCustomer("P Two"), await newCustomer("P Three")];
        const campaign = await newCampaign();
        const gifts: {
          id: string;
          customerId: string;
          amountMinor: number;
          currency: string;
          date: string;
          inCampaign: boolean;
          voided: boolean;
        }[] = [];
        for (const step of ops) {
          if (step.kind === "gift") {
            const customerId = donors[step.donor] as string;
            const response = await rt.request("POST", "/gifts", {
              body: {
                customerId,
                amount: money(step.amountMinor, step.currency),
                date: step.date,
                method: "bank_transfer",
                ...(step.inCampaign ? { campaignId: campaign.id } : {}),
              },
            });
            expect(response.status).toBe(201);
            gifts.push({ id: response.body.id, customerId, ...step, voided: false });
          } else {
            const standing = gifts.filter((g) => !g.voided);
            const target = standing[step.pick % Math.max(1, standing.length)];
            if (!target) continue;
            const response = await rt.request("POST", `/gifts/${target.id}/void`, {
              roles: ["supervisor"],
              body: { reason: "property" },
            });
            expect(response.status).toBe(200);
            target.voided = true;
          }
        }
        const fold = (list: typeof gifts) => {
          const totals: Record<string, number> = {};
          for (const g of list) totals[g.currency] = (totals[g.currency] ?? 0) + g.amountMinor;
          return Object.entries(totals)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([currency, amountMinor]) => ({ amountMinor, currency }));
        };
        const standing = gifts.filter((g) => !g.voided);
        const inCampaign = standing.filter((g) => g.inCampaign);
        const campaignNow = (await rt.request("GET", `/campaigns/${campaign.id}`)).body;
        expect(campaignNow.raised).toEqual(fold(inCampaign));
        expect(campaignNow.giftCount).toBe(inCampaign.length);
        expect(campaignNow.donorCount).toBe(new Set(inCampaign.map((g) => g.customerId)).size);
        for (const customerId of donors) {
          const mine = standing.filter((g) => g.customerId === customerId);
          const { giving } = (await rt.request("GET", `/customers/${customerId}/donor`)).body;
          expect(giving.giftCount).toBe(mine.length);
          expect(giving.lifetime).toEqual(fold(mine));
          const byDate = [...mine].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
          expect(giving.firstGift?.giftId ?? null).toBe(byDate[0]?.id ?? null);
          expect(giving.lastGift?.giftId ?? null).toBe(byDate.at(-1)?.id ?? null);
          for (const largest of giving.largestGifts) {
            const max = Math.max(
              ...mine.filter((g) => g.currency === largest.amount.currency).map((g) => g.amountMinor),
            );
            expect(largest.amount.amountMinor).toBe(max);
          }
        }
        // The donor-year items the retention reports read agree too.
        for (const customerId of donors) {
          const { data } = await rt.app.store.entities.donorYear.query.record({ customerId }).go({ pages: "all" });
          for (const item of data) {
            const mine = standing.filter(
              (g) => g.customerId === customerId && g.date.startsWith(item.year) && g.currency === item.currency,
            );
            expect(item.amountMinor).toBe(mine.reduce((sum, g) => sum + g.amountMinor, 0));
            expect(item.giftCount).toBe(mine.length);
          }
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

describe("pledges", () => {
  it("balance and status follow payments: open, overdue, fulfilled; a void reopens it", async () => {
    const customerId = await newCustomer("Clara Reis");
    const created = await rt.request("POST", "/pledges", {
      body: {
        customerId,
        total: money(9000, "EUR"),
        schedule: [
          { dueDate: "2020-01-01", amountMinor: 3000 },
          { dueDate: "2020-02-01", amountMinor: 3000 },
          { dueDate: "2099-01-01", amountMinor: 3000 },
        ],
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // Two installments are past and nothing is paid: overdue.
    expect(created.body).toMatchObject({ status: "overdue", balance: money(9000, "EUR"), paid: money(0, "EUR") });
    const pay = (amountMinor: number) =>
      rt.request("POST", `/pledges/${id}/payments`, {
        body: { amount: money(amountMinor, "EUR"), date: "2024-06-01", method: "bank_transfer" },
      });
    const first = await pay(6000);
    expect(first.status).toBe(201);
    expect(first.body.pledge).toMatchObject({ status: "open", paid: money(6000, "EUR"), balance: money(3000, "EUR") });
    expect(first.body.gift).toMatchObject({ pledgeId: id, amount: money(6000, "EUR") });
    expect(first.body.gift.receiptNumber).toMatch(/^R-2024-\d{6}$/);
    expect((await pay(3001)).status).toBe(422);
    const last = await pay(3000);
    expect(last.body.pledge).toMatchObject({ status: "fulfilled", balance: money(0, "EUR") });
    expect((await pay(1)).status).toBe(422);

    await rt.request("POST", `/gifts/${last.body.gift.id}/void`, { roles: ["admin"], body: { reason: "bounced" } });
    expect((await rt.request("GET", `/pledges/${id}`)).body).toMatchObject({
      status: "open",
      balance: money(3000, "EUR"),
    });
    const listed = await rt.request("GET", `/pledges?customerId=${customerId}`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
  });
});

describe("Idempotency-Key on the donor creates", () => {
  it("concurrent POSTs with one key make one campaign, gift, pledge or recurring gift; a retry writes nothing", async () => {
    const customerId = await newCustomer("Keyed Donor");
    const creates: [path: string, body: unknown][] = [
      ["/campaigns", { name: "Keyed once", goal: money(50_000), startDate: "2020-01-01" }],
      ["/gifts", { customerId, amount: money(1200), date: "2025-03-01", method: "card" }],
      ["/pledges", { customerId, total: money(4000), schedule: [{ dueDate: "2099-01-01", amountMinor: 4000 }] }],
      ["/recurring-gifts", { customerId, amount: money(700), frequency: "monthly", startDate: "2099-01-01" }],
    ];
    for (const [path, body] of creates) {
      const send = () =>
        rt.request("POST", path, { body, roles: ["supervisor"], headers: { "idempotency-key": `once${path}` } });
      const responses = await Promise.all(Array.from({ length: 8 }, send));
      expect({ path, statuses: responses.map((r) => r.status) }).toEqual({ path, statuses: Array(8).fill(201) });
      for (const response of responses) expect(response.body).toEqual(responses[0]!.body);
      const before = await rt.quietSnapshot();
      const retry = await send();
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(responses[0]!.body);
      expect(await rt.quietSnapshot()).toEqual(before);
    }
    for (const path of ["/gifts", "/pledges", "/recurring-gifts"]) {
      const listed = await rt.request("GET", `${path}?customerId=${customerId}`);
      expect({ path, count: listed.body.items.length }).toEqual({ path, count: 1 });
    }
    const campaigns = await rt.request("GET", "/campaigns?limit=100");
    expect(campaigns.body.items.filter((c: { name: string }) => c.name === "Keyed once")).toHaveLength(1);
  });
});
