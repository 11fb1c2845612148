import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineRequestRecorder, eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

// Work lists over the real runtime: the SLA engine keeps each case's work item as the case changes (through
// the stream and the bus), and a queue's list, an agent's list and the supervisors' board read it. The
// domain clock is moved forward to cross warning points and targets; the sweep is off.

const recorder = new EngineRequestRecorder();
let rt: TestRuntime;
let offsetMs = 0;
const minutes = 60_000;

beforeAll(async () => {
  rt = await startTestRuntime({
    clock: () => new Date(Date.now() + offsetMs),
    slaSweepIntervalMs: 3_600_000,
    onEngineRequest: (command, input, handler) => {
      const index = (input as { IndexName?: string } | undefined)?.IndexName ?? "table";
      recorder.observe(`${command.replace(/Command$/, "")} ${index}`, input, handler);
    },
  });
});
afterAll(async () => {
  await rt?.stop();
});

interface Listed {
  caseId: string;
  number: string;
  priority: string;
  status: string;
  assigneeId: string | null;
  sla: { state: string; dueAt: string | null; warningAt: string | null };
}

async function list(path: string, roles: string[] = ["agent"], sub?: string) {
  const response = await rt.request("GET", path, {
    headers: { authorization: `Bearer ${await rt.token(roles, sub)}` },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: Listed[]; cursor: string | null; at: string };
}

async function openCase(customerId: string, subject: string, priority: string, queue: string) {
  const response = await rt.request("POST", "/cases", {
    body: { customerId, subject, type: "incident", priority, queue },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; number: string };
}

async function change(caseId: string, path: string, body: unknown) {
  const current = await rt.request("GET", `/cases/${caseId}`);
  const response = await rt.request(path === "" ? "PATCH" : "POST", `/cases/${caseId}${path}`, {
    body,
    headers: { "if-match": current.headers.get("etag")! },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

describe("work lists ordered by SLA risk", () => {
  const ids: Record<string, string> = {};

  it("lists a queue's open cases, the one to breach first on top, paused and unpoliced ones last", async () => {
    const policy = await rt.request("POST", "/sla-policies", {
      roles: ["admin"],
      body: {
        name: "Incidents",
        position: 1,
        calendarId: "24x7",
        conditions: { caseTypes: ["incident"] },
        metrics: {
          resolution: {
            targets: { urgent: 60, high: 240, normal: 480, low: 1440 },
            warning: { percent: 75 },
          },
        },
      },
    });
    expect(policy.status).toBe(201);
    const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Lea Martin" } });
    const customerId = customer.body.id as string;
    // Created in an order unlike the expected one.
    ids.normal = (await openCase(customerId, "Normal", "normal", "tier-1")).id;
    ids.urgent = (await openCase(customerId, "Urgent", "urgent", "tier-1")).id;
    ids.paused = (await openCase(customerId, "Waiting on the customer", "high", "tier-1")).id;
    ids.high = (await openCase(customerId, "High", "high", "tier-1")).id;
    ids.elsewhere = (await openCase(customerId, "Other queue", "urgent", "tier-2")).id;
    ids.cancelled = (await openCase(customerId, "Cancelled", "urgent", "tier-1")).id;
    await change(ids.normal, "", { assigneeId: "agent-a" });
    await change(ids.high, "", { assigneeId: "agent-a" });
    await change(ids.urgent, "", { assigneeId: "agent-b" });
    await change(ids.paused, "/transitions", { to: "open" });
    await change(ids.paused, "/transitions", { to: "pending_customer" });
    await change(ids.cancelled, "/transitions", { to: "cancelled", reason: "Opened by mistake" });

    const expected = [ids.urgent, ids.high, ids.normal, ids.paused];
    const listed = await eventually(async () => {
      const page = await list("/queues/tier-1/cases");
      const settled =
        page.items.map((item) => item.caseId).join() === expected.join() &&
        page.items.find((item) => item.caseId === ids.paused)?.status === "pending_customer" &&
        page.items.find((item) => item.caseId === ids.normal)?.assigneeId === "agent-a";
      return settled ? page : undefined;
    });
    const [urgent, high, normal, paused] = listed.items;
    expect(normal!.sla.state).toBe("on_track");
    expect(urgent!.sla.state).toBe("on_track");
    expect(urgent!.assigneeId).toBe("agent-b");
    expect(high!.priority).toBe("high");
    expect(paused!.sla).toEqual({ state: "paused", dueAt: null, warningAt: null });
    expect(paused!.assigneeId).toBeNull();
    // The targets are the resolution clocks' own.
    const clocks = await rt.request("GET", `/cases/${ids.urgent}/sla`);
    expect(urgent!.sla.dueAt).toBe(clocks.body.metrics[0].dueAt);
    expect(urgent!.sla.warningAt).toBe(clocks.body.metrics[0].warningAt);
    expect(listed.cursor).toBeNull();
  });

  it("reads each state at the instant asked: at risk past the warning point, breached past the target", async () => {
    offsetMs = 50 * minutes; // urgent warns at 45 min, breaches at 60
    expect((await list("/queues/tier-1/cases")).items.map((item) => [item.caseId, item.sla.state])).toEqual([
      [ids.urgent, "at_risk"],
      [ids.high, "on_track"],
      [ids.normal, "on_track"],
      [ids.paused, "paused"],
    ]);
    offsetMs = 70 * minutes;
    expect((await list("/queues/tier-1/cases")).items[0]).toMatchObject({
      caseId: ids.urgent,
      sla: { state: "breached" },
    });
  });

  it("gives each agent their own list, `me` being the caller", async () => {
    const mine = await list("/agents/me/cases", ["agent"], "agent-a");
    expect(mine.items.map((item) => item.caseId)).toEqual([ids.high, ids.normal]);
    const theirs = await list("/agents/agent-b/cases", ["supervisor"]);
    expect(theirs.items.map((item) => item.caseId)).toEqual([ids.urgent]);
    expect((await list("/agents/nobody/cases")).items).toEqual([]);
  });

  it("counts the backlog per queue and per agent on the supervisors' board", async () => {
    const queue = await rt.request("PUT", "/queues/empty-queue", {
      roles: ["admin"],
      body: { supervisors: ["sup-1"] },
    });
    expect(queue.status).toBe(200);
    const board = await list("/queue-board", ["supervisor"]);
    const rows = (board as unknown as { queues: Record<string, unknown>[] }).queues;
    expect(rows.map((row) => row.queue)).toEqual(["empty-queue", "tier-1", "tier-2"]);
    expect(rows[0]).toMatchObject({ open: 0, agents: [] });
    expect(rows[1]).toMatchObject({
      queue: "tier-1",
      open: 4,
      breached: 1,
      atRisk: 0,
      onTrack: 2,
      paused: 1,
      noSla: 0,
      unassigned: 1,
      agents: [
        { assigneeId: "agent-b", open: 1, atRisk: 0, breached: 1 },
        { assigneeId: "agent-a", open: 2, atRisk: 0, breached: 0 },
      ],
    });
    // tier-2's urgent case was opened with the others: 70 minutes on, it has breached as well.
    expect(rows[2]).toMatchObject({ queue: "tier-2", open: 1, breached: 1, unassigned: 1 });
    const one = (await list("/queue-board?queue=tier-2", ["supervisor"])) as unknown as { queues: unknown[] };
    expect(one.queues).toEqual([rows[2]]);
  });

  it("follows the case: a resolved case leaves the list, a reassigned one moves between agents", async () => {
    await change(ids.normal!, "", { assigneeId: "agent-b" });
    await change(ids.high!, "/transitions", { to: "open" });
    await change(ids.high!, "/transitions", { to: "resolved", reason: "Fixed" });
    await eventually(async () => {
      const queue = await list("/queues/tier-1/cases");
      const agentB = await list("/agents/agent-b/cases", ["supervisor"]);
      const settled =
        queue.items.map((item) => item.caseId).join() === [ids.urgent, ids.normal, ids.paused].join() &&
        agentB.items.map((item) => item.caseId).join() === [ids.urgent, ids.normal].join();
      return settled || undefined;
    });
    expect((await list("/agents/agent-a/cases", ["supervisor"])).items).toEqual([]);
  });

  it("reads a case as paused even when its recomputation's clock reads before the change that paused it", async () => {
    // The stream is held while the case moves, then delivered with the clock two minutes behind the
    // moves: the engine must still see the pending_customer stretch (it once read the case as unpoliced).
    const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Noor Haddad" } });
    await rt.runtime.streamPoller.stop();
    let caseId: string;
    try {
      caseId = (await openCase(customer.body.id, "Held back", "normal", "tier-3")).id;
      await change(caseId, "/transitions", { to: "open" });
      await change(caseId, "/transitions", { to: "pending_customer" });
      offsetMs -= 2 * minutes;
      await rt.runtime.settle();
    } finally {
      rt.runtime.streamPoller.start();
    }
    const listed = await eventually(async () => {
      const page = await list("/queues/tier-3/cases");
      return page.items[0]?.status === "pending_customer" ? page.items[0] : undefined;
    });
    expect(listed.sla.state).toBe("paused");
  });

  it("pages with a cursor, each page one Query on an index, and refuses a cursor it did not hand out", async () => {
    const { result, requests } = await recorder.during(() => list("/queues/tier-1/cases?limit=2"));
    expect(requests).toEqual(["Query gsi1"]);
    expect(result.items).toHaveLength(2);
    expect(result.cursor).toBeTruthy();
    const next = await list(`/queues/tier-1/cases?limit=2&cursor=${encodeURIComponent(result.cursor!)}`);
    expect([...result.items, ...next.items].map((item) => item.caseId)).toEqual([ids.urgent, ids.normal, ids.paused]);
    const mine = await recorder.during(() => list("/agents/me/cases", ["agent"], "agent-b"));
    expect(mine.requests).toEqual(["Query gsi2"]);

    for (const cursor of ["garbage", result.cursor!]) {
      const refused = await rt.request("GET", `/queues/tier-2/cases?cursor=${encodeURIComponent(cursor)}`);
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain("application/problem+json");
    }
    const badName = await rt.request("GET", "/queues/%20bad/cases");
    expect(badName.status).toBe(400);
  });

  it("lets staff and viewers read work lists and the board, and never a customer", async () => {
    const customerToken = await rt.token(["customer"], "c-1", "CUST-1");
    for (const path of ["/queues/tier-1/cases", "/agents/me/cases", "/queue-board"]) {
      const refused = await rt.request("GET", path, { headers: { authorization: `Bearer ${customerToken}` } });
      expect(refused.status).toBe(403);
    }
    for (const role of ["agent", "viewer"]) {
      expect((await rt.request("GET", "/queue-board", { roles: [role] })).status).toBe(200);
    }
  });
});
