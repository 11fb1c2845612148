import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(async () => {
  await rt?.stop();
});

async function customer(body: Record<string, unknown>) {
  return (await rt.request("POST", "/customers", { roles: ["admin"], body: { kind: "person", ...body } })).body;
}

describe("merging duplicate customers", () => {
  it("moves cases, interactions and products; unites contact points; leaves a redirecting tombstone; audited; a second call changes nothing", async () => {
    // Arrange: a survivor and a duplicate, each with things of their own.
    const survivor = await customer({
      displayName: "Ana Costa",
      emails: ["ana@example.org"],
      phones: ["+5521998765432"],
    });
    const duplicate = await customer({
      displayName: "Ana L. Costa",
      emails: ["ana@example.org", "ana.costa@work.example"],
      phones: ["+5511912345678"],
      externalIds: [{ system: "legacy", value: "L-77" }],
    });
    const caseIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const opened = await rt.request("POST", "/cases", {
        body: { customerId: duplicate.id, subject: `Dup case ${i}`, type: "inquiry" },
      });
      caseIds.push(opened.body.id);
    }
    const holding = await rt.request("POST", `/customers/${duplicate.id}/products`, {
      body: {
        kind: "warranty",
        productCode: "W",
        productName: "Warranty",
        startDate: "2026-01-01",
        warrantyEnd: "2028-01-01",
      },
    });
    const interactionIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      const logged = await rt.request("POST", `/customers/${duplicate.id}/interactions`, {
        body: { channel: "phone", direction: "inbound", summary: `Call ${i}` },
      });
      expect(logged.status).toBe(201);
      interactionIds.push(logged.body.id);
    }

    // Act
    const merged = await rt.request("POST", `/customers/${survivor.id}/merge`, {
      roles: ["supervisor"],
      body: { duplicateId: duplicate.id },
    });

    // Assert
    expect(merged.status).toBe(200);
    expect(merged.body).toEqual({
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      moved: { cases: 3, holdings: 1, interactions: 2 },
    });
    for (const caseId of caseIds) {
      const moved = await rt.request("GET", `/cases/${caseId}`);
      expect(moved.body.customerId).toBe(survivor.id);
      // A new version: an ETag read before the merge is stale now.
      expect(moved.headers.get("etag")).toBe('"2"');
    }
    const view = await rt.request("GET", `/customers/${survivor.id}/360`, { roles: ["admin"] });
    expect(view.body.openCases.map((item: { id: string }) => item.id).sort()).toEqual([...caseIds].sort());
    expect(view.body.holdings.map((item: { id: string }) => item.id)).toEqual([holding.body.id]);
    expect(view.body.recentInteractions.map((item: { id: string }) => item.id).sort()).toEqual(
      [...interactionIds].sort(),
    );
    expect(view.body.profile.emails.map((email: { address: string }) => email.address)).toEqual([
      "ana@example.org",
      "ana.costa@work.example",
    ]);
    expect(view.body.profile.phones.map((phone: { number: string; primary: boolean }) => phone.number)).toEqual([
      "+5521998765432",
      "+5511912345678",
    ]);
    expect(view.body.profile.externalIds).toEqual([{ system: "legacy", value: "L-77" }]);

    // The duplicate is a tombstone that redirects to the survivor.
    const redirect = await fetch(`${rt.url}/customers/${duplicate.id}`, {
      headers: { authorization: `Bearer ${await rt.token(["agent"])}` },
      redirect: "manual",
    });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe(`/customers/${survivor.id}`);
    const followed = await rt.request("GET", `/customers/${duplicate.id}`);
    expect(followed.body.id).toBe(survivor.id);

    // Audited on both customers and on every moved item.
    const trail = async (entityType: string, entityId: string) =>
      (await rt.app.store.entities.audit.query.byEntity({ entityType, entityId }).go()).data.map(
        (entry) => entry.action,
      );
    expect(await trail("customer", survivor.id)).toEqual(["create", "merge"]);
    expect(await trail("customer", duplicate.id)).toEqual(["create", "merge"]);
    expect(await trail("case", caseIds[0]!)).toEqual(["create", "merge"]);

    // Nothing new attaches to the tombstone.
    const late = await rt.request("POST", `/customers/${duplicate.id}/interactions`, {
      body: { channel: "phone", direction: "inbound", summary: "Too late" },
    });
    expect(late.status).toBe(404);

    // A second call (a retry) changes nothing.
    const before = await rt.quietSnapshot();
    const again = await rt.request("POST", `/customers/${survivor.id}/merge`, {
      roles: ["supervisor"],
      body: { duplicateId: duplicate.id },
    });
    expect(again.status).toBe(200);
    expect(again.body.moved).toEqual({ cases: 0, holdings: 0, interactions: 0 });
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("refuses what makes no sense, writing nothing", async () => {
    const a = await customer({ displayName: "A" });
    const b = await customer({ displayName: "B" });
    const c = await customer({ displayName: "C" });
    await rt.request("POST", `/customers/${a.id}/merge`, { roles: ["admin"], body: { duplicateId: b.id } });
    const before = await rt.quietSnapshot();
    const refusals: [string, unknown, string[], number][] = [
      [a.id, { duplicateId: a.id }, ["admin"], 422],
      [a.id, { duplicateId: "NO-SUCH" }, ["admin"], 422],
      ["NO-SUCH", { duplicateId: c.id }, ["admin"], 404],
      [c.id, { duplicateId: b.id }, ["admin"], 409],
      [b.id, { duplicateId: c.id }, ["admin"], 409],
      [a.id, { duplicateId: c.id }, ["agent"], 403],
      [a.id, {}, ["admin"], 400],
    ];
    for (const [survivorId, body, roles, status] of refusals) {
      const response = await rt.request("POST", `/customers/${survivorId}/merge`, { roles, body });
      expect(response.status, JSON.stringify([survivorId, body, roles])).toBe(status);
    }
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("a merged customer cannot be changed: PATCH is 409 naming the survivor", async () => {
    const a = await customer({ displayName: "Keep" });
    const b = await customer({ displayName: "Drop" });
    await rt.request("POST", `/customers/${a.id}/merge`, { roles: ["admin"], body: { duplicateId: b.id } });
    const response = await rt.request("PATCH", `/customers/${b.id}`, {
      body: { tier: "gold" },
      headers: { "if-match": '"2"' },
    });
    expect(response.status).toBe(409);
    expect(response.body.mergedInto).toBe(a.id);
  });

  it("a portal token of the merged duplicate follows the merge: its cases are still the person's own", async () => {
    const keep = await customer({ displayName: "Rosa Lima" });
    const drop = await customer({ displayName: "Rosa M. Lima" });
    const opened = await rt.request("POST", "/cases", {
      body: { customerId: drop.id, subject: "Opened on the duplicate", type: "inquiry" },
    });
    const stranger = await customer({ displayName: "Someone else" });
    await rt.request("POST", "/cases", { body: { customerId: stranger.id, subject: "Not Rosa's", type: "inquiry" } });
    await rt.request("POST", `/customers/${keep.id}/merge`, { roles: ["admin"], body: { duplicateId: drop.id } });

    const token = await rt.token(["customer"], "sub-rosa-old", drop.id);
    const headers = { authorization: `Bearer ${token}` };
    const mine = await rt.request("GET", "/portal/cases", { headers });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([opened.body.id]);
    expect((await rt.request("GET", `/portal/cases/${opened.body.id}`, { headers })).status).toBe(200);
    const submitted = await rt.request("POST", "/portal/cases", {
      headers,
      body: { subject: "After the merge", description: "Still me" },
    });
    expect(submitted.status).toBe(201);
    expect((await rt.request("GET", `/cases/${submitted.body.id}`)).body.customerId).toBe(keep.id);
  });
});
