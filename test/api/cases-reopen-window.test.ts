import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

// A zero-day window has ended the instant a case is resolved: every reopen is outside it.
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600, reopenWindowDays: 0 });
});
afterAll(async () => {
  await rt?.stop();
});

describe("the reopen window", () => {
  it("refuses to reopen a case resolved outside the window (409: only closing is allowed) and writes nothing", async () => {
    const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Iris Lima" } });
    const opened = await rt.request("POST", "/cases", {
      body: { customerId: customer.body.id, subject: "Reopen me", type: "incident" },
    });
    let view = opened.body;
    for (const to of ["open", "resolved"]) {
      const moved = await rt.request("POST", `/cases/${view.id}/transitions`, {
        body: { to },
        headers: { "if-match": `"${view.version}"` },
      });
      expect(moved.status).toBe(200);
      view = moved.body;
    }
    expect(view.resolvedAt).toBe(view.updatedAt);

    const before = await rt.quietSnapshot();
    const reopen = await rt.request("POST", `/cases/${view.id}/transitions`, {
      body: { to: "open", reason: "still broken" },
      headers: { "if-match": `"${view.version}"` },
    });
    expect(reopen.status).toBe(409);
    expect(reopen.contentType).toBe("application/problem+json");
    expect(reopen.body).toMatchObject({ current: "resolved", allowed: ["closed"] });
    expect(reopen.body.detail).toMatch(/reopen window of 0 days ended/);
    expect(await rt.quietSnapshot()).toEqual(before);

    const closed = await rt.request("POST", `/cases/${view.id}/transitions`, {
      body: { to: "closed" },
      headers: { "if-match": `"${view.version}"` },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", reopenCount: 0 });
  });
});
