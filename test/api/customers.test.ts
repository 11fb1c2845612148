import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineRequestRecorder, startTestRuntime, type TestRuntime } from "../support/runtime.js";

const recorder = new EngineRequestRecorder();
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ onEngineRequest: recorder.observe, defaultPhoneRegion: "BR" });
});
afterAll(async () => {
  await rt?.stop();
});

const maria = {
  kind: "person",
  displayName: "Maria da Silva",
  names: { given: "Maria", family: "da Silva" },
  emails: ["Maria.Silva@Example.org", { address: "maria@work.example", label: "work" }],
  phones: ["(11) 98765-4321", { number: "+1 202 555 0143", label: "work" }],
  addresses: [
    {
      label: "home",
      lines: ["Rua Augusta 100", "apto 12"],
      city: "São Paulo",
      region: "SP",
      postalCode: "01305-000",
      country: "BR",
    },
  ],
  preferredChannel: "email",
  preferredLanguage: "pt-BR",
  tier: "gold",
  creditLimit: { amountMinor: 500_000, currency: "BRL" },
  preferences: { contact: { doNotCall: true }, purchase: { deliveryWindow: "mornings" } },
  consents: [{ purpose: "marketing", status: "granted", grantedAt: "2026-01-10T12:00:00Z", source: "web form" }],
  externalIds: [{ system: "crm", value: "SF-0042" }],
  demographics: { birthDate: "1984-05-06" },
};

describe("customers", () => {
  it("stores the whole profile: phones in E.164, emails lower-cased, money in minor units", async () => {
    const created = await rt.request("POST", "/customers", { roles: ["admin"], body: maria });
    expect(created.status).toBe(201);
    expect(created.body.phones).toEqual([
      { number: "+5511987654321", label: "other", primary: false },
      { number: "+12025550143", label: "work", primary: false },
    ]);
    expect(created.body.emails.map((email: { address: string }) => email.address)).toEqual([
      "maria.silva@example.org",
      "maria@work.example",
    ]);
    expect(created.body).toMatchObject({
      status: "active",
      creditLimit: { amountMinor: 500_000, currency: "BRL" },
      demographics: { birthDate: "1984-05-06" },
      consents: maria.consents,
    });
    expect(created.body.masked).toBeUndefined();
  });

  it("refuses invalid phones, currencies, countries and language tags with 400 naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ phones: ["12"] }, "phones.0"],
      [{ creditLimit: { amountMinor: 10.5, currency: "BRL" } }, "creditLimit.amountMinor"],
      [{ creditLimit: { amountMinor: 10, currency: "XYZ" } }, "creditLimit.currency"],
      [{ addresses: [{ lines: ["x"], city: "y", country: "Brazil" }] }, "addresses.0.country"],
      [{ preferredLanguage: "portuguese!" }, "preferredLanguage"],
    ];
    const before = await rt.quietSnapshot();
    for (const [change, path] of cases) {
      const response = await rt.request("POST", "/customers", {
        body: { kind: "person", displayName: "X", ...change },
      });
      expect(response.status, path).toBe(400);
      expect(
        response.body.errors.map((error: { path: string }) => error.path),
        path,
      ).toContain(path);
    }
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("masks by role: viewers see contact points masked and no personal or sensitive data; agents no sensitive data", async () => {
    const { body } = await rt.request("POST", "/customers", { roles: ["admin"], body: maria });
    const asAdmin = await rt.request("GET", `/customers/${body.id}`, { roles: ["admin"] });
    const asAgent = await rt.request("GET", `/customers/${body.id}`, { roles: ["agent"] });
    const asViewer = await rt.request("GET", `/customers/${body.id}`, { roles: ["viewer"] });
    expect(asAdmin.body.creditLimit).toEqual(maria.creditLimit);
    expect(asAgent.body.creditLimit).toBeUndefined();
    expect(asAgent.body.demographics).toBeUndefined();
    expect(asAgent.body.masked).toEqual(["creditLimit", "demographics"]);
    expect(asAgent.body.phones[0].number).toBe("+5511987654321");
    expect(asViewer.body.emails[0].address).toBe("m***@example.org");
    expect(asViewer.body.phones[0].number).toBe("+55*******4321");
    expect(asViewer.body.names).toBeUndefined();
    expect(asViewer.body.addresses).toEqual([]);
    expect(JSON.stringify(asViewer.body)).not.toContain("Augusta");
    expect(JSON.stringify(asViewer.body)).not.toContain("1984");
  });

  it("PATCH needs If-Match: 428 without, 412 when stale, and removes fields set to null", async () => {
    const { body } = await rt.request("POST", "/customers", { roles: ["admin"], body: maria });
    const path = `/customers/${body.id}`;
    expect((await rt.request("PATCH", path, { body: { tier: "platinum" } })).status).toBe(428);
    const changed = await rt.request("PATCH", path, {
      roles: ["admin"],
      body: { tier: "platinum", demographics: null, emails: ["new@example.org"] },
      headers: { "if-match": '"1"' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('"2"');
    expect(changed.body).toMatchObject({ tier: "platinum", version: 2 });
    expect(changed.body.demographics).toBeUndefined();
    expect(changed.body.emails.map((email: { address: string }) => email.address)).toEqual(["new@example.org"]);
    const before = await rt.quietSnapshot();
    const stale = await rt.request("PATCH", path, { body: { tier: "silver" }, headers: { "if-match": '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ type: "https://caseline.dev/problems/precondition-failed", currentVersion: 2 });
    expect(await rt.quietSnapshot()).toEqual(before);
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "customer", entityId: body.id })
      .go();
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update"]);
    expect(audit[1]?.before).toMatchObject({ tier: "gold" });
    expect(audit[1]?.after).toMatchObject({ tier: "platinum" });
  });

  it("32 concurrent PATCHes with the same ETag: exactly one wins, the rest are 412, nothing is lost", async () => {
    const { body } = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Race" } });
    const responses = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        rt.request("PATCH", `/customers/${body.id}`, {
          body: { displayName: `Race ${i}` },
          headers: { "if-match": '"1"' },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(31);
    const winner = responses.find((response) => response.status === 200)!.body.displayName;
    const stored = await rt.request("GET", `/customers/${body.id}`);
    expect(stored.body).toMatchObject({ displayName: winner, version: 2 });
  });

  it("Idempotency-Key: 50 concurrent creates make one customer; the same key with another body is 422", async () => {
    const key = "create-customer-once";
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        rt.request("POST", "/customers", {
          body: { kind: "person", displayName: "Only Once" },
          headers: { "idempotency-key": key },
        }),
      ),
    );
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const { data } = await rt.app.store.entities.customer.scan
      .where((attr, op) => op.eq(attr.displayName, "Only Once"))
      .go({ pages: "all" });
    expect(data).toHaveLength(1);
    const reused = await rt.request("POST", "/customers", {
      body: { kind: "person", displayName: "Someone Else" },
      headers: { "idempotency-key": key },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe("https://caseline.dev/problems/idempotency-key-reused");
  });
});

describe("products, contracts and warranties", () => {
  it("adds and lists a customer's holdings, in force or not", async () => {
    const { body: customer } = await rt.request("POST", "/customers", {
      body: { kind: "organization", displayName: "Acme" },
    });
    const contract = await rt.request("POST", `/customers/${customer.id}/products`, {
      body: {
        kind: "contract",
        productCode: "SUP-GOLD",
        productName: "Gold support",
        startDate: "2026-01-01",
        endDate: "2099-12-31",
        serviceLevel: "gold",
      },
    });
    expect(contract.status).toBe(201);
    expect(contract.body).toMatchObject({ customerId: customer.id, serviceLevel: "gold", active: true });
    await rt.request("POST", `/customers/${customer.id}/products`, {
      body: {
        kind: "warranty",
        productCode: "W-1",
        productName: "Old warranty",
        startDate: "2020-01-01",
        endDate: "2021-01-01",
        warrantyEnd: "2021-01-01",
      },
    });
    const list = await rt.request("GET", `/customers/${customer.id}/products`, { roles: ["viewer"] });
    expect(
      list.body.items.map((item: { productCode: string; active: boolean }) => [item.productCode, item.active]).sort(),
    ).toEqual([
      ["SUP-GOLD", true],
      ["W-1", false],
    ]);
    const backwards = await rt.request("POST", `/customers/${customer.id}/products`, {
      body: { kind: "product", productCode: "P", productName: "P", startDate: "2026-02-01", endDate: "2026-01-01" },
    });
    expect(backwards.status).toBe(400);
    const missing = await rt.request("POST", "/customers/NO-SUCH/products", {
      body: { kind: "product", productCode: "P", productName: "P", startDate: "2026-02-01" },
    });
    expect(missing.status).toBe(404);
  });
});

describe("the customer 360 view", () => {
  it("returns profile, holdings, open and recent cases from ONE Query, paged", async () => {
    const { body: customer } = await rt.request("POST", "/customers", { roles: ["admin"], body: maria });
    await rt.request("POST", `/customers/${customer.id}/products`, {
      body: { kind: "contract", productCode: "C", productName: "Care plan", startDate: "2026-01-01" },
    });
    for (let i = 0; i < 3; i++) {
      await rt.request("POST", "/cases", { body: { customerId: customer.id, subject: `Case ${i}`, type: "inquiry" } });
    }
    const { result, requests } = await recorder.during(() =>
      rt.request("GET", `/customers/${customer.id}/360`, { roles: ["agent"] }),
    );
    expect(requests).toEqual(["Query"]);
    expect(result.status).toBe(200);
    expect(result.body.profile).toMatchObject({
      id: customer.id,
      displayName: "Maria da Silva",
      masked: ["creditLimit", "demographics"],
    });
    expect(result.body.holdings.map((holding: { productName: string }) => holding.productName)).toEqual(["Care plan"]);
    expect(result.body.openCases.map((item: { subject: string }) => item.subject)).toEqual([
      "Case 2",
      "Case 1",
      "Case 0",
    ]);
    expect(result.body.cursor).toBeNull();

    const firstPage = await rt.request("GET", `/customers/${customer.id}/360?limit=2`);
    expect(firstPage.body.profile.id).toBe(customer.id);
    expect(firstPage.body.cursor).toEqual(expect.any(String));
    const secondPage = await rt.request(
      "GET",
      `/customers/${customer.id}/360?limit=2&cursor=${encodeURIComponent(firstPage.body.cursor)}`,
    );
    expect(secondPage.body.profile).toBeNull();
    expect(secondPage.body.openCases.length).toBeGreaterThan(0);
    expect((await rt.request("GET", "/customers/NO-SUCH/360")).status).toBe(404);
    // Another customer's cursor, or garbage, is refused rather than read.
    for (const cursor of [firstPage.body.cursor, "garbage"]) {
      const refused = await rt.request("GET", `/customers/NO-SUCH/360?cursor=${encodeURIComponent(cursor)}`);
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain("application/problem+json");
    }
  });
});

describe("the audit trail", () => {
  it("GET /audit lists an entity's changes oldest first, for supervisors and admins only", async () => {
    const { body } = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Audited" } });
    await rt.request("PATCH", `/customers/${body.id}`, { body: { tier: "silver" }, headers: { "if-match": '"1"' } });
    const trail = await rt.request("GET", `/audit?entityType=customer&entityId=${body.id}`, { roles: ["supervisor"] });
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((entry: { action: string }) => entry.action)).toEqual(["create", "update"]);
    expect(trail.body.items[1]).toMatchObject({
      actor: { sub: "u-test" },
      before: { tier: "standard" },
      after: { tier: "silver" },
    });
    expect(
      (await rt.request("GET", `/audit?entityType=customer&entityId=${body.id}`, { roles: ["agent"] })).status,
    ).toBe(403);
    expect((await rt.request("GET", "/audit?entityType=customer", { roles: ["admin"] })).status).toBe(400);
  });

  it("no route updates or deletes audit entries", async () => {
    const { routeGroups } = await import("@caseline/functions/api/routes");
    const auditRoutes = Object.values(routeGroups)
      .flatMap((group) => Object.keys(group.routes))
      .filter((route) => route.includes("/audit"));
    expect(auditRoutes).toEqual(["GET /audit"]);
  });
});
