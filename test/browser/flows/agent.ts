import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

// The agent's path: search → customer 360 → case → transition → reply, with the SLA clocks counting down
// live and standing still while the case waits for the customer.
export function agentFlows(suite: Suite) {
  describe("the agent workspace", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let customerId: string;
    let caseId: string;
    let caseNumber: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const policy = await rt.request("POST", "/sla-policies", {
        roles: ["admin"],
        body: {
          name: "Standard service",
          position: 10,
          conditions: { caseTypes: ["service_request"] },
          calendarId: "24x7",
          metrics: {
            firstResponse: { targets: { normal: 60 } },
            resolution: { targets: { normal: 480 }, pauseStatuses: ["pending_customer"] },
          },
        },
      });
      expect(policy.status).toBe(201);
      const customer = await rt.request("POST", "/customers", {
        body: {
          kind: "person",
          displayName: "Marta Quintana",
          emails: [{ address: "marta.quintana@example.org" }],
          phones: [{ number: "+5511987654321" }],
        },
      });
      customerId = customer.body.id;
      const created = await rt.request("POST", "/cases", {
        body: { customerId, subject: "Invoice shows a double charge", type: "service_request" },
      });
      expect(created.status).toBe(201);
      caseId = created.body.id;
      caseNumber = created.body.number;
    }, 240_000);

    it("finds the customer, opens the case, moves it, replies, and pauses its SLA clock", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["agent"], "u-agent-1") });
      const p = page.page;
      try {
        await p.goto("/console");
        const search = p.getByRole("searchbox", { name: "Search customers, cases, vehicles and plates" });
        await search.fill("marta.quintana@example.org");
        await p.getByRole("option", { name: /Marta Quintana/ }).waitFor();
        await page.check("agent-search");
        await search.press("ArrowDown");
        await search.press("Enter");
        await p.waitForURL(`**/console/customers/${customerId}`);
        await p.getByTestId("customer-name").filter({ hasText: "Marta Quintana" }).waitFor();
        await p.getByRole("link", { name: caseNumber }).first().waitFor();
        await page.check("agent-customer-360");

        await p.getByRole("link", { name: caseNumber }).first().click();
        await p.waitForURL(`**/console/cases/${caseId}`);
        const resolution = p.getByTestId("sla-resolution");
        await resolution.and(p.locator('[data-state="running"]')).waitFor();
        // The clock counts down in the page, second by second.
        const remaining = p.getByTestId("sla-resolution-remaining");
        const before = await remaining.textContent();
        await expect.poll(() => remaining.textContent(), { timeout: 5_000 }).not.toBe(before);
        expect(before).toMatch(/left/);
        await page.check("agent-case");

        // Only the moves the lifecycle allows from "new" are offered.
        const moves = p.locator("[data-transition]");
        await expect
          .poll(() => moves.evaluateAll((els) => els.map((el) => el.getAttribute("data-transition"))))
          .toEqual(["open", "cancelled"]);
        await p.getByRole("button", { name: "Move to Open" }).click();
        await p.locator('[data-status="open"]').first().waitFor();
        await p.getByRole("button", { name: "Move to Pending customer" }).waitFor();

        await p.getByLabel("Message").fill("We have refunded the second charge; it shows within 3 days.");
        await p.getByRole("button", { name: "Send reply" }).click();
        await p
          .getByTestId("timeline")
          .getByText("We have refunded the second charge", { exact: false })
          .first()
          .waitFor();
        // The reply met the first-response target.
        await p.getByTestId("sla-firstResponse").and(p.locator('[data-state="met"]')).waitFor();

        await p.getByRole("button", { name: "Move to Pending customer" }).click();
        await p.locator('[data-status="pending_customer"]').first().waitFor();
        await resolution.and(p.locator('[data-state="paused"]')).waitFor();
        const paused = await remaining.textContent();
        expect(paused).toMatch(/^Paused/);
        await p.waitForTimeout(2_000);
        expect(await remaining.textContent()).toBe(paused);
        await page.check("agent-case-paused");

        const stored = await rt.request("GET", `/cases/${caseId}`);
        expect(stored.body.status).toBe("pending_customer");
        const timeline = await rt.request("GET", `/cases/${caseId}/timeline`);
        expect(timeline.body.items.map((item: { direction: string }) => item.direction)).toContain("outbound");
      } finally {
        await page.close();
      }
    });

    it("creates an incident with its type's own questions, and shows a missing case as an error", async () => {
      const page = await TestPage.open(suite.browser, rt.url, { token: await rt.token(["agent"], "u-agent-1") });
      const p = page.page;
      try {
        await p.goto(`/console/customers/${customerId}`);
        await p.getByRole("main").getByRole("link", { name: "New case" }).click();
        await p.getByLabel("Type").selectOption("incident");
        await p.getByLabel("Subject").fill("App crashes on login");
        await p.getByLabel("Product or service affected").fill("Mobile app");
        await p.getByLabel("When did it start?").fill("this morning");
        await page.check("new-case-incident");
        await p.getByRole("button", { name: "Create case" }).click();
        await p.waitForURL(/\/console\/cases\/(?!new)/);
        await p.locator('[data-custom-field="product"]').getByText("Mobile app").waitFor();
        await page.check("new-case-created");

        await p.goto("/console/cases/NO-SUCH-CASE");
        await p.getByRole("alert").getByText("Something went wrong").waitFor();
        page.expectConsoleError(/404/);
        await page.check("case-not-found");
      } finally {
        await page.close();
      }
      const cases = await rt.request("GET", `/cases?customerId=${customerId}`);
      const incident = cases.body.items.find((item: { subject: string }) => item.subject === "App crashes on login");
      expect(incident).toMatchObject({
        type: "incident",
        customFields: { product: "Mobile app", incidentStart: "this morning" },
      });
    });

    it("shows a viewer the case without any action the API would refuse", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["viewer"], "u-viewer-1") });
      try {
        await page.page.goto(`/console/cases/${caseId}`);
        await page.page.getByTestId("case-number").filter({ hasText: caseNumber }).waitFor();
        await page.page.getByTestId("sla-resolution").waitFor();
        expect(await page.page.locator("[data-transition]").count()).toBe(0);
        expect(await page.page.getByRole("button", { name: "Send reply" }).count()).toBe(0);
        expect(await page.page.getByRole("link", { name: "New case" }).count()).toBe(0);
        await page.check("viewer-case");
      } finally {
        await page.close();
      }
    });
  });
}
