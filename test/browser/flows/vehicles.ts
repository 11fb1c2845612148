import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { fixtures } from "../../support/vehicles.js";
import { type Suite, TestPage } from "../support.js";

// A vehicle transfer from the vehicle page through the wizard, the documents checklist and approval, to
// completion: ownership and the plate pass to the buyer.
export function vehicleFlows(suite: Suite) {
  describe("vehicle screens", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let vin: string;
    let plateNumber: string;
    let seller: string;
    let buyer: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const f = fixtures(rt);
      const schedule = {
        effectiveFrom: "2020-01-01",
        currency: "USD",
        fees: [{ code: "title", label: "Title fee", amountMinor: 7_500 }],
        tax: { code: "use_tax", label: "Use tax", rateBasisPoints: 625 },
      };
      expect((await rt.request("POST", "/fee-schedules", { body: schedule, roles: ["admin"] })).status).toBe(201);
      seller = await f.customer("Samuel Seller");
      const created = await rt.request("POST", "/customers", {
        body: { kind: "person", displayName: "Bianca Buyer", emails: [{ address: "bianca.buyer@example.org" }] },
      });
      buyer = created.body.id;
      const vehicle = await f.vehicle({ modelYear: 2018, owners: [seller], odometer: 41_000 });
      vin = vehicle.vin;
      plateNumber = (await f.plate(vin)).number;
    }, 240_000);

    it("transfers a vehicle from the wizard to completion", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["agent"], "u-agent-1") });
      const p = page.page;
      try {
        await p.goto("/console");
        const search = p.getByRole("searchbox", { name: "Search customers, cases, vehicles and plates" });
        await search.fill(vin);
        await p.getByRole("option", { name: /Honda Accord/ }).waitFor();
        await search.press("ArrowDown");
        await search.press("Enter");
        await p.waitForURL(`**/console/vehicles/${vin}`);
        await p.getByTestId("vin-decode").getByText("2018").waitFor();
        await p.getByTestId("owner-history").getByText(seller).waitFor();
        await p.getByTestId("plate-history").getByText(plateNumber, { exact: false }).waitFor();
        await page.check("vehicle-page");

        await p.getByRole("link", { name: "Start a transfer" }).click();
        await p.getByTestId("wizard-vehicle").getByText(vin, { exact: false }).waitFor();
        await page.check("transfer-wizard-vehicle");
        await p.getByRole("button", { name: "Next" }).click();

        await p.getByLabel("Find a buyer by name, email or phone").fill("bianca.buyer@example.org");
        await p.getByRole("button", { name: "Add Bianca Buyer" }).click();
        await p.getByTestId("wizard-buyers").getByText("Bianca Buyer").waitFor();
        await p.getByRole("button", { name: "Next" }).click();

        await p.getByLabel(`Plate ${plateNumber} stays on the vehicle and passes to the buyers`).check();
        await page.check("transfer-wizard-plate");
        await p.getByRole("button", { name: "Next" }).click();

        await p.getByLabel("Sale date").fill("2026-11-20");
        await p.getByLabel("Price").fill("12000");
        await p.getByLabel("Reading").fill("42180");
        await p.getByRole("button", { name: "Next" }).click();
        await p.getByText("No liens recorded.").waitFor();
        await p.getByRole("button", { name: "Next" }).click();
        await p.getByTestId("wizard-review").waitFor();
        // The review previews the fees and the checklist the office will compute.
        await p.getByTestId("wizard-fees").getByText("$825.00").waitFor();
        expect(await p.getByTestId("wizard-documents").getByRole("listitem").count()).toBe(5);
        await page.check("transfer-wizard-review");
        await p.getByRole("button", { name: "Submit transfer" }).click();

        await p.waitForURL("**/console/cases/*");
        await p.locator('[data-status="submitted"]').first().waitFor();
        // Title fee 75.00 + 6.25 % use tax on 12,000.00 (750.00).
        await expect.poll(() => p.getByTestId("fees-total").textContent()).toBe("$825.00");
        await p.getByTestId("approval-blockers").waitFor();
        await page.check("transfer-case-submitted");

        // Receive, then verify, every document on the checklist.
        const documents = p.getByTestId("documents");
        for (let guard = 0; guard < 20; guard++) {
          const next = documents.getByRole("button").first();
          if ((await documents.getByRole("button").count()) === 0) break;
          const before = await documents.locator('[data-document-status="verified"]').count();
          const label = await next.textContent();
          await next.click();
          if (label === "Verify") {
            await expect.poll(() => documents.locator('[data-document-status="verified"]').count()).toBe(before + 1);
          } else {
            await expect.poll(() => next.textContent()).not.toBe(label);
          }
        }
        expect(await documents.locator("[data-document-status]").count()).toBe(
          await documents.locator('[data-document-status="verified"]').count(),
        );
        await p.getByRole("button", { name: "Move to Under review" }).click();
        await p.locator('[data-status="under_review"]').first().waitFor();
        await p.getByRole("button", { name: "Move to Approved" }).click();
        await p.locator('[data-status="approved"]').first().waitFor();
        await p.getByRole("button", { name: "Complete transfer" }).click();
        await p.getByTestId("transfer-completed").waitFor();
        await p.locator('[data-status="completed"]').first().waitFor();
        await page.check("transfer-case-completed");

        await p.goto(`/console/vehicles/${vin}`);
        await p.getByTestId("current-owners").getByText(buyer, { exact: false }).waitFor();
        await page.check("vehicle-page-after");
      } finally {
        await page.close();
      }
      const vehicle = await rt.request("GET", `/vehicles/${vin}`);
      expect(vehicle.body.currentOwners.map((owner: { customerId: string }) => owner.customerId)).toEqual([buyer]);
      expect(vehicle.body.currentPlates.map((plate: { number: string }) => plate.number)).toEqual([plateNumber]);
    });
  });
}
