import { describe, expect, it } from "vitest";
import { bulkInput, createCaseInput, updateCaseInput } from "./schemas.js";

const base = { customerId: "C1", subject: "Help", type: "inquiry" };

describe("case input schemas", () => {
  it("fills the defaults of a create", () => {
    expect(createCaseInput.parse(base)).toEqual({ ...base, priority: "normal", channel: "web_form", queue: "general" });
  });

  it("bounds custom fields: 50 flat, typed values with plain names, numbers DynamoDB can store", () => {
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));
    expect(createCaseInput.safeParse({ ...base, customFields: fields(50) }).success).toBe(true);
    expect(createCaseInput.safeParse({ ...base, customFields: fields(51) }).success).toBe(false);
    const refused = [
      { "1st": "x" },
      { __proto: "x" },
      { a: null },
      { a: [1] },
      { a: 1e40 },
      { a: 1e-40 },
      { a: "x".repeat(2001) },
    ];
    for (const customFields of refused) {
      expect(createCaseInput.safeParse({ ...base, customFields }).success, JSON.stringify(customFields)).toBe(false);
    }
    const accepted = { plate: "ABC-1234", odometer: 120_500, paid: false, ratio: 0.25, zero: 0 };
    expect(createCaseInput.parse({ ...base, customFields: accepted }).customFields).toEqual(accepted);
  });

  it("refuses duplicate or too many links", () => {
    expect(createCaseInput.safeParse({ ...base, relatedCaseIds: ["A", "A"] }).success).toBe(false);
    expect(
      createCaseInput.safeParse({ ...base, holdingIds: Array.from({ length: 21 }, (_, i) => `H${i}`) }).success,
    ).toBe(false);
  });

  it("refuses an empty PATCH and a status in it", () => {
    expect(updateCaseInput.safeParse({}).success).toBe(false);
    expect(updateCaseInput.safeParse({ status: "open" }).success).toBe(false);
    expect(updateCaseInput.parse({ assigneeId: null })).toEqual({ assigneeId: null });
  });

  it("validates a bulk action's value once, for all its cases", () => {
    expect(bulkInput.safeParse({ action: "assign", caseIds: ["A"], value: null }).success).toBe(true);
    expect(bulkInput.safeParse({ action: "queue", caseIds: ["A"], value: null }).success).toBe(false);
    expect(bulkInput.safeParse({ action: "status", caseIds: ["A"], value: "done" }).success).toBe(false);
    expect(bulkInput.safeParse({ action: "priority", caseIds: ["A", "A"], value: "low" }).success).toBe(false);
    const hundredAndOne = Array.from({ length: 101 }, (_, i) => `C${i}`);
    expect(bulkInput.safeParse({ action: "assign", caseIds: hundredAndOne, value: "u" }).success).toBe(false);
  });
});
