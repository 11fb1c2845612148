import { roles } from "@caseline/core/identity/roles";
import { type RouteSpec, routeGroups } from "@caseline/functions/api/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";
import { makeVin } from "../support/vehicles.js";

// Every route × every role, called with plausible input: 403 exactly when the route does not list
// the role. What an allowed call answers otherwise (200, 404, 409, 412, 501 for work in progress...)
// is other tests' business; here it only must not be 401 or 403.
const routes = Object.values(routeGroups).flatMap((group) =>
  Object.entries(group.routes as Readonly<Record<string, RouteSpec>>).map(([routeKey, spec]) => ({ routeKey, spec })),
);

let rt: TestRuntime;
const ids = {
  customer: "",
  duplicate: "",
  case: "",
  calendar: "",
  policy: "",
  vin: "",
  plate: "",
  transfer: "",
  document: "",
  lien: "",
  campaign: "",
  gift: "",
  receipt: "",
  recurring: "",
  pledge: "",
};
const tokens = new Map<string, string>();

beforeAll(async () => {
  rt = await startTestRuntime({ background: false });
  const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Marta Lima" } });
  const duplicate = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Marta Lima" } });
  ids.customer = customer.body.id;
  ids.duplicate = duplicate.body.id;
  ids.case = (
    await rt.request("POST", "/cases", { body: { customerId: ids.customer, subject: "Matrix", type: "inquiry" } })
  ).body.id;
  ids.calendar = (await rt.request("POST", "/calendars", { roles: ["admin"], body: officeHours })).body.id;
  ids.policy = (await rt.request("POST", "/sla-policies", { roles: ["admin"], body: policy() })).body.id;
  await rt.request("POST", "/fee-schedules", { roles: ["admin"], body: feeSchedule });
  ids.vin = (
    await rt.request("POST", "/vehicles", {
      body: { vin: makeVin(2015), make: "Ford", model: "Focus", modelYear: 2015, owners: [ids.customer] },
    })
  ).body.vin;
  ids.plate = (
    await rt.request("POST", "/plates", { body: { jurisdiction: "US-CA", number: "MTX1", vin: ids.vin } })
  ).body.number;
  const transfer = await rt.request("POST", "/cases", {
    body: {
      customerId: ids.customer,
      subject: "Matrix transfer",
      type: "vehicle_transfer",
      transfer: {
        vin: ids.vin,
        sellers: [ids.customer],
        buyers: [ids.duplicate],
        plateDecision: { kind: "transferred_with_vehicle", plate: { jurisdiction: "US-CA", number: ids.plate } },
        saleDate: "2025-01-01",
        price: { amountMinor: 100, currency: "USD" },
        liens: [{ holder: "Bank", amount: { amountMinor: 1, currency: "USD" }, recordedOn: "2024-01-01" }],
      },
    },
  });
  expect(transfer.status, JSON.stringify(transfer.body)).toBe(201);
  ids.transfer = transfer.body.id;
  const record = (await rt.request("GET", `/cases/${ids.transfer}/transfer`)).body;
  ids.document = record.documents[0].id;
  ids.lien = record.liens[0].id;
  ids.campaign = (await rt.request("POST", "/campaigns", { roles: ["admin"], body: campaign })).body.id;
  const gift = await rt.request("POST", "/gifts", { body: giftFor(ids.customer) });
  ids.gift = gift.body.id;
  ids.receipt = gift.body.receiptNumber;
  ids.recurring = (await rt.request("POST", "/recurring-gifts", { body: recurringFor(ids.customer) })).body.id;
  ids.pledge = (await rt.request("POST", "/pledges", { body: pledgeFor(ids.customer) })).body.id;
  for (const role of roles) tokens.set(role, await rt.token([role], `sub-${role}`, ids.customer));
});
afterAll(async () => {
  await rt?.stop();
});

const nineToFive = [{ start: "09:00", end: "17:00" }];
const officeHours = {
  name: "Office",
  timeZone: "America/Sao_Paulo",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
  holidays: [],
  closures: [],
};

const policy = () => ({
  name: "Office policy",
  position: 10,
  calendarId: ids.calendar,
  metrics: { resolution: { targets: { normal: 480 } } },
});
const feeSchedule = {
  effectiveFrom: "2020-01-01",
  currency: "USD",
  fees: [{ code: "title", label: "Title", amountMinor: 100 }],
};
let plates = 0;
const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });
const campaign = { name: "Matrix appeal", goal: usd(100_000), startDate: "2025-01-01" };
const giftFor = (customerId: string) => ({ customerId, amount: usd(1000), date: "2025-06-01", method: "card" });
const recurringFor = (customerId: string) => ({
  customerId,
  amount: usd(500),
  frequency: "monthly",
  startDate: "2099-01-01",
});
const pledgeFor = (customerId: string) => ({
  customerId,
  total: usd(1_000_000),
  schedule: [{ dueDate: "2099-01-01", amountMinor: 1_000_000 }],
});

/** Plausible input per route; a route added without one fails the first test below. */
const samples: Record<string, () => { query?: string; body?: unknown; versioned?: true }> = {
  "GET /health": () => ({}),
  "GET /openapi.json": () => ({}),
  "POST /customers": () => ({ body: { kind: "organization", displayName: "Acme Ltda" } }),
  "GET /customers/{id}": () => ({}),
  "PATCH /customers/{id}": () => ({ body: { preferredLanguage: "pt-BR" }, versioned: true }),
  "GET /customers/{id}/360": () => ({}),
  "POST /customers/{id}/merge": () => ({ body: { duplicateId: ids.duplicate } }),
  "POST /customers/{id}/products": () => ({
    body: { kind: "warranty", productCode: "W-1", productName: "Extended warranty", startDate: "2025-01-01" },
  }),
  "GET /customers/{id}/products": () => ({}),
  "POST /cases": () => ({ body: { customerId: ids.customer, subject: "Another", type: "incident" } }),
  "GET /cases": () => ({ query: `?customerId=${ids.customer}` }),
  "GET /cases/{id}": () => ({}),
  "PATCH /cases/{id}": () => ({ body: { priority: "high" }, versioned: true }),
  "POST /cases/{id}/transitions": () => ({ body: { to: "open" }, versioned: true }),
  "POST /cases/bulk": () => ({ body: { action: "priority", caseIds: [ids.case], value: "urgent" } }),
  "POST /cases/{id}/interactions": () => ({ body: { channel: "chat", direction: "inbound", summary: "Hi" } }),
  "GET /cases/{id}/timeline": () => ({}),
  "POST /customers/{id}/interactions": () => ({ body: { channel: "fax", direction: "inbound", summary: "A fax" } }),
  "GET /customers/{id}/timeline": () => ({}),
  "GET /portal/cases": () => ({}),
  "POST /portal/cases": () => ({ body: { subject: "Help", description: "Please" } }),
  "GET /portal/cases/{id}": () => ({}),
  "POST /portal/cases/{id}/messages": () => ({ body: { body: "Any news?" } }),
  "GET /search": () => ({ query: "?q=Marta" }),
  "GET /audit": () => ({ query: `?entityType=case&entityId=${ids.case}` }),
  "POST /calendars": () => ({ body: officeHours }),
  "GET /calendars": () => ({}),
  "GET /calendars/{id}": () => ({}),
  "PUT /calendars/{id}": () => ({ body: { ...officeHours, name: "Office (new hours)" }, versioned: true }),
  "DELETE /calendars/{id}": () => ({ versioned: true }),
  "POST /calendars/{id}/business-time": () => ({ body: { from: "2026-11-27T12:00:00Z", addMinutes: 60 } }),
  "POST /sla-policies": () => ({ body: { ...policy(), position: 20 } }),
  "GET /sla-policies": () => ({}),
  "GET /sla-policies/{id}": () => ({}),
  "PUT /sla-policies/{id}": () => ({ body: { ...policy(), name: "Office policy (renamed)" }, versioned: true }),
  "DELETE /sla-policies/{id}": () => ({ versioned: true }),
  "GET /cases/{id}/sla": () => ({}),
  "GET /queues": () => ({}),
  "PUT /queues/{name}": () => ({ body: { supervisors: ["sub-supervisor"] } }),
  "GET /queues/{name}/cases": () => ({}),
  "GET /agents/{id}/cases": () => ({}),
  "GET /queue-board": () => ({}),
  "GET /notifications": () => ({}),
  "POST /vehicles": () => ({ body: { vin: makeVin(2021), make: "Kia", model: "Rio", modelYear: 2021 } }),
  "GET /vehicles/{vin}": () => ({}),
  "PATCH /vehicles/{vin}": () => ({ body: { colour: "red" }, versioned: true }),
  "GET /vehicles/{vin}/history": () => ({}),
  "POST /plates": () => ({ body: { jurisdiction: "US-NV", number: `MTX${++plates}` } }),
  "POST /plates/{jurisdiction}/{number}/assignment": () => ({ body: { vin: ids.vin } }),
  "GET /plates/{jurisdiction}/{number}/history": () => ({}),
  "GET /fee-schedules": () => ({}),
  "POST /fee-schedules": () => ({ body: feeSchedule }),
  "GET /cases/{id}/transfer": () => ({}),
  "POST /cases/{id}/transfer/documents/{documentId}": () => ({ body: { action: "receive" } }),
  "POST /cases/{id}/transfer/odometer": () => ({ body: { reading: 5, unit: "km", status: "actual" } }),
  "POST /cases/{id}/transfer/liens": () => ({
    body: { holder: "Bank", amount: { amountMinor: 1, currency: "USD" }, recordedOn: "2025-01-01" },
  }),
  "POST /cases/{id}/transfer/liens/{lienId}/release": () => ({ body: {} }),
  "POST /cases/{id}/transfer/complete": () => ({ versioned: true }),
  "POST /admin/exports": () => ({}),
  "GET /admin/exports/{executionId}": () => ({}),
  "GET /customers/{id}/donor": () => ({}),
  "PUT /customers/{id}/donor": () => ({ body: { doNotMail: true }, versioned: true }),
  "GET /customers/{id}/donor/receipts/{year}": () => ({}),
  "POST /campaigns": () => ({ body: campaign }),
  "GET /campaigns": () => ({}),
  "GET /campaigns/{id}": () => ({}),
  "PATCH /campaigns/{id}": () => ({ body: { description: "Matrix" }, versioned: true }),
  "POST /gifts": () => ({ body: giftFor(ids.customer) }),
  "GET /gifts": () => ({ query: `?customerId=${ids.customer}` }),
  "GET /gifts/{id}": () => ({}),
  "POST /gifts/{id}/void": () => ({ body: { reason: "Matrix" } }),
  "POST /recurring-gifts": () => ({ body: recurringFor(ids.customer) }),
  "GET /recurring-gifts": () => ({ query: `?customerId=${ids.customer}` }),
  "GET /recurring-gifts/{id}": () => ({}),
  "POST /pledges": () => ({ body: pledgeFor(ids.customer) }),
  "GET /pledges": () => ({ query: `?customerId=${ids.customer}` }),
  "GET /pledges/{id}": () => ({}),
  "POST /pledges/{id}/payments": () => ({ body: { amount: usd(100), date: "2025-06-01", method: "cash" } }),
  "GET /receipts/{number}": () => ({}),
  "GET /reports/donors/campaigns": () => ({}),
  "GET /reports/donors/giving-by-month": () => ({ query: "?year=2025" }),
  "GET /reports/donors/retention": () => ({ query: "?year=2025" }),
};

const idByPrefix: [string, keyof typeof ids][] = [
  ["/customers", "customer"],
  ["/calendars", "calendar"],
  ["/sla-policies", "policy"],
  ["/cases/{id}/transfer", "transfer"],
  ["/campaigns", "campaign"],
  ["/gifts", "gift"],
  ["/recurring-gifts", "recurring"],
  ["/pledges", "pledge"],
];

function pathOf(template: string): string {
  const id = ids[idByPrefix.find(([prefix]) => template.startsWith(prefix))?.[1] ?? "case"];
  return template
    .replace("{executionId}", "no-such-export")
    .replace("{name}", "matrix-queue")
    .replace("{id}", id)
    .replace("{vin}", ids.vin)
    .replace("{jurisdiction}", "US-CA")
    .replace("{number}", template.startsWith("/receipts") ? ids.receipt : ids.plate)
    .replace("{year}", "2025")
    .replace("{documentId}", ids.document)
    .replace("{lienId}", ids.lien);
}

async function call(routeKey: string, token: string | undefined) {
  const [method, template] = routeKey.split(" ") as [string, string];
  const sample = samples[routeKey]?.() ?? {};
  const path = pathOf(template);
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  // An update names the version it changes: the current one, read by staff.
  if (sample.versioned) {
    const resource = path.replace(/\/(transitions|transfer\/complete)$/, "");
    headers["if-match"] = (await rt.request("GET", resource, { roles: ["admin"] })).headers.get("etag") ?? '"1"';
  }
  if (sample.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(rt.url + path + (sample.query ?? ""), {
    method,
    headers,
    ...(sample.body === undefined ? {} : { body: JSON.stringify(sample.body) }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("the authorization matrix", () => {
  it("has plausible input for every route", () => {
    expect(routes.map(({ routeKey }) => routeKey).filter((routeKey) => !samples[routeKey])).toEqual([]);
  });

  it("every route declares its roles; viewer is read-only; customer reaches the portal only", () => {
    for (const { routeKey, spec } of routes) {
      if (spec.roles === "public") {
        expect(routeKey.startsWith("GET ")).toBe(true);
        continue;
      }
      expect(spec.roles.length, routeKey).toBeGreaterThan(0);
      const roleList = spec.roles as readonly string[];
      // A route that writes is never open to viewers; a readOnly POST (a preview) may be.
      if (!routeKey.startsWith("GET ") && !spec.readOnly) expect(roleList, routeKey).not.toContain("viewer");
      expect(roleList.includes("customer"), routeKey).toBe(routeKey.includes(" /portal/"));
    }
  });

  it("answers 403 exactly when the caller's role is not among the route's roles", async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const { routeKey, spec } of routes) {
      for (const role of roles) {
        const status = await call(routeKey, tokens.get(role));
        const allowed = spec.roles === "public" || (spec.roles as readonly string[]).includes(role);
        // One line per call, so a failure names every wrong cell of the matrix at once.
        outcomes.push(`${routeKey} as ${role}: ${status === 403 ? "403" : status === 401 ? "401" : "allowed"}`);
        expected.push(`${routeKey} as ${role}: ${allowed ? "allowed" : "403"}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it("public routes need no token", async () => {
    for (const { routeKey } of routes.filter(({ spec }) => spec.roles === "public")) {
      expect(await call(routeKey, undefined)).toBe(200);
    }
  });

  it("every other route is 401 without a token", async () => {
    for (const { routeKey } of routes.filter(({ spec }) => spec.roles !== "public")) {
      expect({ routeKey, status: await call(routeKey, undefined) }).toEqual({ routeKey, status: 401 });
    }
  });
});
