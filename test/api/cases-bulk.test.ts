import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  customerId = (await rt.request("POST", "/customers", { body: { kind: "organization", displayName: "Acme" } })).body
    .id;
});
afterAll(async () => {
  await rt?.stop();
});

const supervisor = ["supervisor"];

async function openCase(subject = "Bulk me") {
  const opened = await rt.request("POST", "/cases", { body: { customerId, subject, type: "service_request" } });
  expect(opened.status).toBe(201);
  return opened.body;
}

async function closedCase() {
  let view = await openCase("Done already");
  for (const to of ["open", "resolved", "closed"]) {
    view = (
      await rt.request("POST", `/cases/${view.id}/transitions`, {
        body: { to },
        headers: { "if-match": `"${view.version}"` },
      })
    ).body;
  }
  expect(view.status).toBe("closed");
  return view;
}

function bulk(body: unknown, roles = supervisor) {
  return rt.request("POST", "/cases/bulk", { body, roles });
}

async function updatesAudited(caseId: string) {
  const { data } = await rt.app.store.entities.audit.query.byEntity({ entityType: "case", entityId: caseId }).go();
  return data.filter((entry) => entry.action !== "create").map((entry) => entry.action);
}

describe("POST /cases/bulk", () => {
  it("assigns 3 cases, reports the missing and the closed one, in the order given, with 200 overall", async () => {
    const live = [await openCase(), await openCase(), await openCase()];
    const closed = await closedCase();
    const caseIds = [live[0].id, "NO-SUCH-CASE", live[1].id, closed.id, live[2].id];
    const response = await bulk({ action: "assign", caseIds, value: "agent-42" });
    expect(response.status).toBe(200);
    const { results } = response.body;
    expect(results.map((result: { id: string; status: number }) => [result.id, result.status])).toEqual([
      [live[0].id, 200],
      ["NO-SUCH-CASE", 404],
      [live[1].id, 200],
      [closed.id, 409],
      [live[2].id, 200],
    ]);
    for (const result of results.filter((r: { status: number }) => r.status === 200)) {
      expect(result.case).toMatchObject({ assigneeId: "agent-42", version: 2 });
      expect((await rt.request("GET", `/cases/${result.id}`)).body).toEqual(result.case);
      expect(await updatesAudited(result.id)).toEqual(["update"]);
    }
    expect(results[1].problem).toMatchObject({ type: "https://caseline.dev/problems/not-found", status: 404 });
    expect(results[3].problem).toMatchObject({ type: "https://caseline.dev/problems/conflict", current: "closed" });
    expect(results[1]).not.toHaveProperty("case");
  });

  it("moves statuses through the lifecycle: each case on its own, an invalid move is that case's 409", async () => {
    const fresh = await openCase();
    const opened = await openCase();
    const moved = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "open" },
      headers: { "if-match": '"1"' },
    });
    expect(moved.status).toBe(200);
    const response = await bulk({
      action: "status",
      caseIds: [opened.id, fresh.id],
      value: "pending_internal",
      reason: "waiting on vendor",
    });
    expect(response.status).toBe(200);
    const [accepted, refused] = response.body.results;
    expect(accepted).toMatchObject({ id: opened.id, status: 200, case: { status: "pending_internal", version: 3 } });
    expect(accepted.case.statusHistory.at(-1)).toMatchObject({
      from: "open",
      to: "pending_internal",
      reason: "waiting on vendor",
    });
    expect(refused).toMatchObject({
      id: fresh.id,
      status: 409,
      problem: { current: "new", allowed: ["open", "cancelled"] },
    });
    expect(await updatesAudited(opened.id)).toEqual(["transition", "transition"]);
  });

  it("re-prioritizes and re-queues; a case already as asked is 200 and unchanged", async () => {
    const a = await openCase();
    const b = await openCase();
    const priority = await bulk({ action: "priority", caseIds: [a.id, b.id], value: "urgent" });
    expect(priority.body.results.map((r: { case: { priority: string } }) => r.case.priority)).toEqual([
      "urgent",
      "urgent",
    ]);
    const queue = await bulk({ action: "queue", caseIds: [a.id], value: "tier-2" });
    expect(queue.body.results[0].case).toMatchObject({ queue: "tier-2", priority: "urgent", version: 3 });
    const again = await bulk({ action: "queue", caseIds: [a.id], value: "tier-2" });
    expect(again.body.results[0]).toMatchObject({ status: 200, case: { version: 3 } });
  });

  it("refuses a bad request as a whole (400), and agents (403): nothing written", async () => {
    const one = await openCase();
    const over = Array.from({ length: 101 }, (_, i) => `C${i}`);
    const refusals: [unknown, number, string[]?][] = [
      [{ action: "assign", caseIds: over, value: "agent-1" }, 400],
      [{ action: "assign", caseIds: [one.id, one.id], value: "agent-1" }, 400],
      [{ action: "assign", caseIds: [], value: "agent-1" }, 400],
      [{ action: "priority", caseIds: [one.id], value: "whenever" }, 400],
      [{ action: "status", caseIds: [one.id], value: "archived" }, 400],
      [{ action: "delete", caseIds: [one.id], value: null }, 400],
      [{ action: "queue", caseIds: [one.id], value: null }, 400],
      [{ action: "assign", caseIds: [one.id], value: "agent-1" }, 403, ["agent"]],
    ];
    for (const [body, status, roles] of refusals) {
      const before = await rt.quietSnapshot();
      const response = await bulk(body, roles);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(response.contentType).toBe("application/problem+json");
      expect(await rt.quietSnapshot()).toEqual(before);
    }
  });

  it("handles 100 cases in one request", async () => {
    const ids = await Promise.all(Array.from({ length: 100 }, () => openCase().then((view) => view.id)));
    const response = await bulk({ action: "assign", caseIds: ids, value: null }, ["admin"]);
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { id: string }) => r.id)).toEqual(ids);
    // Unassigning unassigned cases changes nothing: every result is 200 at version 1.
    expect(
      new Set(
        response.body.results.map(
          (r: { status: number; case: { version: number } }) => `${r.status}/${r.case.version}`,
        ),
      ),
    ).toEqual(new Set(["200/1"]));
    const assign = await bulk({ action: "assign", caseIds: ids, value: "agent-9" }, ["admin"]);
    expect(
      assign.body.results.every(
        (r: { status: number; case: { version: number } }) => r.status === 200 && r.case.version === 2,
      ),
    ).toBe(true);
  });
});
