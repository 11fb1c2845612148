import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// No background loops, so a replay can be shown to write nothing at all.
let rt: TestRuntime;
let customerId: string;
let caseId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ background: false });
  customerId = (await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Rui Costa" } })).body.id;
  caseId = (await rt.request("POST", "/cases", { body: { customerId, subject: "Broken seal", type: "complaint" } }))
    .body.id;
});
afterAll(async () => {
  await rt?.stop();
});

const reply = { channel: "email", direction: "outbound", summary: "Replacement on its way" };

async function timelineIds(path: string) {
  const response = await rt.request("GET", `${path}?limit=100`);
  return response.body.items.map((item: { id: string }) => item.id) as string[];
}

describe("Idempotency-Key on interaction creates", () => {
  it("20 concurrent POSTs with one key log one interaction; every response is 201 with its id", async () => {
    const headers = { "idempotency-key": "reply-1" };

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => rt.request("POST", `/cases/${caseId}/interactions`, { body: reply, headers })),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const ids = new Set(responses.map((response) => response.body.id));
    expect(ids.size).toBe(1);
    const [id] = ids;
    expect(await timelineIds(`/cases/${caseId}/timeline`)).toEqual([id]);
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "interaction", entityId: id as string })
      .go();
    expect(audit).toHaveLength(1);
    // every response carries the same body, the first one's
    for (const response of responses) expect(response.body).toEqual(responses[0]?.body);
  });

  it("a later retry with the key replays the first result and writes nothing", async () => {
    const headers = { "idempotency-key": "reply-2" };
    const first = await rt.request("POST", `/customers/${customerId}/interactions`, { body: reply, headers });
    const before = await rt.tableSnapshot();

    // key order in the body does not matter
    const retry = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { summary: reply.summary, direction: reply.direction, channel: reply.channel },
      headers,
    });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await rt.tableSnapshot()).toEqual(before);
  });

  it("the same key with another body is 422 and writes nothing", async () => {
    const headers = { "idempotency-key": "reply-3" };
    const first = await rt.request("POST", `/cases/${caseId}/interactions`, { body: reply, headers });
    expect(first.status).toBe(201);
    const before = await rt.tableSnapshot();

    const other = await rt.request("POST", `/cases/${caseId}/interactions`, {
      body: { ...reply, summary: "Something else" },
      headers,
    });

    expect(other.status).toBe(422);
    expect(other.body.type).toBe("https://caseline.dev/problems/idempotency-key-reused");
    expect(await rt.tableSnapshot()).toEqual(before);
  });

  it("a key means something only for its caller and its target", async () => {
    const headers = { "idempotency-key": "reply-4" };
    const otherCase = (await rt.request("POST", "/cases", { body: { customerId, subject: "Second", type: "inquiry" } }))
      .body.id;

    const onFirst = await rt.request("POST", `/cases/${caseId}/interactions`, { body: reply, headers });
    const onSecond = await rt.request("POST", `/cases/${otherCase}/interactions`, { body: reply, headers });
    const otherToken = await rt.token(["agent"], "u-other");
    const byOther = await rt.request("POST", `/cases/${caseId}/interactions`, {
      body: reply,
      headers: { ...headers, authorization: `Bearer ${otherToken}` },
    });

    expect([onFirst.status, onSecond.status, byOther.status]).toEqual([201, 201, 201]);
    expect(new Set([onFirst.body.id, onSecond.body.id, byOther.body.id]).size).toBe(3);
    expect(byOther.body.agentId).toBe("u-other");
  });

  it("a refused request records no key: once the refusal's cause is gone, the same key works", async () => {
    const headers = { "idempotency-key": "reply-5" };
    const later = (await rt.request("POST", "/cases", { body: { customerId, subject: "Third", type: "inquiry" } })).body
      .id;
    // The transitions API is another piece of work: the arrange step writes the status directly.
    await rt.app.store.entities.case.patch({ caseId: later }).set({ status: "closed" }).go();
    const refused = await rt.request("POST", `/cases/${later}/interactions`, { body: reply, headers });
    expect(refused.status).toBe(409);

    await rt.app.store.entities.case.patch({ caseId: later }).set({ status: "open" }).go();
    const accepted = await rt.request("POST", `/cases/${later}/interactions`, { body: reply, headers });
    expect(accepted.status).toBe(201);
  });
});
