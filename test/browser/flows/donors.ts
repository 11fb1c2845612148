import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

// Recording a gift: its receipt number at once and its PDF receipt; then the campaign's progress and the
// donor's giving summary reflect it.
// Gifts are dated today (never in the future), so receipts and the chart are this year's.
const today = new Date().toISOString().slice(0, 10);
const year = today.slice(0, 4);

export function donorFlows(suite: Suite) {
  describe("donor screens", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let donorId: string;
    let campaignId: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const donor = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Dora Donor" } });
      donorId = donor.body.id;
      const campaign = await rt.request("POST", "/campaigns", {
        roles: ["admin"],
        body: { name: "Winter shelter", goal: { amountMinor: 1_000_000, currency: "USD" }, startDate: `${year}-01-01` },
      });
      expect(campaign.status).toBe(201);
      campaignId = campaign.body.id;
    }, 240_000);

    it("records a gift, shows its receipt number, opens the receipt PDF, and updates the campaign and donor", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["agent"], "u-agent-1") });
      const p = page.page;
      try {
        await p.goto(`/console/customers/${donorId}`);
        await p.getByRole("link", { name: "Donor profile" }).click();
        await p.waitForURL(`**/console/donors/${donorId}`);
        await p.getByRole("main").getByRole("link", { name: "Record a gift" }).click();
        await p.waitForURL("**/console/gifts/new?customerId=*");
        await p.getByLabel("Amount").fill("250");
        await p.getByLabel("Date").fill(today);
        await p.getByLabel("Campaign").selectOption({ label: "Winter shelter" });
        await page.check("gift-form");
        await p.getByRole("button", { name: "Record gift" }).click();
        const recorded = p.getByTestId("gift-recorded");
        await recorded.getByText(`Gift of $250.00 recorded: receipt R-${year}-000001.`).waitFor();
        await page.check("gift-recorded");

        const [popup, receipt] = await Promise.all([
          p.context().waitForEvent("page"),
          p.waitForResponse((response) => response.url().endsWith(`/receipts/R-${year}-000001`)),
          recorded.getByRole("button", { name: `Open receipt R-${year}-000001 (PDF)` }).click(),
        ]);
        expect(receipt.status()).toBe(200);
        expect(receipt.headers()["content-type"]).toContain("application/pdf");
        expect(popup.url()).toMatch(/^blob:/);
        // What the new tab shows is the PDF the API sent.
        const head = await p.evaluate(
          `fetch(${JSON.stringify(popup.url())}).then((r) => r.arrayBuffer()).then((b) => new TextDecoder().decode(new Uint8Array(b).slice(0, 5)))`,
        );
        expect(head).toBe("%PDF-");
        await popup.close();

        await p.goto("/console/campaigns");
        await p.getByTestId("giving-chart").locator("svg").first().waitFor();
        await p.getByTestId("giving-table").getByText("$250.00").waitFor();
        await page.check("campaigns-chart");

        await p.goto(`/console/campaigns/${campaignId}`);
        await p.getByTestId("campaign-progress-text").getByText("$250.00 of $10,000.00 (2.5 %)").waitFor();
        expect(await p.getByTestId("campaign-progress").getAttribute("data-percent")).toBe("2.5");
        await page.check("campaign-page");

        await p.goto(`/console/donors/${donorId}`);
        await expect.poll(() => p.getByTestId("giving-lifetime").textContent()).toBe("$250.00");
        await p.getByTestId("gifts").getByText(`R-${year}-000001`).waitFor();
        await page.check("donor-page");
      } finally {
        await page.close();
      }
    });
  });
}
