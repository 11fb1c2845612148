import { Timers } from "@caseline/core";
import { nextDueAfter, recurringCheckTimer, recurringDueTimer } from "@caseline/core/donors/recurring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(async () => {
  await rt?.stop();
});

async function newCustomer(displayName: string) {
  return (await rt.request("POST", "/customers", { body: { kind: "person", displayName } })).body.id as string;
}

const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

async function recurring(id: string) {
  const response = await rt.request("GET", `/recurring-gifts/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

describe("recurring gifts over the real timer loop", () => {
  it("the timer produces the installment at its due instant; a payment is matched to it and nothing is missed", async () => {
    const customerId = await newCustomer("Diana Faro");
    const dueAt = soon(1500);
    const created = await rt.request("POST", "/recurring-gifts", {
      body: {
        customerId,
        amount: { amountMinor: 2500, currency: "GBP" },
        frequency: "monthly",
        nextDueAt: dueAt,
        graceSeconds: 2,
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await recurring(id)).installments).toEqual([]);

    const due = await eventually(async () => {
      const now = await recurring(id);
      return now.installments.length ? now : undefined;
    });
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(due.installments).toEqual([{ dueAt, amount: { amountMinor: 2500, currency: "GBP" }, status: "expected" }]);
    expect(due.nextDueAt).toBe(nextDueAfter(dueAt, "monthly"));

    const payment = await rt.request("POST", "/gifts", {
      body: {
        customerId,
        amount: { amountMinor: 2500, currency: "GBP" },
        date: new Date().toISOString().slice(0, 10),
        method: "card",
        recurringGiftId: id,
      },
    });
    expect(payment.status).toBe(201);
    expect(payment.body.installmentDueAt).toBe(dueAt);
    // After the grace period the check finds it paid: nothing missed.
    const checked = recurringCheckTimer(id, dueAt, 2);
    await eventually(async () => {
      const { data } = await rt.app.store.entities.timerFiring
        .get({ timerName: checked.timerName, dueAt: checked.dueAt })
        .go();
      return data ?? undefined;
    });
    const after = await recurring(id);
    expect(after).toMatchObject({ status: "active", missedCount: 0 });
    expect(after.installments).toEqual([
      { dueAt, amount: { amountMinor: 2500, currency: "GBP" }, status: "received", giftId: payment.body.id },
    ]);
  });

  it("lapses after the set number of misses and opens one donor case", async () => {
    const customerId = await newCustomer("Eva Lopes");
    const firstDue = soon(1000);
    const created = await rt.request("POST", "/recurring-gifts", {
      body: {
        customerId,
        amount: { amountMinor: 1000, currency: "USD" },
        frequency: "quarterly",
        nextDueAt: firstDue,
        graceSeconds: 1,
        lapseAfterMissed: 2,
      },
    });
    const id = created.body.id;
    // First installment: produced and missed by the real timer loop.
    const missedOnce = await eventually(async () => {
      const now = await recurring(id);
      return now.missedCount === 1 ? now : undefined;
    });
    expect(missedOnce.status).toBe("active");
    expect(missedOnce.installments.map((i: { status: string }) => i.status)).toEqual(["missed"]);

    // The second due instant is three months away: deliver its timers as the scheduler would then.
    const secondDue = missedOnce.nextDueAt;
    expect(await Timers.fire(rt.app, recurringDueTimer(id, secondDue))).toBe("fired");
    expect(await Timers.fire(rt.app, recurringDueTimer(id, secondDue))).toBe("already-fired");
    const check = recurringCheckTimer(id, secondDue, 1);
    expect(await Timers.fire(rt.app, check)).toBe("fired");
    expect(await Timers.fire(rt.app, check)).toBe("already-fired");

    const lapsed = await recurring(id);
    expect(lapsed).toMatchObject({ status: "lapsed", missedCount: 2 });
    expect(lapsed.installments.map((i: { status: string }) => i.status)).toEqual(["missed", "missed"]);
    const cases = (await rt.request("GET", `/cases?customerId=${customerId}`)).body.items;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ type: "donor_request", category: "recurring_lapsed", status: "new" });
    // A lapsed gift produces no more installments.
    expect(await Timers.fire(rt.app, recurringDueTimer(id, lapsed.nextDueAt))).toBe("stale");
  });
});
