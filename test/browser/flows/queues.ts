import type { Browser, Locator } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { eventually, type TestRuntime } from "../../support/runtime.js";
import { type Suite, TestPage } from "../support.js";

// Work lists in the console: an agent's own queue and a team queue in SLA-risk order with state badges and
// due times, and the supervisors' queue board (counts per queue and per agent, a chart, a click to the queue).
// The seeded cases reach every state within seconds: an urgent incident breaches 3 s after it opens, a
// complaint is at risk 3 s after it opens, one case waits on the customer, and no policy covers inquiries.

const agent = "u-agent-q";
const other = "u-agent-r";

interface Listed {
  caseId: string;
  number: string;
  sla: { state: string };
  status: string;
  assigneeId: string | null;
}

/** Each row of a work list as [case number, SLA state]. */
function rowsOf(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll("tbody tr")].map((row) => [
      row.getAttribute("data-case") ?? "",
      row.getAttribute("data-sla-state") ?? "",
    ]),
  );
}

export function queueFlows(suite: Suite) {
  describe("my queue, team queues and the queue board", () => {
    let rt: TestRuntime;
    let browser: Browser;
    const cases: Record<string, { id: string; number: string }> = {};

    async function change(caseId: string, path: "" | "/transitions", body: unknown) {
      const current = await rt.request("GET", `/cases/${caseId}`);
      const response = await rt.request(path === "" ? "PATCH" : "POST", `/cases/${caseId}${path}`, {
        body,
        headers: { "if-match": current.headers.get("etag")! },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }

    async function list(path: string): Promise<Listed[]> {
      const response = await rt.request("GET", path, {
        headers: { authorization: `Bearer ${await rt.token(["agent"], agent)}` },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.items as Listed[];
    }

    beforeAll(async () => {
      ({ rt, browser } = suite);
      const incidents = await rt.request("POST", "/sla-policies", {
        roles: ["admin"],
        body: {
          name: "Incidents (fast)",
          position: 1,
          conditions: { caseTypes: ["incident"] },
          calendarId: "24x7",
          metrics: {
            resolution: {
              targets: { urgent: 0.05, high: 240, normal: 480, low: 1440 },
              warning: { percent: 75 },
              pauseStatuses: ["pending_customer"],
            },
          },
        },
      });
      expect(incidents.status, JSON.stringify(incidents.body)).toBe(201);
      const complaints = await rt.request("POST", "/sla-policies", {
        roles: ["admin"],
        body: {
          name: "Complaints (warned early)",
          position: 2,
          conditions: { caseTypes: ["complaint"] },
          calendarId: "24x7",
          metrics: { resolution: { targets: { normal: 60 }, warning: { minutesBefore: 59.95 } } },
        },
      });
      expect(complaints.status, JSON.stringify(complaints.body)).toBe(201);
      const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Quinn Queue" } });
      const open = async (name: string, subject: string, type: string, priority: string, queue: string) => {
        const created = await rt.request("POST", "/cases", {
          body: { customerId: customer.body.id, subject, type, priority, queue },
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        cases[name] = { id: created.body.id, number: created.body.number };
      };
      // Opened in an order unlike the expected one.
      await open("paused", "Waiting on the customer's logs", "incident", "high", "tier-1");
      await open("high", "Printer jams on every page", "incident", "high", "tier-1");
      await open("question", "How do I reset my password?", "inquiry", "normal", "tier-1");
      await open("other", "VPN drops every hour", "incident", "normal", "tier-1");
      await open("low", "Disk almost full", "incident", "low", "tier-1");
      await open("tier2", "Email bounces", "incident", "normal", "tier-2");
      await open("complaint", "Rude reply from support", "complaint", "normal", "tier-1");
      await open("urgent", "Server down", "incident", "urgent", "tier-1");
      for (const name of ["paused", "high", "tier2", "complaint", "urgent"]) {
        await change(cases[name]!.id, "", { assigneeId: agent });
      }
      await change(cases.other!.id, "", { assigneeId: other });
      await change(cases.paused!.id, "/transitions", { to: "open" });
      await change(cases.paused!.id, "/transitions", { to: "pending_customer" });

      // The SLA engine keeps the lists a moment after each change; the urgent one breaches 3 s after opening.
      await eventually(
        async () => {
          const items = await list("/queues/tier-1/cases");
          const states = items.map((item) => [item.number, item.sla.state]);
          const settled =
            JSON.stringify(states.slice(0, 5)) ===
              JSON.stringify([
                [cases.urgent!.number, "breached"],
                [cases.complaint!.number, "at_risk"],
                [cases.high!.number, "on_track"],
                [cases.other!.number, "on_track"],
                [cases.low!.number, "on_track"],
              ]) &&
            items.find((item) => item.caseId === cases.paused!.id)?.sla.state === "paused" &&
            items.find((item) => item.caseId === cases.other!.id)?.assigneeId === other &&
            (await list("/agents/me/cases")).length === 5;
          return settled ? true : undefined;
        },
        30_000,
        250,
      );
    }, 240_000);

    it("shows an agent their own queue, then a team queue, most at risk first", async () => {
      const page = await TestPage.open(browser, rt.url);
      const p = page.page;
      try {
        await p.goto("/signin");
        await p.getByLabel("User id").fill(agent);
        await p.getByLabel("Role").selectOption("agent");
        await p.getByRole("button", { name: "Sign in" }).click();
        await p.waitForURL("**/console");
        // The board is the supervisors' view: an agent's navigation does not offer it.
        await p.getByRole("link", { name: "My work" }).waitFor();
        expect(await p.getByRole("link", { name: "Queue board" }).count()).toBe(0);
        await p.getByRole("link", { name: "My work" }).click();
        await p.waitForURL("**/console/work");
        await p.getByRole("heading", { name: "My work", level: 1 }).waitFor();
        expect(await p.getByRole("tab", { name: "My queue" }).getAttribute("aria-selected")).toBe("true");

        const mine = p.getByTestId("my-queue");
        await mine.waitFor();
        // Exactly the agent's open cases, in the API's order, with their states.
        expect(await rowsOf(mine)).toEqual([
          [cases.urgent!.number, "breached"],
          [cases.complaint!.number, "at_risk"],
          [cases.high!.number, "on_track"],
          [cases.tier2!.number, "on_track"],
          [cases.paused!.number, "paused"],
        ]);
        const urgentRow = mine.locator(`tr[data-case="${cases.urgent!.number}"]`);
        expect(await urgentRow.locator("[data-sla]").textContent()).toBe("Breached");
        expect(await urgentRow.locator("time").textContent()).toMatch(/^overdue by /);
        expect(await urgentRow.locator("time").getAttribute("title")).toBeTruthy();
        const highRow = mine.locator(`tr[data-case="${cases.high!.number}"]`);
        expect(await highRow.locator("[data-sla]").textContent()).toBe("On track");
        expect(await highRow.locator("time").textContent()).toMatch(/^due in 3 h 5\d min$/);
        expect(await mine.locator(`tr[data-case="${cases.complaint!.number}"] [data-sla]`).textContent()).toBe(
          "At risk",
        );
        const pausedRow = mine.locator(`tr[data-case="${cases.paused!.number}"]`);
        expect(await pausedRow.locator("[data-sla]").textContent()).toBe("Paused");
        expect(await pausedRow.textContent()).toContain("No due time");
        expect(await pausedRow.locator('[data-status="pending_customer"]').count()).toBe(1);
        expect(await mine.getByText("Unassigned").count()).toBe(0);
        await page.check("work-my-queue");

        // Team queues: pick tier-1 from the board's queue names; the URL names it.
        await p.getByRole("tab", { name: "Team queues" }).click();
        await p.getByLabel("Queue", { exact: true }).selectOption("tier-1");
        await p.waitForURL("**/console/work?*queue=tier-1*");
        const team = p.getByTestId("queue-list");
        await team.waitFor();
        const rows = await rowsOf(team);
        expect(rows.slice(0, 5)).toEqual([
          [cases.urgent!.number, "breached"],
          [cases.complaint!.number, "at_risk"],
          [cases.high!.number, "on_track"],
          [cases.other!.number, "on_track"],
          [cases.low!.number, "on_track"],
        ]);
        // Paused and uncovered cases last (in either order between them).
        expect(rows.slice(5).sort()).toEqual(
          [
            [cases.paused!.number, "paused"],
            [cases.question!.number, "no_sla"],
          ].sort(),
        );
        expect(await team.locator(`tr[data-case="${cases.question!.number}"] [data-sla]`).textContent()).toBe("No SLA");
        expect(await team.locator(`tr[data-case="${cases.question!.number}"]`).textContent()).toContain("Unassigned");
        expect(await team.locator(`tr[data-case="${cases.other!.number}"]`).textContent()).toContain(other);
        expect(await team.getByText("Unassigned").count()).toBe(2);
        await page.check("work-team-queue");

        // A row's number opens the case.
        await team.getByRole("link", { name: cases.urgent!.number }).click();
        await p.waitForURL(`**/console/cases/${cases.urgent!.id}`);
        await p.getByTestId("case-number").filter({ hasText: cases.urgent!.number }).waitFor();
      } finally {
        await page.close();
      }
    });

    it("shows a supervisor the board per queue and per agent, and opens a queue from it", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["supervisor"], "u-supervisor-q") });
      const p = page.page;
      try {
        await p.goto("/console");
        await p.getByRole("link", { name: "Queue board" }).click();
        await p.waitForURL("**/console/board");
        await p.getByRole("heading", { name: "Queue board", level: 1 }).waitFor();
        const tier1 = p.getByTestId("board-table").locator('tr[data-queue="tier-1"]');
        await tier1.waitFor();
        const counts = (row: Locator) =>
          row.evaluate((element) =>
            Object.fromEntries(
              [...element.querySelectorAll("[data-count]")].map((cell) => [
                cell.getAttribute("data-count"),
                Number(cell.textContent),
              ]),
            ),
          );
        expect(await counts(tier1)).toEqual({
          open: 7,
          breached: 1,
          atRisk: 1,
          onTrack: 3,
          paused: 1,
          noSla: 1,
          unassigned: 2,
        });
        // The next target not yet passed: the complaint's, within the hour.
        expect(await tier1.locator("time").textContent()).toMatch(/^due in 5\d min$/);
        expect(await counts(p.getByTestId("board-table").locator('tr[data-queue="tier-2"]'))).toMatchObject({
          open: 1,
          onTrack: 1,
          unassigned: 0,
        });
        const agents = p.locator('[data-queue-agents="tier-1"]');
        expect(await counts(agents.locator(`tr[data-agent="${agent}"]`))).toEqual({ open: 4, atRisk: 1, breached: 1 });
        expect(await counts(agents.locator(`tr[data-agent="${other}"]`))).toEqual({ open: 1, atRisk: 0, breached: 0 });
        // The chart draws the same backlog: one bar segment per non-empty state and queue.
        await p.getByTestId("board-chart").locator(".recharts-bar-rectangle").first().waitFor();
        await page.check("queue-board");

        await p.getByTestId("board-table").getByRole("link", { name: "tier-1", exact: true }).click();
        await p.waitForURL("**/console/work?queue=tier-1");
        expect(await p.getByRole("tab", { name: "Team queues" }).getAttribute("aria-selected")).toBe("true");
        expect(await p.getByLabel("Queue", { exact: true }).inputValue()).toBe("tier-1");
        const team = p.getByTestId("queue-list");
        await team.waitFor();
        expect((await rowsOf(team))[0]).toEqual([cases.urgent!.number, "breached"]);
        expect(await rowsOf(team)).toHaveLength(7);
        await page.check("queue-board-to-queue");
      } finally {
        await page.close();
      }
    });

    it("pages a long queue with Load more, keeping the API's order", async () => {
      const customer = await rt.request("POST", "/customers", { body: { kind: "person", displayName: "Lou Long" } });
      for (let index = 1; index <= 27; index++) {
        const created = await rt.request("POST", "/cases", {
          body: { customerId: customer.body.id, subject: `Question ${index}`, type: "inquiry", queue: "tier-3" },
        });
        expect(created.status).toBe(201);
      }
      const expected = await eventually(
        async () => {
          const response = await rt.request("GET", "/queues/tier-3/cases?limit=100");
          const items = response.body.items as Listed[];
          return items.length === 27 ? items.map((item) => item.number) : undefined;
        },
        30_000,
        250,
      );
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["agent"], agent) });
      const p = page.page;
      try {
        await p.goto("/console/work?queue=tier-3");
        const team = p.getByTestId("queue-list");
        await team.waitFor();
        const numbersShown = () =>
          team.evaluate((element) =>
            [...element.querySelectorAll("tbody tr")].map((row) => row.getAttribute("data-case")),
          );
        expect(await numbersShown()).toEqual(expected.slice(0, 25));
        await p.getByText("25 cases shown").waitFor();
        await p.getByRole("button", { name: "Load more" }).click();
        await p.getByText("27 cases shown").waitFor();
        expect(await numbersShown()).toEqual(expected);
        // The last page has no cursor: nothing more to load.
        expect(await p.getByRole("button", { name: "Load more" }).count()).toBe(0);
        await page.check("work-load-more");
      } finally {
        await page.close();
      }
    });

    it("offers the board to a viewer, read-only", async () => {
      const page = await TestPage.open(browser, rt.url, { token: await rt.token(["viewer"], "u-viewer-q") });
      try {
        await page.page.goto("/console");
        await page.page.getByRole("link", { name: "Queue board" }).click();
        await page.page.getByTestId("board-table").locator('tr[data-queue="tier-1"]').waitFor();
        await page.page.getByRole("link", { name: "My work" }).click();
        await page.page.getByTestId("my-queue-empty").waitFor();
        await page.check("work-viewer-empty");
      } finally {
        await page.close();
      }
    });
  });
}
