import { describe, expect, it } from "vitest";
import { Unprocessable } from "../errors.js";
import { authorOf, resolveOccurredAt, visibilityFor } from "./rules.js";
import { createInteractionInput } from "./schemas.js";

const now = new Date("2025-06-01T12:00:00.000Z");

describe("resolveOccurredAt", () => {
  it("defaults to now", () => {
    expect(resolveOccurredAt(now, undefined)).toBe("2025-06-01T12:00:00.000Z");
  });

  it("normalizes to UTC with milliseconds, so sort keys order by instant", () => {
    expect(resolveOccurredAt(now, "2025-06-01T09:00:00-03:00")).toBe("2025-06-01T12:00:00.000Z");
    expect(resolveOccurredAt(now, "2025-06-01T11:00:00Z")).toBe("2025-06-01T11:00:00.000Z");
  });

  it("allows 5 minutes of clock skew into the future, not more", () => {
    expect(resolveOccurredAt(now, "2025-06-01T12:05:00.000Z")).toBe("2025-06-01T12:05:00.000Z");
    expect(() => resolveOccurredAt(now, "2025-06-01T12:05:00.001Z")).toThrow(Unprocessable);
  });
});

describe("authorOf", () => {
  it("is the customer on the portal, an agent for staff, the system otherwise", () => {
    expect(authorOf({ sub: "c-1", roles: ["customer"], customerId: "C1" })).toBe("customer");
    for (const role of ["admin", "supervisor", "agent"] as const)
      expect(authorOf({ sub: "u-1", roles: [role] })).toBe("agent");
    expect(authorOf({ sub: "system", roles: ["admin"] })).toBe("system");
    expect(authorOf({ sub: "u-2", roles: ["viewer"] })).toBe("system");
  });
});

describe("visibility", () => {
  it("an internal note is internal unless said otherwise; anything else is public", () => {
    expect(visibilityFor("internal", undefined)).toBe("internal");
    expect(visibilityFor("inbound", undefined)).toBe("public");
    expect(visibilityFor("outbound", "internal")).toBe("internal");
  });

  it("an internal note can never be made public", () => {
    const parsed = createInteractionInput.safeParse({
      channel: "phone",
      direction: "internal",
      visibility: "public",
      summary: "note",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["visibility"]);
  });
});
