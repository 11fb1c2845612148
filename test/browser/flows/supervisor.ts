import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

// A supervisor applies one change to several cases and sees each case's own outcome.
export function supervisorFlows(suite: Suite) {
  describe("supervisor bulk actions", () => {
    let rt: TestRuntime;
    let browser: Browser;
    const cases: { id: string; number: string }[] = [];

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Bea Bulk" } });
      for (const subject of ["Router offline", "Router slow", "Router noisy"]) {
        const created = await rt.request("POST", "/cases", {
          body: { customerId: customer.body.id, subject, type: "incident" },
        });
        cases.push({ id: created.body.id, number: created.body.number });
      }
      // The third is cancelled already: it cannot be opened.
      const third = await rt.request("POST", `/cases/${cases[2]!.id}/transitions`, {
        body: { to: "cancelled" },
        headers: { "if-match": '"1"' },
      });
      expect(third.status).toBe(200);
    }, 240_000);

    it("opens three cases at once: two move, the cancelled one is refused with its reason", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["supervisor"], "u-supervisor-1") });
      const p = page.page;
      try {
        await p.goto("/console");
        await p.getByRole("link", { name: "Bulk actions" }).click();
        await p.waitForURL("**/console/bulk");
        for (const item of cases) {
          await p.getByLabel("Add a case by number").fill(item.number);
          await p.getByRole("button", { name: "Add", exact: true }).click();
          await p.getByTestId("bulk-selection").getByText(item.number, { exact: false }).waitFor();
        }
        await p.getByLabel("Action", { exact: true }).selectOption("status");
        await p.getByLabel("New value").selectOption("open");
        await page.check("supervisor-bulk-selection");
        await p.getByRole("button", { name: "Apply to 3 cases" }).click();
        const results = p.getByTestId("bulk-results");
        await results.waitFor();
        await p.getByText("2 done, 1 refused").waitFor();
        expect(await results.locator('[data-outcome="200"]').count()).toBe(2);
        const refused = results.locator('[data-outcome="409"]');
        expect(await refused.textContent()).toContain(cases[2]!.number);
        expect(await refused.textContent()).toMatch(/cancelled/);
        await page.check("supervisor-bulk-results");
      } finally {
        await page.close();
      }
      const statuses = await Promise.all(
        cases.map(async (item) => (await rt.request("GET", `/cases/${item.id}`)).body.status),
      );
      expect(statuses).toEqual(["open", "open", "cancelled"]);
    });

    it("does not offer bulk actions to an agent", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["agent"], "u-agent-1") });
      try {
        await page.page.goto("/console");
        await page.page.getByTestId("home-roles").waitFor();
        expect(await page.page.getByRole("link", { name: "Bulk actions" }).count()).toBe(0);
        await page.page.goto("/console/bulk");
        await page.page.getByText("Your role does not allow this page.").waitFor();
        expect(await page.page.getByRole("button", { name: /Apply/ }).count()).toBe(0);
        await page.check("agent-bulk-refused");
      } finally {
        await page.close();
      }
    });
  });
}
