import { seedDefaultPolicies, sweep } from "@caseline/core/sla/sla";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

// Policies over the real gateway, and the engine's background work: recomputation after a calendar
// change and the sweep (run by hand here: the runtime's own sweep is switched off so it cannot interfere).

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ slaSweepIntervalMs: 3_600_000 });
});
afterAll(async () => {
  await rt?.stop();
});

const nineToFive = [{ start: "09:00", end: "17:00" }];
const weekdays = {
  mon: nineToFive,
  tue: nineToFive,
  wed: nineToFive,
  thu: nineToFive,
  fri: nineToFive,
  sat: [],
  sun: [],
};
const office = { name: "Office", timeZone: "UTC", weekly: weekdays, holidays: [], closures: [] };
const allDay = [{ start: "00:00", end: "24:00" }];
const everyDay = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

async function createPolicy(body: Record<string, unknown>) {
  const response = await rt.request("POST", "/sla-policies", { roles: ["admin"], body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function openCase(type: string, customerId?: string) {
  const owner =
    customerId ??
    (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Rui Costa" } })).body.id;
  const response = await rt.request("POST", "/cases", { body: { customerId: owner, subject: `A ${type}`, type } });
  expect(response.status).toBe(201);
  return response.body;
}

const timerOf = (name: string) => rt.runtime.timers.find(name);

describe("SLA policies", () => {
  it("refuses a policy that names no calendar that exists, or is malformed, and writes nothing", async () => {
    const before = await rt.quietSnapshot();
    const missing = await rt.request("POST", "/sla-policies", {
      roles: ["admin"],
      body: { name: "X", position: 1, calendarId: "NO-SUCH", metrics: { resolution: { targets: { normal: 60 } } } },
    });
    expect(missing.status).toBe(422);
    expect(missing.contentType).toContain("application/problem+json");
    const malformed = [
      { name: "X", position: 1, calendarId: "24x7", metrics: {} },
      { name: "X", position: 1, calendarId: "24x7", metrics: { resolution: { targets: {} } } },
      { name: "X", position: 1, calendarId: "24x7", metrics: { resolution: { targets: { normal: -5 } } } },
      {
        name: "X",
        position: 1,
        calendarId: "24x7",
        metrics: { resolution: { targets: { normal: 60 }, warning: { minutesBefore: 60 } } },
      },
      {
        name: "X",
        position: 1,
        calendarId: "24x7",
        metrics: { resolution: { targets: { normal: 60 }, warning: { percent: 100 } } },
      },
      {
        name: "X",
        position: 1,
        calendarId: "24x7",
        conditions: { priorities: ["someday"] },
        metrics: { resolution: { targets: { normal: 60 } } },
      },
    ];
    for (const body of malformed) {
      const response = await rt.request("POST", "/sla-policies", { roles: ["admin"], body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("ships default policies for transfers and donor requests, seeded once: a deleted default stays deleted", async () => {
    const listed = (await rt.request("GET", "/sla-policies", { roles: ["viewer"] })).body.items;
    const defaults = listed.filter((p: { id: string }) => p.id.startsWith("default-"));
    expect(defaults.map((p: { id: string; conditions: unknown }) => [p.id, p.conditions])).toEqual([
      ["default-vehicle-transfer", { caseTypes: ["vehicle_transfer"] }],
      ["default-donor-requests", { caseTypes: ["donor_request"] }],
    ]);
    const donor = await rt.request("GET", "/sla-policies/default-donor-requests");
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...definition } = donor.body;
    const changed = await rt.request("PUT", "/sla-policies/default-donor-requests", {
      roles: ["admin"],
      body: { ...definition, name: "Donor requests (our hours)" },
      headers: { "if-match": donor.headers.get("etag")! },
    });
    expect(changed.status).toBe(200);
    const deleted = await rt.request("DELETE", "/sla-policies/default-vehicle-transfer", {
      roles: ["admin"],
      headers: { "if-match": '"1"' },
    });
    expect(deleted.status).toBe(204);
    expect(await seedDefaultPolicies(rt.app)).toBe(false);
    expect((await rt.request("GET", "/sla-policies/default-vehicle-transfer")).status).toBe(404);
    expect((await rt.request("GET", "/sla-policies/default-donor-requests")).body.name).toBe(
      "Donor requests (our hours)",
    );
  });

  it("lists policies in the order they are tried, replaces with If-Match, deletes, and guards their calendar", async () => {
    const calendar = (await rt.request("POST", "/calendars", { roles: ["admin"], body: office })).body;
    const later = await createPolicy({
      name: "Later",
      position: 900,
      calendarId: calendar.id,
      conditions: { caseTypes: ["no-such-type"] },
      metrics: { resolution: { targets: { normal: 60 } } },
    });
    const earlier = await createPolicy({
      name: "Earlier",
      position: 800,
      calendarId: "24x7",
      conditions: { caseTypes: ["no-such-type"] },
      metrics: { resolution: { targets: { normal: 60 } } },
    });
    const names = (await rt.request("GET", "/sla-policies", { roles: ["viewer"] })).body.items.map(
      (p: { name: string }) => p.name,
    );
    expect(names.indexOf("Earlier")).toBeLessThan(names.indexOf("Later"));

    const calendarPath = `/calendars/${calendar.id}`;
    const refused = await rt.request("DELETE", calendarPath, { roles: ["admin"], headers: { "if-match": '"1"' } });
    expect(refused.status).toBe(409);

    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...definition } = later;
    const moved = await rt.request("PUT", `/sla-policies/${later.id}`, {
      roles: ["admin"],
      body: { ...definition, position: 700 },
      headers: { "if-match": '"1"' },
    });
    expect(moved.status).toBe(200);
    expect(moved.headers.get("etag")).toBe('"2"');
    const stale = await rt.request("PUT", `/sla-policies/${later.id}`, {
      roles: ["admin"],
      body: definition,
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(412);
    const reordered = (await rt.request("GET", "/sla-policies")).body.items.map((p: { name: string }) => p.name);
    expect(reordered.indexOf("Later")).toBeLessThan(reordered.indexOf("Earlier"));

    for (const policy of [later, earlier]) {
      const current = await rt.request("GET", `/sla-policies/${policy.id}`);
      const deleted = await rt.request("DELETE", `/sla-policies/${policy.id}`, {
        roles: ["admin"],
        headers: { "if-match": current.headers.get("etag")! },
      });
      expect(deleted.status).toBe(204);
    }
    expect((await rt.request("GET", `/sla-policies/${later.id}`)).status).toBe(404);
    expect(
      (await rt.request("DELETE", calendarPath, { roles: ["admin"], headers: { "if-match": '"1"' } })).status,
    ).toBe(204);
  });

  it("chooses the policy by the service level of the customer's contract: first match wins", async () => {
    await createPolicy({
      name: "Gold contracts",
      position: 10,
      calendarId: "24x7",
      conditions: { caseTypes: ["inquiry"], serviceLevels: ["gold"] },
      metrics: { firstResponse: { targets: { normal: 30 } } },
    });
    await createPolicy({
      name: "Everyone else",
      position: 20,
      calendarId: "24x7",
      conditions: { caseTypes: ["inquiry"] },
      metrics: { firstResponse: { targets: { normal: 240 } } },
    });
    const gold = (await rt.request("POST", "/customers", { body: { kind: "organization", displayName: "Gold Ltd" } }))
      .body;
    const contract = await rt.request("POST", `/customers/${gold.id}/products`, {
      body: {
        kind: "contract",
        productCode: "SUP-G",
        productName: "Gold support",
        startDate: "2025-01-01",
        serviceLevel: "gold",
      },
    });
    expect(contract.status).toBe(201);
    const goldCase = await openCase("inquiry", gold.id);
    const plainCase = await openCase("inquiry");
    const goldSla = (await rt.request("GET", `/cases/${goldCase.id}/sla`, { roles: ["viewer"] })).body;
    const plainSla = (await rt.request("GET", `/cases/${plainCase.id}/sla`, { roles: ["viewer"] })).body;
    expect(goldSla.policy.name).toBe("Gold contracts");
    expect(goldSla.metrics[0]).toMatchObject({ metric: "firstResponse", targetMinutes: 30, state: "running" });
    expect(goldSla.metrics[0].dueAt).toBe(new Date(Date.parse(goldCase.createdAt) + 30 * 60_000).toISOString());
    expect(plainSla.policy.name).toBe("Everyone else");
    expect(plainSla.metrics[0]).toMatchObject({ targetMinutes: 240 });

    // A condition on the customer's tier is read only when some policy has one; then it decides.
    await createPolicy({
      name: "Platinum customers",
      position: 5,
      calendarId: "24x7",
      conditions: { caseTypes: ["inquiry"], customerTiers: ["platinum"] },
      metrics: { firstResponse: { targets: { normal: 15 } } },
    });
    const platinum = await rt.request("POST", "/customers", {
      body: { kind: "person", displayName: "Pia Platinum", tier: "platinum" },
    });
    expect(platinum.status).toBe(201);
    const platinumCase = await openCase("inquiry", platinum.body.id);
    const platinumSla = (await rt.request("GET", `/cases/${platinumCase.id}/sla`, { roles: ["viewer"] })).body;
    expect(platinumSla.policy.name).toBe("Platinum customers");
    expect((await rt.request("GET", `/cases/${plainCase.id}/sla`, { roles: ["viewer"] })).body.policy.name).toBe(
      "Everyone else",
    );
  });

  it("moves the targets and timers of open cases when their calendar changes", async () => {
    const roundTheClock = { ...office, name: "Round the clock", weekly: everyDay };
    const calendar = (await rt.request("POST", "/calendars", { roles: ["admin"], body: roundTheClock })).body;
    await createPolicy({
      name: "Complaints",
      position: 0,
      calendarId: calendar.id,
      conditions: { caseTypes: ["complaint"] },
      metrics: { resolution: { targets: { normal: 480 } } },
    });
    const kase = await openCase("complaint");
    const breachTimer = `sla-${kase.id}-resolution-breach`;
    const at = (minutes: number) => new Date(Date.parse(kase.createdAt) + minutes * 60_000).toISOString();
    expect((await eventually(() => timerOf(breachTimer))).dueAt).toBe(at(480));

    // An hour's closure starting with the case pushes its target back by exactly that hour.
    const replaced = await rt.request("PUT", `/calendars/${calendar.id}`, {
      roles: ["admin"],
      body: { ...roundTheClock, closures: [{ name: "Outage", start: at(0), end: at(60) }] },
      headers: { "if-match": '"1"' },
    });
    expect(replaced.status).toBe(200);
    await eventually(async () => ((await timerOf(breachTimer))?.dueAt === at(540) ? true : undefined));
    const clocks = (await rt.request("GET", `/cases/${kase.id}/sla`)).body;
    expect(clocks.metrics[0].dueAt).toBe(at(540));
    const { data: jobs } = await rt.app.store.entities.slaJob.query.byState({ state: "done" }).go({ pages: "all" });
    expect(jobs.some((job) => job.reason === `calendar ${calendar.id} changed` && job.processed >= 1)).toBe(true);
  });

  it("sweeps: fires due thresholds whose timers were lost, re-arms what is missing, and a second run changes nothing", async () => {
    await createPolicy({
      name: "Three seconds",
      position: 0,
      calendarId: "24x7",
      conditions: { caseTypes: ["service_request"] },
      metrics: { firstResponse: { targets: { normal: 0.05 }, warning: { percent: 50 } } },
    });
    const kase = await openCase("service_request");
    const names = [`sla-${kase.id}-firstResponse-warning`, `sla-${kase.id}-firstResponse-breach`];
    for (const name of names) await eventually(() => timerOf(name));
    // Lose both timers, as if the scheduler had dropped them.
    for (const name of names) await rt.runtime.timers.cancel(name);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(kase.createdAt) + 3_500 - Date.now()));

    expect(await sweep(rt.app)).toMatchObject({ fired: 2 });
    const escalated = (await rt.request("GET", `/cases/${kase.id}`)).body;
    expect(escalated.priority).toBe("high");
    const audit = (await rt.request("GET", `/audit?entityType=case&entityId=${kase.id}`, { roles: ["supervisor"] }))
      .body;
    const actions = audit.items.map((entry: { action: string }) => entry.action);
    expect(actions.filter((action: string) => action === "sla_warning")).toHaveLength(1);
    expect(actions.filter((action: string) => action === "sla_breach")).toHaveLength(1);

    const before = await rt.quietSnapshot();
    expect(await sweep(rt.app)).toEqual({ fired: 0, rearmed: expect.any(Number), jobsResumed: 0 });
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("re-arms, from the sweep, a timer that went missing for a threshold still ahead", async () => {
    await createPolicy({
      name: "Ten minutes",
      position: 0,
      calendarId: "24x7",
      conditions: { caseTypes: ["incident"] },
      metrics: { firstResponse: { targets: { normal: 10 } } },
    });
    const kase = await openCase("incident");
    const name = `sla-${kase.id}-firstResponse-breach`;
    const armed = await eventually(() => timerOf(name));
    await rt.runtime.timers.cancel(name);
    const result = await sweep(rt.app);
    expect(result.rearmed).toBeGreaterThanOrEqual(1);
    expect((await timerOf(name))?.dueAt).toBe(armed.dueAt);
  });

  it("resumes, from the sweep, a recompute job whose worker died, from its saved position", async () => {
    const policies = (await rt.request("GET", "/sla-policies")).body.items.map((p: { id: string }) => p.id);
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    await rt.app.store.entities.slaJob
      .create({
        jobId: "job-abandoned",
        reason: "test: a worker that died after its first policy",
        policyIds: [...policies, "none"],
        policyIndex: 1,
        processed: 0,
        state: "running",
        startedAt: longAgo,
        heartbeatAt: longAgo,
      })
      .go();
    expect((await sweep(rt.app)).jobsResumed).toBe(1);
    const { data: job } = await rt.app.store.entities.slaJob.get({ jobId: "job-abandoned" }).go();
    expect(job).toMatchObject({ state: "done", policyIndex: policies.length + 1 });
    expect(job!.processed).toBeGreaterThan(0);
    expect((await sweep(rt.app)).jobsResumed).toBe(0);
  });
});
