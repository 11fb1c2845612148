import type { Browser } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

const weekdays = { start: "09:00", end: "17:00" };

// An administrator edits a calendar; the business-time preview follows every edit, and once saved the
// server's own arithmetic agrees.
export function calendarFlows(suite: Suite) {
  describe("the calendar editor", () => {
    let rt: TestRuntime;
    let browser: Browser;
    let calendarId: string;

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const created = await rt.request("POST", "/calendars", {
        roles: ["admin"],
        body: {
          name: "Lisbon office",
          timeZone: "Europe/Lisbon",
          weekly: {
            mon: [weekdays],
            tue: [weekdays],
            wed: [weekdays],
            thu: [weekdays],
            fri: [weekdays],
            sat: [],
            sun: [],
          },
        },
      });
      expect(created.status).toBe(201);
      calendarId = created.body.id;
    }, 240_000);

    it("opens Saturday mornings and a holiday, watching the preview change, then saves", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["admin"], "u-admin-1") });
      const p = page.page;
      try {
        await p.goto("/console");
        await p.getByRole("link", { name: "Calendars" }).click();
        await p.getByRole("link", { name: "Lisbon office" }).click();
        await p.waitForURL(`**/console/admin/calendars/${calendarId}`);
        const due = p.getByTestId("preview-due");
        // Friday 27 November 2026, 16:00 in Lisbon (UTC+0 in winter), plus two business hours: Monday 10:00.
        await expect.poll(() => due.getAttribute("data-due")).toBe("2026-11-30T10:00:00.000Z");
        await expect
          .poll(() => p.getByTestId("preview-saved").getAttribute("data-due"))
          .toBe("2026-11-30T10:00:00.000Z");
        await page.check("calendar-editor");

        await p.getByRole("button", { name: "Add a window on Saturday" }).click();
        await p.getByLabel("Saturday window 1 end").fill("13:00");
        // Saturday 09:00–13:00 now counts: due Saturday 10:00, before saving.
        await expect.poll(() => due.getAttribute("data-due")).toBe("2026-11-28T10:00:00.000Z");
        expect(await p.getByTestId("preview-saved").getAttribute("data-due")).toBe("2026-11-30T10:00:00.000Z");

        await p.getByLabel("Holiday date").fill("2026-11-28");
        await p.getByLabel("Holiday name").fill("Office party");
        await p.getByRole("button", { name: "Add holiday" }).click();
        // Saturday the 28th is now a holiday: Monday 10:00 again.
        await expect.poll(() => due.getAttribute("data-due")).toBe("2026-11-30T10:00:00.000Z");
        await p.getByRole("button", { name: "Remove holiday 1" }).click();
        await expect.poll(() => due.getAttribute("data-due")).toBe("2026-11-28T10:00:00.000Z");

        await p.getByRole("button", { name: "Save" }).click();
        await p.getByText("Saved.").waitFor();
        await expect
          .poll(() => p.getByTestId("preview-saved").getAttribute("data-due"))
          .toBe("2026-11-28T10:00:00.000Z");
        await page.check("calendar-editor-saved");
      } finally {
        await page.close();
      }
      const stored = await rt.request("GET", `/calendars/${calendarId}`);
      expect(stored.body.weekly.sat).toEqual([{ start: "09:00", end: "13:00" }]);
      expect(stored.body.version).toBe(2);
    });

    it("reorders SLA policies and creates one", async () => {
      for (const [name, position] of [
        ["Complaints first", 10],
        ["Urgent incidents", 20],
      ] as const) {
        const created = await rt.request("POST", "/sla-policies", {
          roles: ["admin"],
          body: {
            name,
            position,
            conditions: { caseTypes: [name === "Complaints first" ? "complaint" : "incident"] },
            calendarId,
            metrics: { firstResponse: { targets: { normal: 120, urgent: 30 } } },
          },
        });
        expect(created.status).toBe(201);
      }
      const order = async () => {
        const listed = (await rt.request("GET", "/sla-policies")).body.items as { name: string }[];
        return listed
          .map((policy) => policy.name)
          .filter((name) => !name.startsWith("Default") && !/transfer|donor/i.test(name));
      };
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["admin"], "u-admin-1") });
      const p = page.page;
      try {
        await p.goto("/console");
        await p.getByRole("link", { name: "SLA policies" }).click();
        await p.locator('[data-policy="Urgent incidents"]').waitFor();
        await page.check("sla-policies");
        await p.getByRole("button", { name: "Move Urgent incidents up" }).click();
        await expect.poll(order).toEqual(["Urgent incidents", "Complaints first"]);
        // Dragging works too: "Complaints first" dropped on the top policy takes its place.
        await p.locator('[data-policy="Complaints first"]').dragTo(p.locator('[data-policy="Urgent incidents"]'));
        await expect.poll(order).toEqual(["Complaints first", "Urgent incidents"]);

        await p.getByRole("button", { name: "New policy" }).click();
        await p.getByLabel("Name").fill("Inquiries");
        await p.getByLabel("inquiry").check();
        await p.getByLabel("Resolution, normal").fill("2400");
        await page.check("sla-policy-form");
        await p.getByRole("button", { name: "Save" }).click();
        await p.locator('[data-policy="Inquiries"]').waitFor();
        await expect.poll(order).toEqual(["Complaints first", "Urgent incidents", "Inquiries"]);
      } finally {
        await page.close();
      }
      const inquiries = (await rt.request("GET", "/sla-policies")).body.items.find(
        (policy: { name: string }) => policy.name === "Inquiries",
      );
      expect(inquiries).toMatchObject({
        calendarId: "24x7",
        conditions: { caseTypes: ["inquiry"] },
        metrics: { resolution: { targets: { normal: 2400 } } },
      });
    });

    it("shows a supervisor the calendar read-only, with the preview", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["supervisor"], "u-supervisor-1") });
      try {
        await page.page.goto(`/console/admin/calendars/${calendarId}`);
        await page.page.getByTestId("preview-due").waitFor();
        expect(await page.page.getByRole("button", { name: "Save" }).count()).toBe(0);
        expect(await page.page.getByRole("button", { name: /Add a window/ }).count()).toBe(0);
        await page.check("calendar-read-only");
      } finally {
        await page.close();
      }
    });
  });
}
