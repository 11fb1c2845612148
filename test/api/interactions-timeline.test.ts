import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineRequestRecorder, startTestRuntime, type TestRuntime } from "../support/runtime.js";

// No background loops: nothing else touches the engine while a test counts its requests or checks
// that a refused request left the table as it was.
const recorder = new EngineRequestRecorder();
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ onEngineRequest: recorder.observe, background: false });
});
afterAll(async () => {
  await rt?.stop();
});

async function newCustomer(displayName = "Ana Souza") {
  const response = await rt.request("POST", "/customers", { body: { kind: "person", displayName } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function newCase(customerId: string, subject = "Printer on fire") {
  const response = await rt.request("POST", "/cases", { body: { customerId, subject, type: "incident" } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** Through the lifecycle API: new → open → resolved → closed, or new → cancelled. */
async function finish(caseId: string, status: "closed" | "cancelled") {
  const path = status === "closed" ? ["open", "resolved", "closed"] : ["cancelled"];
  let etag = (await rt.request("GET", `/cases/${caseId}`)).headers.get("etag") as string;
  for (const to of path) {
    const moved = await rt.request("POST", `/cases/${caseId}/transitions`, {
      body: { to, ...(to === "cancelled" ? { reason: "Duplicate" } : {}) },
      headers: { "if-match": etag },
    });
    expect(moved.status).toBe(200);
    etag = moved.headers.get("etag") as string;
  }
}

const call = { channel: "phone", direction: "inbound", summary: "Called about the invoice", durationSeconds: 240 };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function readAll(path: string, limit: number) {
  const pages: { ids: string[]; cursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const response = await rt.request("GET", path + query, { roles: ["viewer"] });
    expect(response.status).toBe(200);
    pages.push({ ids: response.body.items.map((item: { id: string }) => item.id), cursor: response.body.cursor });
    cursor = response.body.cursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describe("logging an interaction", () => {
  it("on a case: 201 with the case's customer, the agent as author, and its audit entry and event", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);
    const before = Date.now();

    const logged = await rt.request("POST", `/cases/${caseId}/interactions`, { body: call, roles: ["agent"] });

    expect(logged.status).toBe(201);
    expect(logged.headers.get("location")).toBe(`/cases/${caseId}/timeline`);
    expect(logged.body).toMatchObject({
      ...call,
      customerId,
      caseId,
      author: "agent",
      agentId: "u-test",
      visibility: "public",
    });
    // occurredAt defaults to now
    expect(Date.parse(logged.body.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(logged.body.occurredAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "interaction", entityId: logged.body.id })
      .go();
    expect(audit.map((entry) => [entry.action, entry.actorSub])).toEqual([["create", "u-test"]]);
    const { data: outbox } = await rt.app.store.entities.outbox.scan.go({ pages: "all" });
    const events = outbox.filter(isLoggedEvent(logged.body.id));
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toMatchObject({ customerId, caseId, author: "agent", direction: "inbound" });
  });

  it("on a customer, outside any case: in the customer's timeline only", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);

    const logged = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { channel: "walk_in", direction: "inbound", summary: "Came to the counter", occurredAt: minutesAgo(30) },
    });

    expect(logged.status).toBe(201);
    expect(logged.headers.get("location")).toBe(`/customers/${customerId}/timeline`);
    expect(logged.body).not.toHaveProperty("caseId");
    const customerTimeline = await rt.request("GET", `/customers/${customerId}/timeline`);
    expect(customerTimeline.body.items.map((item: { id: string }) => item.id)).toEqual([logged.body.id]);
    const caseTimeline = await rt.request("GET", `/cases/${caseId}/timeline`);
    expect(caseTimeline.body).toEqual({ items: [], cursor: null });
  });

  it("an internal note defaults to internal visibility and is never public", async () => {
    const customerId = await newCustomer();
    const note = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { channel: "phone", direction: "internal", summary: "Prefers mornings" },
    });
    expect(note.status).toBe(201);
    expect(note.body.visibility).toBe("internal");

    const publicNote = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { channel: "phone", direction: "internal", visibility: "public", summary: "Oops" },
    });
    expect(publicNote.status).toBe(400);
    expect(publicNote.body.errors.map((error: { path: string }) => error.path)).toEqual(["visibility"]);
  });

  it("an occurredAt with an offset is stored as UTC", async () => {
    const customerId = await newCustomer();
    const logged = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { ...call, occurredAt: "2024-03-10T09:30:00-03:00" },
    });
    expect(logged.status).toBe(201);
    expect(logged.body.occurredAt).toBe("2024-03-10T12:30:00.000Z");
  });
});

describe("timelines", () => {
  it("list a case's and a customer's interactions newest first, in pages of 3/3/1 with cursors", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);
    // Logged out of order: the timeline orders by when it happened, not when it was logged.
    const logged: { id: string; occurredAt: string }[] = [];
    for (const minutes of [50, 10, 70, 30, 20, 60, 40]) {
      const response = await rt.request("POST", `/cases/${caseId}/interactions`, {
        body: { ...call, summary: `${minutes} minutes ago`, occurredAt: minutesAgo(minutes) },
      });
      expect(response.status).toBe(201);
      logged.push(response.body);
    }
    const newestFirst = [...logged].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)).map((item) => item.id);

    for (const path of [`/cases/${caseId}/timeline`, `/customers/${customerId}/timeline`]) {
      const pages = await readAll(path, 3);
      expect(pages.map((page) => page.ids.length)).toEqual([3, 3, 1]);
      expect(pages.map((page) => page.cursor === null)).toEqual([false, false, true]);
      expect(pages.flatMap((page) => page.ids)).toEqual(newestFirst);
    }
  });

  it("a timeline page is one Query and one GetItem (for the 404), never a Scan", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);
    await rt.request("POST", `/cases/${caseId}/interactions`, { body: call });

    for (const path of [`/cases/${caseId}/timeline?limit=2`, `/customers/${customerId}/timeline?limit=2`]) {
      const { result, requests } = await recorder.during(() => rt.request("GET", path));
      expect(result.status).toBe(200);
      expect(result.body.items).toHaveLength(1);
      expect([...requests].sort()).toEqual(["GetItem", "Query"]);
    }
  });

  it("of a case or customer that does not exist is 404", async () => {
    for (const path of ["/cases/NO-SUCH-CASE/timeline", "/customers/NO-SUCH-CUSTOMER/timeline"]) {
      const response = await rt.request("GET", path);
      expect(response.status).toBe(404);
      expect(response.contentType).toBe("application/problem+json");
    }
  });

  it("refuses a cursor it did not give out, or one from another timeline (400)", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);
    for (let index = 0; index < 3; index++) await rt.request("POST", `/cases/${caseId}/interactions`, { body: call });
    const first = await rt.request("GET", `/cases/${caseId}/timeline?limit=1`);
    const otherCase = await newCase(customerId);

    for (const cursor of ["not-a-cursor", Buffer.from("[1,2]").toString("base64url"), first.body.cursor]) {
      const response = await rt.request("GET", `/cases/${otherCase}/timeline?cursor=${encodeURIComponent(cursor)}`);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe("https://caseline.dev/problems/validation-error");
    }
  });
});

describe("refused requests leave the table unchanged", () => {
  let customerId: string;
  let closedCase: string;
  let cancelledCase: string;
  beforeAll(async () => {
    customerId = await newCustomer();
    closedCase = await newCase(customerId, "Closed one");
    cancelledCase = await newCase(customerId, "Cancelled one");
    await finish(closedCase, "closed");
    await finish(cancelledCase, "cancelled");
  });

  const refusals: [string, () => [string, string, object], number, string][] = [
    ["a missing case", () => ["POST", "/cases/NO-SUCH-CASE/interactions", call], 404, "not-found"],
    ["a missing customer", () => ["POST", "/customers/NO-SUCH-CUSTOMER/interactions", call], 404, "not-found"],
    ["a closed case", () => ["POST", `/cases/${closedCase}/interactions`, call], 409, "conflict"],
    ["a cancelled case", () => ["POST", `/cases/${cancelledCase}/interactions`, call], 409, "conflict"],
    [
      "an occurredAt 10 minutes ahead",
      () => ["POST", `/customers/${customerId}/interactions`, { ...call, occurredAt: minutesAgo(-10) }],
      422,
      "unprocessable",
    ],
    [
      "an unknown field",
      () => ["POST", `/customers/${customerId}/interactions`, { ...call, agentId: "someone-else" }],
      400,
      "validation-error",
    ],
    [
      "a bad channel",
      () => ["POST", `/customers/${customerId}/interactions`, { ...call, channel: "pigeon" }],
      400,
      "validation-error",
    ],
    ["a viewer", () => ["POST", `/customers/${customerId}/interactions`, call], 403, "forbidden"],
  ];

  for (const [name, request, status, slug] of refusals) {
    it(`${name} → ${status}`, async () => {
      const [method, path, body] = request();
      const before = await rt.tableSnapshot();
      const response = await rt.request(method, path, { body, roles: [name === "a viewer" ? "viewer" : "agent"] });
      expect(response.status).toBe(status);
      expect(response.body.type).toBe(`https://caseline.dev/problems/${slug}`);
      expect(await rt.tableSnapshot()).toEqual(before);
    });
  }

  it("an occurredAt up to 5 minutes ahead is accepted (clock skew)", async () => {
    const response = await rt.request("POST", `/customers/${customerId}/interactions`, {
      body: { ...call, occurredAt: minutesAgo(-4) },
    });
    expect(response.status).toBe(201);
  });
});

describe("the portal never shows internal interactions", () => {
  it("a customer sees public replies on its case, not the internal notes", async () => {
    const customerId = await newCustomer();
    const caseId = await newCase(customerId);
    const reply = await rt.request("POST", `/cases/${caseId}/interactions`, {
      body: { channel: "email", direction: "outbound", summary: "We are on it", body: "Hello, we are on it." },
    });
    const note = await rt.request("POST", `/cases/${caseId}/interactions`, {
      body: { channel: "email", direction: "internal", summary: "SECRET-NOTE customer sounds upset" },
    });
    const internalCall = await rt.request("POST", `/cases/${caseId}/interactions`, {
      body: { ...call, visibility: "internal", summary: "SECRET-CALL escalation discussed" },
    });
    expect([reply.status, note.status, internalCall.status]).toEqual([201, 201, 201]);

    const token = await rt.token(["customer"], "sub-portal", customerId);
    const response = await fetch(`${rt.url}/portal/cases/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();

    expect(response.status).toBe(200);
    const detail = JSON.parse(text);
    expect(detail.messages.map((message: { id: string }) => message.id)).toEqual([reply.body.id]);
    expect(detail.messages[0]).toEqual({
      id: reply.body.id,
      channel: "email",
      direction: "outbound",
      author: "agent",
      summary: "We are on it",
      body: "Hello, we are on it.",
      occurredAt: reply.body.occurredAt,
    });
    expect(text).not.toContain("SECRET");
    expect(text).not.toContain(note.body.id);
    expect(text).not.toContain("u-test"); // which agent answered is staff-only
  });
});

function isLoggedEvent(interactionId: string) {
  return (item: { type: string; detail?: unknown }) =>
    item.type === "interaction.logged" && (item.detail as { interactionId?: string }).interactionId === interactionId;
}
