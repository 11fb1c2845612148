import { Forbidden } from "@caseline/core";
import * as Portal from "@caseline/core/portal/portal";
import { routeGroups } from "@caseline/functions/api/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// Two customers, A and B. Everything A's token is answered is recorded and, at the end, searched
// for anything of B's. No background loops, so "writes nothing" can be checked on the table.
let rt: TestRuntime;
let tokenA: string;
let tokenB: string;
const a = { customerId: "", caseIds: [] as string[] };
const b = { customerId: "", caseIds: [] as string[], secrets: [] as string[] };
const answersToA: { path: string; text: string }[] = [];

beforeAll(async () => {
  rt = await startTestRuntime({ background: false });
  a.customerId = await newCustomer("Alice Ambrose", "alice@example.org");
  b.customerId = await newCustomer("Bartholomew Zanzibar", "bart.zanzibar@example.net");
  tokenA = await rt.token(["customer"], "sub-a", a.customerId);
  tokenB = await rt.token(["customer"], "sub-b", b.customerId);
  for (const subject of ["A first request", "A second request"]) a.caseIds.push(await newCase(a.customerId, subject));
  for (const subject of ["Zanzibar-subject-one", "Zanzibar-subject-two"]) {
    b.caseIds.push(await newCase(b.customerId, subject));
  }
  const bCase = (await rt.request("GET", `/cases/${b.caseIds[0]}`)).body;
  const bInteraction = await rt.request("POST", `/cases/${b.caseIds[0]}/interactions`, {
    body: { channel: "email", direction: "outbound", summary: "Zanzibar-reply", body: "Zanzibar-body" },
  });
  await rt.request("POST", `/customers/${b.customerId}/interactions`, {
    body: { channel: "phone", direction: "inbound", summary: "Zanzibar-call" },
  });
  b.secrets.push(
    b.customerId,
    ...b.caseIds,
    bCase.number,
    bInteraction.body.id,
    "Bartholomew",
    "Zanzibar",
    "bart.zanzibar",
    "sub-b",
  );
});
afterAll(async () => {
  await rt?.stop();
});

async function newCustomer(displayName: string, email: string) {
  const response = await rt.request("POST", "/customers", { body: { kind: "person", displayName, emails: [email] } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function newCase(customerId: string, subject: string) {
  const response = await rt.request("POST", "/cases", { body: { customerId, subject, type: "inquiry" } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** A request with A's token; its raw answer is kept for the leak check at the end. */
async function asA(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return as(tokenA, method, path, body, headers, true);
}

async function as(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  record = false,
) {
  const response = await fetch(rt.url + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (record) answersToA.push({ path, text });
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : undefined };
}

describe("a customer's own records", () => {
  it("GET /portal/cases lists only its own cases, newest first, in pages", async () => {
    const page1 = await asA("GET", "/portal/cases?limit=1");
    const page2 = await asA("GET", `/portal/cases?limit=1&cursor=${encodeURIComponent(page1.body.cursor)}`);

    expect(page1.status).toBe(200);
    expect([...page1.body.items, ...page2.body.items].map((item: { id: string }) => item.id)).toEqual(
      [...a.caseIds].reverse(),
    );
    expect(page2.body.cursor).toBeNull();
    expect(Object.keys(page1.body.items[0]).sort()).toEqual(
      ["createdAt", "id", "number", "status", "subject", "type", "updatedAt"].sort(),
    );
  });

  it("POST /portal/cases opens a case for itself on the portal channel at normal priority", async () => {
    const submitted = await asA("POST", "/portal/cases", {
      subject: "A third request",
      description: "My card was charged twice",
      type: "complaint",
    });

    expect(submitted.status).toBe(201);
    expect(submitted.headers.get("location")).toBe(`/portal/cases/${submitted.body.id}`);
    expect(submitted.body).toMatchObject({ subject: "A third request", type: "complaint", status: "new" });
    for (const hidden of ["priority", "queue", "assigneeId", "customerId", "customFields", "channel"]) {
      expect(submitted.body).not.toHaveProperty(hidden);
    }
    const asStaff = await rt.request("GET", `/cases/${submitted.body.id}`);
    expect(asStaff.body).toMatchObject({ customerId: a.customerId, channel: "portal", priority: "normal" });
    a.caseIds.push(submitted.body.id);
  });

  it("POST /portal/cases refuses what the customer may not set (400, nothing written)", async () => {
    const before = await rt.tableSnapshot();
    for (const extra of [
      { priority: "urgent" },
      { queue: "vip" },
      { assigneeId: "u-1" },
      { customerId: b.customerId },
      { channel: "phone" },
    ]) {
      const response = await asA("POST", "/portal/cases", { subject: "x", description: "y", ...extra });
      expect(response.status).toBe(400);
    }
    expect(await rt.tableSnapshot()).toEqual(before);
  });

  it("POST /portal/cases with an Idempotency-Key opens one case however often it is retried", async () => {
    const body = { subject: "A retried request", description: "Sent twice by a flaky phone" };
    const headers = { "idempotency-key": "portal-open-1" };
    const first = await asA("POST", "/portal/cases", body, headers);
    const retry = await asA("POST", "/portal/cases", body, headers);
    const other = await asA("POST", "/portal/cases", { ...body, subject: "Another" }, headers);

    expect([first.status, retry.status, other.status]).toEqual([201, 201, 422]);
    expect(retry.body).toEqual(first.body);
    a.caseIds.push(first.body.id);
  });

  it("POST /portal/cases/{id}/messages adds a public inbound portal message from the customer", async () => {
    const caseId = a.caseIds[0] as string;
    const sent = await asA("POST", `/portal/cases/${caseId}/messages`, {
      body: "  Any news?\nI am still waiting for the refund.  ",
    });

    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      channel: "portal",
      direction: "inbound",
      author: "customer",
      summary: "Any news?",
      body: "Any news?\nI am still waiting for the refund.",
    });
    const detail = await asA("GET", `/portal/cases/${caseId}`);
    expect(detail.body.messages.map((message: { id: string }) => message.id)).toEqual([sent.body.id]);
    const timeline = await rt.request("GET", `/cases/${caseId}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({
      id: sent.body.id,
      customerId: a.customerId,
      caseId,
      author: "customer",
      visibility: "public",
    });
    expect(timeline.body.items[0]).not.toHaveProperty("agentId");
  });

  it("a message on its own closed case is 409 and writes nothing", async () => {
    const caseId = a.caseIds[1] as string;
    let etag = (await rt.request("GET", `/cases/${caseId}`)).headers.get("etag") as string;
    for (const to of ["open", "resolved", "closed"]) {
      const moved = await rt.request("POST", `/cases/${caseId}/transitions`, {
        body: { to },
        headers: { "if-match": etag },
      });
      expect(moved.status).toBe(200);
      etag = moved.headers.get("etag") as string;
    }
    const before = await rt.tableSnapshot();

    const response = await asA("POST", `/portal/cases/${caseId}/messages`, { body: "Hello?" });

    expect(response.status).toBe(409);
    expect(await rt.tableSnapshot()).toEqual(before);
  });
});

describe("someone else's records do not exist for a customer", () => {
  it("every portal route answers 404 for B's case, exactly as for a case that does not exist", async () => {
    const before = await rt.tableSnapshot();
    for (const bCase of b.caseIds) {
      for (const [method, suffix, body] of [
        ["GET", "", undefined],
        ["POST", "/messages", { body: "let me in" }],
      ] as const) {
        const theirs = await asA(method, `/portal/cases/${bCase}${suffix}`, body);
        const missing = await asA(method, `/portal/cases/01NOSUCHCASE0000000000000${suffix}`, body);
        expect(theirs.status).toBe(404);
        expect(missing.status).toBe(404);
        // The same answer but for the id the caller sent itself.
        expect(theirs.text.replaceAll(bCase, "ID")).toBe(missing.text.replaceAll("01NOSUCHCASE0000000000000", "ID"));
      }
    }
    expect(await rt.tableSnapshot()).toEqual(before);
  });

  it("a cursor from B's list does not page A through B's cases (400)", async () => {
    const bPage = await as(tokenB, "GET", "/portal/cases?limit=1");
    expect(bPage.body.cursor).toEqual(expect.any(String));

    const response = await asA("GET", `/portal/cases?limit=1&cursor=${encodeURIComponent(bPage.body.cursor)}`);

    expect(response.status).toBe(400);
  });

  it("every staff route answers 403 to a customer token, whoever's ids it names", async () => {
    const caseNumber = (await rt.request("GET", `/cases/${b.caseIds[0]}`)).body.number as string;
    const targets: [string, string][] = [
      [b.customerId, b.caseIds[0] as string],
      [a.customerId, a.caseIds[0] as string],
    ];
    for (const [customerId, caseId] of targets) {
      const fill = (path: string) =>
        path.replace("{executionId}", "exec-1").replace("{id}", path.startsWith("/customers") ? customerId : caseId);
      const queries: Record<string, string> = {
        "GET /search": `?q=${encodeURIComponent(caseNumber)}`,
        "GET /audit": `?entityType=case&entityId=${caseId}`,
        "GET /cases": `?customerId=${customerId}`,
      };
      for (const group of Object.values(routeGroups)) {
        for (const [routeKey, spec] of Object.entries(group.routes)) {
          if (spec.roles === "public" || (spec.roles as readonly string[]).includes("customer")) continue;
          const [method, template] = routeKey.split(" ") as [string, string];
          const headers: Record<string, string> =
            method === "PATCH" || routeKey.endsWith("/transitions") ? { "if-match": '"1"' } : {};
          const body = method === "GET" ? undefined : { subject: "mine now", to: "closed", duplicateId: customerId };
          const response = await asA(method, fill(template) + (queries[routeKey] ?? ""), body, headers);
          expect({ routeKey, status: response.status }).toEqual({ routeKey, status: 403 });
        }
      }
    }
  });

  it("a customer actor that names no customer is refused (Forbidden → 403) by every portal operation", async () => {
    // The local issuer will not even sign such a token; a Cognito user without the attribute could
    // carry one, so the portal refuses it itself.
    const meta = { actor: { sub: "sub-unlinked", roles: ["customer"] as const } };
    const caseId = a.caseIds[0] as string;
    const before = await rt.tableSnapshot();
    await expect(Portal.listCases(rt.app, meta.actor, { limit: 10 })).rejects.toBeInstanceOf(Forbidden);
    await expect(Portal.submitCase(rt.app, meta, { subject: "x", description: "y" })).rejects.toBeInstanceOf(Forbidden);
    await expect(Portal.getCase(rt.app, meta.actor, caseId)).rejects.toBeInstanceOf(Forbidden);
    await expect(Portal.sendMessage(rt.app, meta, caseId, { body: "hi" })).rejects.toBeInstanceOf(Forbidden);
    expect(await rt.tableSnapshot()).toEqual(before);
  });

  it("no answer to A ever contained anything of B's", () => {
    expect(answersToA.length).toBeGreaterThan(30);
    const leaks = answersToA.flatMap(({ path, text }) =>
      // An id A itself put in the path may be echoed back (as `instance`): that tells A nothing new.
      b.secrets.filter((secret) => !path.includes(secret) && text.includes(secret)).map((secret) => ({ path, secret })),
    );
    expect(leaks).toEqual([]);
  });
});
