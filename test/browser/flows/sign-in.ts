import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

// Sign-in per role through the local sign-in page, and a console that follows the role.
export function signInFlows(suite: Suite) {
  describe("signing in to the console and the portal", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let customerId: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const customer = await rt.request("POST", "/customers", {
        body: { kind: "person", displayName: "Paula Portal", emails: [{ address: "paula@example.org" }] },
      });
      customerId = customer.body.id;
    }, 240_000);

    async function signIn(page: TestPage, role: string, sub: string, extra: { customerId?: string } = {}) {
      await page.page.goto("/");
      await page.page.waitForURL("**/signin");
      await page.page.getByRole("heading", { name: "Sign in to Caseline" }).waitFor();
      await page.check("sign-in");
      await page.page.getByLabel("User id").fill(sub);
      await page.page.getByLabel("Role").selectOption(role);
      if (extra.customerId) await page.page.getByLabel("Customer id").fill(extra.customerId);
      await page.page.getByRole("button", { name: "Sign in" }).click();
    }

    it.each([
      ["agent", true],
      ["supervisor", true],
      ["admin", true],
      ["viewer", false],
    ])("signs in as %s and sees only what the role may do", async (role, mayCreate) => {
      const page = await TestPage.open(browser, rt.url);
      try {
        await signIn(page, role, `u-${role}`);
        await page.page.waitForURL("**/console");
        await expect.poll(() => page.page.getByTestId("home-roles").textContent()).toContain(`u-${role} (${role})`);
        if (mayCreate) await page.page.getByTestId("no-notifications").waitFor();
        // Notifications for roles that may read theirs; a viewer's console does not ask (the API would refuse).
        expect(await page.page.getByTestId("no-notifications").count()).toBe(mayCreate ? 1 : 0);
        const newCase = page.page.getByRole("link", { name: "New case" });
        expect(await newCase.count()).toBe(mayCreate ? 1 : 0);
        await page.check(`sign-in-${role}`);
        await page.page.getByRole("button", { name: "Sign out" }).click();
        await page.page.waitForURL("**/signin");
      } finally {
        await page.close();
      }
    });

    it("a customer signs in and lands in the portal, never the console", async () => {
      const page = await TestPage.open(browser, rt.url);
      try {
        await signIn(page, "customer", "c-paula", { customerId });
        await page.page.waitForURL("**/self-service");
        await page.page.getByRole("heading", { name: "My requests" }).waitFor();
        await page.page.getByText("You have no requests yet.").waitFor();
        await page.page.goto("/console");
        await page.page.waitForURL("**/self-service");
        await page.check("sign-in-customer");
      } finally {
        await page.close();
      }
    });
  });
}
