import type { DomainEvent } from "@caseline/core/events/domain-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

// The end-to-end check over the real runtime (engine, gateway, stream, bus, timer loop): a 1-minute
// first-response target with a 50% warning on the built-in 24×7 calendar. The sweep is switched off here,
// so what fires is the timers alone. Three cases run side by side: untouched, paused before the warning,
// and answered before the breach.

let rt: TestRuntime;
const seen: { event: DomainEvent; at: number }[] = [];

beforeAll(async () => {
  rt = await startTestRuntime({ slaSweepIntervalMs: 3_600_000 });
  rt.runtime.bus.subscribe((event) => seen.push({ event, at: Date.now() }));
});
afterAll(async () => {
  await rt?.stop();
});

const secondsBetween = (a: string | number, b: string | number) =>
  Math.abs(Date.parse(String(a)) - Date.parse(String(b))) / 1000;
const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();
const sleepUntil = (epochMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));

function slaEvents(caseId: string, type: "sla.warning" | "sla.breached") {
  return seen.filter(({ event }) => event.type === type && (event.detail as { caseId: string }).caseId === caseId);
}

async function transition(caseId: string, to: string) {
  const current = await rt.request("GET", `/cases/${caseId}`);
  const moved = await rt.request("POST", `/cases/${caseId}/transitions`, {
    body: { to },
    headers: { "if-match": current.headers.get("etag")! },
  });
  expect(moved.status).toBe(200);
  return moved.body;
}

describe("SLA timers on the real runtime", () => {
  it("warns at 50% and breaches at 100% exactly once, within 2 s; a pause moves both; a reply cancels the breach", async () => {
    const policy = await rt.request("POST", "/sla-policies", {
      roles: ["admin"],
      body: {
        name: "One-minute first response",
        position: 1,
        calendarId: "24x7",
        metrics: { firstResponse: { targets: { normal: 1 }, warning: { percent: 50 } } },
        escalationQueue: "escalations",
      },
    });
    expect(policy.status).toBe(201);
    const queue = await rt.request("PUT", "/queues/escalations", {
      roles: ["admin"],
      body: { supervisors: ["sup-1", "sup-2"] },
    });
    expect(queue.status).toBe(200);
    const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Ana Souza" } });
    const open = (subject: string) =>
      rt.request("POST", "/cases", { body: { customerId: customer.body.id, subject, type: "incident" } });
    const [untouched, paused, answered] = (
      await Promise.all([open("Untouched"), open("Paused"), open("Answered")])
    ).map((response) => response.body);
    const assigned = await rt.request("PATCH", `/cases/${untouched.id}`, {
      body: { assigneeId: "agent-7" },
      headers: { "if-match": '"1"' },
    });
    expect(assigned.status).toBe(200);

    // Paused: open at once, pending_customer from ~5 s to ~15 s (before the 30 s warning).
    const t0 = Date.parse(paused.createdAt);
    await transition(paused.id, "open");
    await sleepUntil(t0 + 5_000);
    await transition(paused.id, "pending_customer");
    await sleepUntil(t0 + 15_000);
    const resumed = await transition(paused.id, "open");

    // Answered: a public agent reply at ~40 s, after its warning and before its breach.
    await sleepUntil(Date.parse(answered.createdAt) + 40_000);
    const reply = await rt.request("POST", `/cases/${answered.id}/interactions`, {
      body: { channel: "email", direction: "outbound", summary: "We are on it" },
    });
    expect(reply.status).toBe(201);

    // Wait past every due instant, then a little more so a duplicate would have time to show.
    await eventually(async () => (slaEvents(paused.id, "sla.breached").length > 0 ? true : undefined), 90_000, 100);
    await sleepUntil(Date.parse(untouched.createdAt) + 66_000);
    await rt.runtime.settle();

    // Untouched: warning at +30 s, breach at +60 s, each exactly once and within 2 s.
    const [warning] = slaEvents(untouched.id, "sla.warning");
    const [breach] = slaEvents(untouched.id, "sla.breached");
    expect(slaEvents(untouched.id, "sla.warning")).toHaveLength(1);
    expect(slaEvents(untouched.id, "sla.breached")).toHaveLength(1);
    expect(warning!.event.detail).toMatchObject({ metric: "firstResponse", warningAt: plus(untouched.createdAt, 30) });
    expect(breach!.event.detail).toMatchObject({ metric: "firstResponse", dueAt: plus(untouched.createdAt, 60) });
    expect(secondsBetween(warning!.event.occurredAt, plus(untouched.createdAt, 30))).toBeLessThanOrEqual(2);
    expect(secondsBetween(breach!.event.occurredAt, plus(untouched.createdAt, 60))).toBeLessThanOrEqual(2);
    expect((breach!.at - Date.parse(plus(untouched.createdAt, 60))) / 1000).toBeLessThanOrEqual(2);

    // ... with the escalation applied: one priority step up, the escalation queue, and a notification each.
    const escalated = await rt.request("GET", `/cases/${untouched.id}`);
    expect(escalated.body).toMatchObject({ priority: "high", queue: "escalations", assigneeId: "agent-7" });
    expect(breach!.event.detail).toMatchObject({ priority: "high", queue: "escalations" });
    expect([...(breach!.event.detail as { notified: string[] }).notified].sort()).toEqual([
      "agent-7",
      "sup-1",
      "sup-2",
    ]);
    for (const sub of ["agent-7", "sup-1", "sup-2"]) {
      const token = await rt.runtime.token({ sub, roles: ["agent"] });
      const mine = await rt.request("GET", "/notifications", { headers: { authorization: `Bearer ${token}` } });
      expect(mine.body.items.filter((n: { caseId: string }) => n.caseId === untouched.id)).toHaveLength(1);
    }
    const audit = await rt.request("GET", `/audit?entityType=case&entityId=${untouched.id}`, { roles: ["supervisor"] });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(["sla_warning", "sla_breach"]),
    );

    // Paused: both instants moved by exactly the time spent in pending_customer.
    const history = resumed.statusHistory as { to: string; at: string }[];
    const pausedFor =
      (Date.parse(history.find((h) => h.to === "open" && Date.parse(h.at) > t0 + 10_000)!.at) -
        Date.parse(history.find((h) => h.to === "pending_customer")!.at)) /
      1000;
    expect(pausedFor).toBeGreaterThan(9);
    const pausedWarning = slaEvents(paused.id, "sla.warning");
    const pausedBreach = slaEvents(paused.id, "sla.breached");
    expect(pausedWarning).toHaveLength(1);
    expect(pausedBreach).toHaveLength(1);
    const expectedWarning = plus(paused.createdAt, 30 + pausedFor);
    const expectedBreach = plus(paused.createdAt, 60 + pausedFor);
    expect(
      secondsBetween((pausedWarning[0]!.event.detail as { warningAt: string }).warningAt, expectedWarning),
    ).toBeLessThan(0.01);
    expect(secondsBetween((pausedBreach[0]!.event.detail as { dueAt: string }).dueAt, expectedBreach)).toBeLessThan(
      0.01,
    );
    expect(secondsBetween(pausedWarning[0]!.event.occurredAt, expectedWarning)).toBeLessThanOrEqual(2);
    expect(secondsBetween(pausedBreach[0]!.event.occurredAt, expectedBreach)).toBeLessThanOrEqual(2);

    // Answered: warned once, never breached, and its breach timer is gone.
    expect(slaEvents(answered.id, "sla.warning")).toHaveLength(1);
    expect(slaEvents(answered.id, "sla.breached")).toHaveLength(0);
    expect(await rt.runtime.timers.find(`sla-${answered.id}-firstResponse-breach`)).toBeUndefined();
    const clocks = await rt.request("GET", `/cases/${answered.id}/sla`, { roles: ["viewer"] });
    expect(clocks.body.metrics).toEqual([
      expect.objectContaining({ metric: "firstResponse", state: "met", metAt: reply.body.occurredAt, breached: false }),
    ]);
  }, 150_000);
});
