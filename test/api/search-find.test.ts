import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

/** GET /search through the real API and engine: customers created by POST /customers, cases by POST /cases. */
let rt: TestRuntime;
let jose: { id: string; displayName: string };
let josefina: { id: string };
let maria: { id: string };
let mariana: { id: string };
let us: { id: string };
let kase: { id: string; number: string; subject: string };

async function create(path: string, body: unknown) {
  const response = await rt.request("POST", path, { body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function search(q: string, roles: string[] = ["agent"]) {
  const response = await rt.request("GET", `/search?q=${encodeURIComponent(q)}`, { roles });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { query: string; items: { type: string; id: string; label: string; matchedBy: string }[] };
}

const ids = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);

beforeAll(async () => {
  rt = await startTestRuntime();
  jose = await create("/customers", {
    kind: "person",
    displayName: "José Álvarez",
    names: { given: "José", family: "Álvarez" },
    emails: ["jose@example.org"],
    phones: ["+525512345678"],
    externalIds: [{ system: "crm", value: "A-1001" }],
  });
  josefina = await create("/customers", { kind: "person", displayName: "Josefina Ortega" });
  maria = await create("/customers", {
    kind: "person",
    displayName: "Maria da Silva",
    emails: ["Maria.Silva@Example.com.br"],
    phones: ["+55 11 98765-4321"],
  });
  mariana = await create("/customers", { kind: "person", displayName: "Mariana Costa" });
  us = await create("/customers", { kind: "organization", displayName: "Acme", phones: ["(202) 555-0143"] });
  kase = await create("/cases", { customerId: jose.id, subject: "Cannot log in", type: "inquiry" });
});
afterAll(async () => {
  await rt?.stop();
});

describe("GET /search finds customers", () => {
  it("by email, in any case", async () => {
    for (const q of ["jose@example.org", "JOSE@Example.ORG", "  jose@example.org "]) {
      const result = await search(q);
      expect(result.items, q).toEqual([{ type: "customer", id: jose.id, label: "José Álvarez", matchedBy: "email" }]);
    }
    expect(ids(await search("maria.silva@example.com.br"))).toEqual([maria.id]);
  });

  it("by phone, written in any common format", async () => {
    for (const q of ["+52 55 1234 5678", "+52 (55) 1234-5678", "011 52 55 1234 5678", "+525512345678"]) {
      const result = await search(q);
      expect(result.items, q).toEqual([{ type: "customer", id: jose.id, label: "José Álvarez", matchedBy: "phone" }]);
    }
    expect(ids(await search("+55 (11) 98765-4321"))).toEqual([maria.id]);
    // No country code: read in the default region (US).
    expect(ids(await search("(202) 555-0143"))).toEqual([us.id]);
  });

  it("by name prefix, whatever the case and accents", async () => {
    for (const q of ["josé álv", "alv", "Álvarez", "jose alvarez"]) {
      const result = await search(q);
      expect(result.items, q).toEqual([{ type: "customer", id: jose.id, label: "José Álvarez", matchedBy: "name" }]);
    }
    for (const q of ["jose", "JOSÉ", "Jos"]) {
      expect(ids(await search(q)), q).toEqual([jose.id, josefina.id]);
    }
  });

  it("by several words, each the start of a word of the name", async () => {
    expect(ids(await search("maria sil"))).toEqual([maria.id]);
    expect(ids(await search("mari"))).toEqual([maria.id, mariana.id]);
    // "maria" starts "Mariana" too; but no one is both a Silva and a Costa.
    expect(ids(await search("maria costa"))).toEqual([mariana.id]);
    expect(ids(await search("silva costa"))).toEqual([]);
  });

  it("by external id, in any case", async () => {
    for (const q of ["A-1001", "a-1001"]) {
      const result = await search(q);
      expect(result.items, q).toEqual([
        { type: "customer", id: jose.id, label: "José Álvarez", matchedBy: "externalId" },
      ]);
    }
  });
});

describe("GET /search follows changes", () => {
  it("finds a customer by its new email and name after PATCH, and no longer by the old ones", async () => {
    const created = await create("/customers", {
      kind: "person",
      displayName: "Zoe Quinn",
      emails: ["zoe.old@example.org"],
    });
    const changed = await rt.request("PATCH", `/customers/${created.id}`, {
      body: { displayName: "Zoe Quist", emails: ["zoe.new@example.org"] },
      headers: { "if-match": '"1"' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);

    expect((await search("zoe.old@example.org")).items).toEqual([]);
    expect((await search("quinn")).items).toEqual([]);
    expect((await search("zoe.new@example.org")).items).toEqual([
      { type: "customer", id: created.id, label: "Zoe Quist", matchedBy: "email" },
    ]);
    expect((await search("zoe qui")).items).toEqual([
      { type: "customer", id: created.id, label: "Zoe Quist", matchedBy: "name" },
    ]);
  });

  it("finds a merged duplicate no more: its email now finds the survivor, its name nothing", async () => {
    const survivor = await create("/customers", {
      kind: "person",
      displayName: "Paulo Reis",
      emails: ["paulo@example.org"],
    });
    const duplicate = await create("/customers", {
      kind: "person",
      displayName: "Pablo Reyes",
      emails: ["pablo@example.org"],
    });
    expect(ids(await search("pablo reyes"))).toEqual([duplicate.id]);

    const merged = await rt.request("POST", `/customers/${survivor.id}/merge`, {
      body: { duplicateId: duplicate.id },
      roles: ["supervisor"],
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);

    expect((await search("pablo@example.org")).items).toEqual([
      { type: "customer", id: survivor.id, label: "Paulo Reis", matchedBy: "email" },
    ]);
    expect((await search("pablo reyes")).items).toEqual([]);
    expect((await search("reyes")).items).toEqual([]);
  });
});

describe("GET /search finds cases", () => {
  it("by case number, however it is typed", async () => {
    expect(kase.number).toBe("CL-000001");
    for (const q of ["CL-000001", "cl-1", "cl 000001", "CL1"]) {
      const result = await search(q);
      expect(result.items, q).toEqual([
        { type: "case", id: kase.id, label: "CL-000001 Cannot log in", matchedBy: "caseNumber" },
      ]);
    }
  });
});

describe("GET /search answers", () => {
  it("the query and at most `limit` hits, exact matches before names", async () => {
    const result = await search("jose");
    expect(result.query).toBe("jose");
    const limited = await rt.request("GET", "/search?q=jose&limit=1");
    expect(limited.status).toBe(200);
    expect(ids(limited.body)).toEqual([jose.id]);
  });

  it("nothing when nothing matches", async () => {
    expect((await search("nobody@example.org")).items).toEqual([]);
    expect((await search("zz top")).items).toEqual([]);
  });

  it("400 for a query shorter than two characters, or none", async () => {
    for (const path of ["/search?q=j", "/search?q=%20%20j%20", "/search"]) {
      const response = await rt.request("GET", path);
      expect(response.status, path).toBe(400);
      expect(response.contentType).toContain("application/problem+json");
    }
  });

  it("to a viewer, and 403 to a customer", async () => {
    expect(ids(await search("jose@example.org", ["viewer"]))).toEqual([jose.id]);
    const refused = await rt.request("GET", "/search?q=jose", { roles: ["customer"] });
    expect(refused.status).toBe(403);
  });
});
