import { describe, expect, it } from "vitest";
import type { CaseItem } from "../entities/store.js";
import { Forbidden } from "../errors.js";
import type { InteractionView } from "../interactions/schemas.js";
import { customerOf, summaryOf, toPortalCase, toPortalMessage } from "./portal.js";

describe("customerOf", () => {
  it("is the token's customer for the customer role", () => {
    expect(customerOf({ sub: "s", roles: ["customer"], customerId: "C1" })).toBe("C1");
  });

  it("refuses a customer token without a customer, and any staff token", () => {
    expect(() => customerOf({ sub: "s", roles: ["customer"] })).toThrow(Forbidden);
    expect(() => customerOf({ sub: "s", roles: ["agent"], customerId: "C1" })).toThrow(Forbidden);
  });
});

describe("summaryOf", () => {
  it("takes the first line, whitespace collapsed", () => {
    expect(summaryOf("  Any   news?\nSecond line")).toBe("Any news?");
  });

  it("cuts a long line at 200 characters", () => {
    const summary = summaryOf("x".repeat(500));
    expect(summary).toHaveLength(200);
    expect(summary.endsWith("…")).toBe(true);
  });
});

describe("the portal's message view", () => {
  it("never names the agent, the customer id or the visibility", () => {
    const view: InteractionView = {
      id: "I1",
      customerId: "C1",
      caseId: "K1",
      channel: "email",
      direction: "outbound",
      author: "agent",
      visibility: "public",
      summary: "Hello",
      agentId: "agent-7",
      occurredAt: "2025-06-01T12:00:00.000Z",
      createdAt: "2025-06-01T12:00:00.000Z",
    };
    const message = toPortalMessage(view);
    expect(message).toEqual({
      id: "I1",
      channel: "email",
      direction: "outbound",
      author: "agent",
      summary: "Hello",
      occurredAt: "2025-06-01T12:00:00.000Z",
    });
  });

  it("a portal case leaves out priority, queue, assignee, custom fields and the customer", () => {
    const item = {
      caseId: "K1",
      number: "CL-000001",
      customerId: "C1",
      subject: "s",
      type: "inquiry",
      priority: "urgent",
      channel: "portal",
      status: "open",
      queue: "vip",
      assigneeId: "agent-7",
      customFields: { risk: "high" },
      createdAt: "2025-06-01T12:00:00.000Z",
      createdBy: "sub-c",
      updatedAt: "2025-06-01T12:00:00.000Z",
      version: 3,
    } as const;
    expect(Object.keys(toPortalCase(item as unknown as CaseItem)).sort()).toEqual(
      ["createdAt", "id", "number", "status", "subject", "type", "updatedAt"].sort(),
    );
  });
});
