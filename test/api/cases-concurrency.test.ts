import { Case } from "@caseline/core";
import { applyUpdate } from "@caseline/core/cases/update";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

const agent = { actor: { sub: "u-test", roles: ["agent" as const] } };
let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  customerId = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Rui Costa" } })).body.id;
});
afterAll(async () => {
  await rt?.stop();
});

async function openCase() {
  const opened = await rt.request("POST", "/cases", {
    body: { customerId, subject: "Slow network", type: "incident" },
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

async function casesOf(owner: string) {
  const { data } = await rt.app.store.entities.case.query.byCustomer({ customerId: owner }).go({ pages: "all" });
  return data;
}

describe("optimistic concurrency (If-Match)", () => {
  it("of 32 concurrent PATCHes with the same If-Match exactly one wins; the others are 412", async () => {
    const opened = await openCase();
    const responses = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        rt.request("PATCH", `/cases/${opened.id}`, {
          body: { subject: `Writer ${i}` },
          headers: { "if-match": `"${opened.version}"` },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(31);
    const winner = responses.find((response) => response.status === 200)!;
    for (const loser of responses.filter((response) => response.status === 412)) {
      expect(loser.contentType).toBe("application/problem+json");
      expect(loser.body).toMatchObject({
        type: "https://caseline.dev/problems/precondition-failed",
        currentVersion: 2,
      });
    }

    const stored = await rt.request("GET", `/cases/${opened.id}`);
    expect(stored.body).toEqual(winner.body);
    expect(stored.body).toMatchObject({ version: opened.version + 1, subject: winner.body.subject });
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "case", entityId: opened.id })
      .go();
    expect(audit.filter((entry) => entry.action === "update")).toHaveLength(1);
    expect(audit.find((entry) => entry.action === "update")?.after).toEqual(winner.body);
  });

  it("the version guard holds at the write itself, not only at the read before it", async () => {
    const opened = await openCase();
    const { data: readEarlier } = await rt.app.store.entities.case.get({ caseId: opened.id }).go();
    const changed = await rt.request("PATCH", `/cases/${opened.id}`, {
      body: { priority: "low" },
      headers: { "if-match": '"1"' },
    });
    expect(changed.status).toBe(200);
    const before = await rt.quietSnapshot();
    // Applying a change to the copy read before that PATCH must fail at the transaction's condition.
    await expect(applyUpdate(rt.app, agent, readEarlier!, { priority: "urgent" })).rejects.toMatchObject({
      name: "PreconditionFailed",
      details: { currentVersion: 2 },
    });
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("a PATCH without If-Match is 428, a malformed one 400, a stale one 412: none writes", async () => {
    const opened = await openCase();
    const attempts: [Record<string, string>, number, string][] = [
      [{}, 428, "precondition-required"],
      [{ "if-match": "1" }, 400, "malformed-request"],
      [{ "if-match": '"abc"' }, 400, "malformed-request"],
      [{ "if-match": '"2"' }, 412, "precondition-failed"],
    ];
    for (const [headers, status, slug] of attempts) {
      const before = await rt.quietSnapshot();
      const response = await rt.request("PATCH", `/cases/${opened.id}`, { body: { priority: "high" }, headers });
      expect(response.status).toBe(status);
      expect(response.body.type).toBe(`https://caseline.dev/problems/${slug}`);
      expect(await rt.quietSnapshot()).toEqual(before);
    }
  });

  it("a stale If-Match is 412 even when the transition would also be invalid (412 wins over 409)", async () => {
    const opened = await openCase();
    const moved = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "open" },
      headers: { "if-match": '"1"' },
    });
    expect(moved.status).toBe(200);
    const before = await rt.quietSnapshot();
    // "new → closed" is invalid, and version 1 is stale: the caller must first learn the case changed.
    const response = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "closed" },
      headers: { "if-match": '"1"' },
    });
    expect(response.status).toBe(412);
    expect(response.body.currentVersion).toBe(2);
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});

describe("idempotent creation (Idempotency-Key)", () => {
  it("50 concurrent POSTs with one key make one case, and every one answers 201 with it", async () => {
    const owner = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Once Only" } })).body
      .id;
    const body = { customerId: owner, subject: "Refund please", type: "service_request", priority: "high" };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        rt.request("POST", "/cases", { body, headers: { "idempotency-key": "refund-req-0001" } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    const ids = new Set(responses.map((response) => response.body.id));
    expect(ids.size).toBe(1);
    for (const response of responses) expect(response.body).toEqual(responses[0]!.body);
    const stored = await casesOf(owner);
    expect(stored.map((item) => item.caseId)).toEqual([...ids]);

    // A later retry answers from the record, without any new write.
    const before = await rt.quietSnapshot();
    const retry = await rt.request("POST", "/cases", { body, headers: { "idempotency-key": "refund-req-0001" } });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(responses[0]!.body);
    expect(retry.headers.get("location")).toBe(`/cases/${retry.body.id}`);
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("a create that loses the race on its key's record answers with the winner's case and writes nothing", async () => {
    const body = { customerId, subject: "Lost race", type: "inquiry" as const };
    const first = await rt.request("POST", "/cases", { body, headers: { "idempotency-key": "k-race" } });
    const { data: record } = await rt.app.store.entities.idempotency
      .get({ scope: "u-test POST /cases", key: "k-race" })
      .go();
    expect(record?.resultId).toBe(first.body.id);
    const before = await rt.quietSnapshot();
    // As if this request had passed the prior-result check just before the winner committed.
    const idempotency = { scope: record!.scope, key: record!.key, requestHash: record!.requestHash };
    const replayed = await Case.open(
      rt.app,
      { ...agent, idempotency },
      { ...body, priority: "normal", channel: "web_form" },
      "CL-999998",
    );
    expect(replayed).toEqual(first.body);
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("the same key with another body is 422 and writes nothing; another caller's key is their own", async () => {
    const body = { customerId, subject: "Invoice copy", type: "inquiry" };
    const first = await rt.request("POST", "/cases", { body, headers: { "idempotency-key": "k-invoice" } });
    expect(first.status).toBe(201);
    const before = await rt.quietSnapshot();
    const reused = await rt.request("POST", "/cases", {
      body: { ...body, subject: "Something else" },
      headers: { "idempotency-key": "k-invoice" },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe("https://caseline.dev/problems/idempotency-key-reused");
    expect(await rt.quietSnapshot()).toEqual(before);

    // The same body in another key order is the same request.
    const reordered = await rt.request("POST", "/cases", {
      body: { type: "inquiry", subject: "Invoice copy", customerId },
      headers: { "idempotency-key": "k-invoice" },
    });
    expect(reordered.body.id).toBe(first.body.id);

    // Keys are scoped to the caller: another agent's identical key opens its own case.
    const headers = { "idempotency-key": "k-invoice", authorization: `Bearer ${await rt.token(["agent"], "u-other")}` };
    const other = await rt.request("POST", "/cases", { body, headers });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });
});
