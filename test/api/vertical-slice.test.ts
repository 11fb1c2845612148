import { Timers } from "@caseline/core";
import { routeGroups } from "@caseline/functions/api/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 1 });
});
afterAll(async () => {
  await rt?.stop();
});

const customerBody = {
  kind: "person",
  displayName: "José Álvarez",
  emails: ["jose@example.org"],
  phones: ["+525512345678"],
  preferredLanguage: "es-MX",
};

describe("the vertical slice through every port", () => {
  it("answers /health without a token", async () => {
    const response = await rt.request("GET", "/health", { roles: null });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("creates and reads a customer, with its audit entry and outbox event stored with it", async () => {
    // Arrange / Act
    const created = await rt.request("POST", "/customers", { body: customerBody });
    // Assert
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: "person",
      displayName: "José Álvarez",
      emails: [{ address: "jose@example.org", label: "other", primary: false, verified: false }],
      phones: [{ number: "+525512345678", label: "other", primary: false }],
      preferredLanguage: "es-MX",
      tier: "standard",
      status: "active",
      version: 1,
    });
    expect(created.headers.get("location")).toBe(`/customers/${created.body.id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    const read = await rt.request("GET", `/customers/${created.body.id}`, { roles: ["agent"] });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect((await rt.request("GET", `/customers/${created.body.id}`, { roles: ["viewer"] })).status).toBe(200);

    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "customer", entityId: created.body.id })
      .go();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorSub: "u-test", after: created.body });
  });

  it("opens a case, publishes case.created through the stream and bus, and its timer fires once", async () => {
    const customer = await rt.request("POST", "/customers", { body: customerBody });
    const opened = await rt.request("POST", "/cases", {
      body: {
        customerId: customer.body.id,
        subject: "Cannot log in",
        type: "incident",
        priority: "high",
        channel: "email",
      },
      headers: { "x-correlation-id": "corr-slice-1" },
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get("x-correlation-id")).toBe("corr-slice-1");
    expect(opened.body).toMatchObject({ status: "new", priority: "high", customerId: customer.body.id });
    expect(opened.body.number).toMatch(/^CL-\d{6}$/);
    const read = await rt.request("GET", `/cases/${opened.body.id}`);
    expect(read.body).toEqual(opened.body);

    // The audit entry carries the request's correlation id.
    const { data: audit } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "case", entityId: opened.body.id })
      .go();
    expect(audit.map((entry) => [entry.action, entry.correlationId])).toEqual([["create", "corr-slice-1"]]);

    // stream → bus → arm-case-timers delivered the event to its rule's target
    const delivery = await eventually(async () =>
      rt.runtime.bus.deliveries().find((d) => d.rule === "arm-case-timers"),
    );
    expect(delivery).toBeDefined();

    // the timer (1 s after creation) fires, and its handler records that exactly once
    const timerName = Timers.caseAckTimer(opened.body.id, opened.body.createdAt, 1).timerName;
    const firings = await eventually(async () => {
      const found = await Timers.firingsOf(rt.app, timerName);
      return found.length > 0 ? found : undefined;
    });
    expect(firings).toHaveLength(1);
    expect(firings[0]).toMatchObject({
      kind: "case.ack",
      subjectId: opened.body.id,
      dueAt: Timers.caseAckTimer(opened.body.id, opened.body.createdAt, 1).dueAt,
    });
    // and the fired timer is gone from the table
    await eventually(async () => ((await rt.runtime.timers.find(timerName)) ? undefined : true));
  });

  it("keeps each request's correlation id its own when many run at once", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rt.request("POST", "/customers", {
          body: { kind: "person", displayName: `Concurrent ${i}` },
          headers: { "x-correlation-id": `corr-concurrent-${i}` },
        }),
      ),
    );
    for (const [i, response] of responses.entries()) {
      expect(response.headers.get("x-correlation-id")).toBe(`corr-concurrent-${i}`);
      const { data } = await rt.app.store.entities.audit.query
        .byEntity({ entityType: "customer", entityId: response.body.id })
        .go();
      expect(data[0]?.correlationId).toBe(`corr-concurrent-${i}`);
    }
  });

  it("hands out distinct, increasing case numbers", async () => {
    const customer = await rt.request("POST", "/customers", { body: customerBody });
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () =>
        rt.request("POST", "/cases", { body: { customerId: customer.body.id, subject: "Same", type: "inquiry" } }),
      ),
    );
    const values = numbers.map((response) => response.body.number as string);
    expect(new Set(values).size).toBe(8);
  });

  it("serves the console's page at / and to a browser's client-side routes, and nothing outside it", async () => {
    const page = await fetch(`${rt.url}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<title>Caseline</title>");
    const clientRoute = await fetch(`${rt.url}/cases/new/wizard`, { headers: { accept: "text/html" } });
    expect(clientRoute.status).toBe(200);
    const outsideTheSite = await fetch(`${rt.url}/..%2f..%2fpackage.json`);
    expect(outsideTheSite.status).toBe(404);
  });

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const response = await rt.request("GET", "/openapi.json", { roles: null });
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe("3.1.0");
    // Every route of the route table is documented, with its method.
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = Object.values(routeGroups).flatMap((group) => Object.keys(group.routes));
    expect(documented.sort()).toEqual(routes.sort());
    const createCustomer = doc.paths["/customers"].post;
    const schema = createCustomer.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["kind", "displayName"]));
    expect(schema.properties.kind.enum).toEqual(["person", "organization"]);
    expect(createCustomer.security).toEqual([{ bearer: [] }]);
    expect(createCustomer.responses["201"].content["application/json"].schema.properties.id).toBeDefined();
    expect(doc.paths["/health"].get.security).toBeUndefined();
  });
});
