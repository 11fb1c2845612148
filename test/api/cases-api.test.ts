import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// Timers far in the future and the stream settled before each snapshot, so nothing writes in the
// background while a test checks that a refused request wrote nothing.
let rt: TestRuntime;
let customerId: string;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  customerId = await newCustomer("Ana Souza");
});
afterAll(async () => {
  await rt?.stop();
});

async function newCustomer(displayName: string): Promise<string> {
  const created = await rt.request("POST", "/customers", { body: { kind: "person", displayName } });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function openCase(body: Record<string, unknown> = {}) {
  const opened = await rt.request("POST", "/cases", {
    body: { customerId, subject: "Printer on fire", type: "incident", ...body },
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

async function auditOf(caseId: string) {
  const { data } = await rt.app.store.entities.audit.query.byEntity({ entityType: "case", entityId: caseId }).go();
  return data;
}

/** The outbox events about one case, oldest first (a test-only scan). */
async function eventsOf(caseId: string) {
  const { data } = await rt.app.store.entities.outbox.scan.go({ pages: "all" });
  return data
    .filter((event) => event.detail?.caseId === caseId)
    .sort((a, b) => (a.eventId < b.eventId ? -1 : 1))
    .map((event) => ({ type: event.type, detail: event.detail }));
}

async function holdingOf(owner: string, holdingId: string) {
  const now = new Date().toISOString();
  await rt.app.store.entities.holding
    .create({
      holdingId,
      customerId: owner,
      kind: "warranty",
      productCode: "PRN-1",
      productName: "Printer",
      startDate: "2025-01-01",
      createdAt: now,
      updatedAt: now,
      version: 1,
    })
    .go();
  return holdingId;
}

describe("POST /cases", () => {
  it("stores every field, starts the status history, and answers with Location and ETag", async () => {
    const related = await openCase();
    const holdingId = await holdingOf(customerId, "H-own-1");
    const body = {
      customerId,
      subject: "Warranty claim",
      description: "The paper tray broke",
      type: "complaint",
      category: "hardware",
      priority: "high",
      channel: "phone",
      queue: "warranty",
      customFields: { serial: "SN-42", pages: 1200, underWarranty: true },
      relatedCaseIds: [related.id],
      holdingIds: [holdingId],
    };
    const opened = await rt.request("POST", "/cases", { body, roles: ["agent"] });
    expect(opened.status).toBe(201);
    const { customerId: _, ...fields } = body;
    expect(opened.body).toMatchObject({ ...fields, status: "new", version: 1, reopenCount: 0 });
    expect(opened.body.statusHistory).toEqual([{ to: "new", at: opened.body.createdAt, by: "u-test" }]);
    expect(opened.headers.get("location")).toBe(`/cases/${opened.body.id}`);
    expect(opened.headers.get("etag")).toBe('"1"');
    const read = await rt.request("GET", `/cases/${opened.body.id}`, { roles: ["viewer"] });
    expect(read.body).toEqual(opened.body);
    expect(read.headers.get("etag")).toBe('"1"');
  });

  it("defaults the queue to general and the links and custom fields to empty", async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({ queue: "general", customFields: {}, relatedCaseIds: [], holdingIds: [] });
    expect(opened).not.toHaveProperty("assigneeId");
    expect(opened).not.toHaveProperty("resolvedAt");
  });

  const refusals: [string, () => Promise<Record<string, unknown>>, number, string][] = [
    ["a related case that does not exist", async () => ({ relatedCaseIds: ["NO-SUCH-CASE"] }), 422, "unprocessable"],
    [
      "another customer's holding",
      async () => ({ holdingIds: [await holdingOf(await newCustomer("Other"), "H-foreign-1")] }),
      422,
      "unprocessable",
    ],
    ["a holding that does not exist", async () => ({ holdingIds: ["NO-SUCH-HOLDING"] }), 422, "unprocessable"],
    [
      "51 custom fields",
      async () => ({ customFields: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, i])) }),
      400,
      "validation-error",
    ],
    ["a nested custom field", async () => ({ customFields: { a: { b: 1 } } }), 400, "validation-error"],
    ["a duplicate related case", async () => ({ relatedCaseIds: ["A1", "A1"] }), 400, "validation-error"],
    [
      "21 related cases",
      async () => ({ relatedCaseIds: Array.from({ length: 21 }, (_, i) => `C${i}`) }),
      400,
      "validation-error",
    ],
  ];
  for (const [name, extra, status, slug] of refusals) {
    it(`refuses ${name} (${status}) and writes nothing, not even a case number`, async () => {
      const body = { customerId, subject: "x", type: "inquiry", ...(await extra()) };
      const before = await rt.quietSnapshot();
      const response = await rt.request("POST", "/cases", { body });
      expect(response.status).toBe(status);
      expect(response.body.type).toBe(`https://caseline.dev/problems/${slug}`);
      expect(await rt.quietSnapshot()).toEqual(before);
    });
  }
});

describe("PATCH /cases/{id}", () => {
  it("changes only the named fields, bumps the version once, and records the audit entry and event", async () => {
    const opened = await openCase();
    const changed = await rt.request("PATCH", `/cases/${opened.id}`, {
      body: { priority: "urgent", queue: "escalations", assigneeId: "agent-7", subject: opened.subject },
      headers: { "if-match": '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('"2"');
    expect(changed.body).toEqual({
      ...opened,
      priority: "urgent",
      queue: "escalations",
      assigneeId: "agent-7",
      version: 2,
      updatedAt: changed.body.updatedAt,
    });
    const audit = await auditOf(opened.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({ before: opened, after: changed.body, actorSub: "u-test" });
    await rt.runtime.settle();
    expect((await eventsOf(opened.id)).at(-1)).toEqual({
      type: "case.updated",
      detail: { caseId: opened.id, changed: ["priority", "queue", "assigneeId"], version: 2 },
    });
  });

  it("unassigns with null and clears the description with an empty string", async () => {
    const opened = await openCase({ description: "details" });
    const assigned = await rt.request("PATCH", `/cases/${opened.id}`, {
      body: { assigneeId: "agent-1" },
      headers: { "if-match": '"1"' },
    });
    const cleared = await rt.request("PATCH", `/cases/${opened.id}`, {
      body: { assigneeId: null, description: "" },
      headers: { "if-match": assigned.headers.get("etag")! },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty("assigneeId");
    expect(cleared.body).not.toHaveProperty("description");
    expect((await rt.request("GET", `/cases/${opened.id}`)).body).toEqual(cleared.body);
  });

  it("a change to what the case already has writes nothing and keeps the version", async () => {
    const opened = await openCase({ priority: "low" });
    const before = await rt.quietSnapshot();
    const same = await rt.request("PATCH", `/cases/${opened.id}`, {
      body: { priority: "low", queue: "general" },
      headers: { "if-match": '"1"' },
    });
    expect(same.status).toBe(200);
    expect(same.body).toEqual(opened);
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("refuses changes to a closed case (409), a stale version (412), a missing case (404): nothing written", async () => {
    const closed = await openCase();
    let version = 1;
    for (const to of ["open", "resolved", "closed"]) {
      const moved = await rt.request("POST", `/cases/${closed.id}/transitions`, {
        body: { to },
        headers: { "if-match": `"${version}"` },
      });
      expect(moved.status).toBe(200);
      version = moved.body.version;
    }
    const live = await openCase();
    const attempts: [string, string, number, Record<string, unknown>][] = [
      [closed.id, `"${version}"`, 409, { current: "closed" }],
      [live.id, '"7"', 412, { currentVersion: 1 }],
      ["NO-SUCH-CASE", '"1"', 404, {}],
    ];
    for (const [id, etag, status, extensions] of attempts) {
      const before = await rt.quietSnapshot();
      const response = await rt.request("PATCH", `/cases/${id}`, {
        body: { priority: "high" },
        headers: { "if-match": etag },
      });
      expect(response.status).toBe(status);
      expect(response.contentType).toBe("application/problem+json");
      expect(response.body).toMatchObject(extensions);
      expect(await rt.quietSnapshot()).toEqual(before);
    }
  });

  it("refuses an empty change and a status change (400): status moves only through transitions", async () => {
    const opened = await openCase();
    for (const body of [{}, { status: "open" }, { priority: "whenever" }]) {
      const before = await rt.quietSnapshot();
      const response = await rt.request("PATCH", `/cases/${opened.id}`, { body, headers: { "if-match": '"1"' } });
      expect(response.status).toBe(400);
      expect(await rt.quietSnapshot()).toEqual(before);
    }
  });
});

describe("GET /cases?customerId=", () => {
  it("pages a customer's cases newest first with a cursor", async () => {
    const owner = await newCustomer("Paged Customer");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await openCase({ customerId: owner, subject: `Case ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `customerId=${owner}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const page = await rt.request("GET", `/cases?${query}`, { roles: ["viewer"] });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string; customerId: string }) => item.id));
      cursor = page.body.cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it("needs a customerId (400), refuses a cursor it did not hand out (400), and is empty for a stranger", async () => {
    expect((await rt.request("GET", "/cases")).status).toBe(400);
    expect((await rt.request("GET", `/cases?customerId=${customerId}&cursor=not-a-cursor`)).status).toBe(400);
    await openCase();
    await openCase();
    const { cursor } = (await rt.request("GET", `/cases?customerId=${customerId}&limit=1`)).body;
    const other = await newCustomer("Cursor Thief");
    const mixed = await rt.request("GET", `/cases?customerId=${other}&cursor=${encodeURIComponent(cursor)}`);
    expect(mixed.status).toBe(400);
    const empty = await rt.request("GET", "/cases?customerId=NOBODY");
    expect(empty.body).toEqual({ items: [], cursor: null });
  });
});
