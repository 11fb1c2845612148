import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineRequestRecorder, startTestRuntime, type TestRuntime } from "../support/runtime.js";

/**
 * The engine requests behind GET /search: one Query per form the query was read as, each on an
 * index, and no Scan or GetItem (hits carry their labels). Recorded as "<command> <index>".
 */
const recorder = new EngineRequestRecorder();
let rt: TestRuntime;
let customerId: string;
let caseNumber: string;

async function requestsBehind(q: string) {
  const { result, requests } = await recorder.during(() => rt.request("GET", `/search?q=${encodeURIComponent(q)}`));
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return { items: result.body.items as { id: string; matchedBy: string }[], requests: [...requests].sort() };
}

beforeAll(async () => {
  rt = await startTestRuntime({
    onEngineRequest: (command, input, handler) => {
      const index = (input as { IndexName?: string } | undefined)?.IndexName ?? "table";
      recorder.observe(`${command.replace(/Command$/, "")} ${index}`, input, handler);
    },
  });
  const customer = await rt.request("POST", "/customers", {
    body: {
      kind: "person",
      displayName: "José Álvarez",
      emails: ["jose@example.org"],
      phones: ["+525512345678"],
      externalIds: [{ system: "crm", value: "A-1001" }],
    },
  });
  expect(customer.status, JSON.stringify(customer.body)).toBe(201);
  customerId = customer.body.id;
  const opened = await rt.request("POST", "/cases", {
    body: { customerId, subject: "Cannot log in", type: "inquiry" },
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  caseNumber = opened.body.number;
});
afterAll(async () => {
  await rt?.stop();
});

describe("each search form is one Query on an index, and nothing scans", () => {
  it.each([
    // [query, the forms it is read as, the requests behind it]
    ["jose@example.org", ["email", "externalId"], ["Query gsi3", "Query gsi3"]],
    ["JOSE@EXAMPLE.ORG", ["email", "externalId"], ["Query gsi3", "Query gsi3"]],
    ["+52 55 1234 5678", ["phone"], ["Query gsi3"]],
    ["A-1001", ["externalId", "plate"], ["Query gsi3", "Query gsi3"]],
    ["josé álv", ["name"], ["Query gsi3"]],
    ["alvarez", ["externalId", "name"], ["Query gsi3", "Query gsi3"]],
    ["CL 000001", ["caseNumber"], ["Query gsi2"]],
    ["cl-1", ["caseNumber", "externalId"], ["Query gsi2", "Query gsi3"]],
    ["+525512345678", ["phone", "externalId"], ["Query gsi3", "Query gsi3"]],
  ])("%s → %j", async (q, forms, expected) => {
    const { items, requests } = await requestsBehind(q);
    expect(items.length).toBe(1);
    expect(requests).toHaveLength(forms.length);
    expect(requests).toEqual(expected);
  });

  it("says which form found the hit", async () => {
    expect(caseNumber).toBe("CL-000001");
    const byForm = async (q: string) => (await requestsBehind(q)).items.map((item) => item.matchedBy);
    expect(await byForm("jose@example.org")).toEqual(["email"]);
    expect(await byForm("+52 55 1234 5678")).toEqual(["phone"]);
    expect(await byForm("a-1001")).toEqual(["externalId"]);
    expect(await byForm("alv")).toEqual(["name"]);
    expect(await byForm("cl-1")).toEqual(["caseNumber"]);
  });

  it("runs no Query at all for a query that can mean nothing", async () => {
    const { items, requests } = await requestsBehind("-- ..");
    expect(items).toEqual([]);
    expect(requests).toEqual([]);
  });
});
