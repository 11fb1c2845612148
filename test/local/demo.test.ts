import { unmarshall } from "@aws-sdk/util-dynamodb";
import { loadDemoData } from "@caseline/local/demo";
import { agents } from "@caseline/local/demo-content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ background: false });
});
afterAll(async () => {
  await rt?.stop();
});

describe("demo data", () => {
  it("includes a few years of giving whose reports add up", async () => {
    expect(await loadDemoData(rt.app, () => undefined, { customers: 25, cases: 12 })).toBe(true);
    const year = new Date().getUTCFullYear();
    const campaigns = (await rt.request("GET", "/reports/donors/campaigns")).body.campaigns;
    expect(campaigns.map((c: { name: string }) => c.name)).toEqual(
      [year - 3, year - 2, year - 1, year].map((y) => `Annual appeal ${y}`),
    );
    let giftsInYears = 0;
    for (const y of [year - 3, year - 2, year - 1, year]) {
      const months = (await rt.request("GET", `/reports/donors/giving-by-month?year=${y}`)).body.months;
      giftsInYears += months.reduce((sum: number, m: { giftCount: number }) => sum + m.giftCount, 0);
    }
    expect(giftsInYears).toBeGreaterThan(5);
    const retention = (await rt.request("GET", `/reports/donors/retention?year=${year}`)).body;
    expect(retention.lybunt.length + retention.sybunt.length).toBeGreaterThan(0);

    // Every case an agent opened is theirs, so the demo agents (the sign-in page's among them) have queues.
    const cases = (await rt.tableSnapshot())
      .map((item) => unmarshall(JSON.parse(item)))
      .filter((item) => item.__edb_e__ === "case" && item.type !== "vehicle_transfer");
    const worked = cases.filter((item) => item.status !== "new");
    expect(worked.length).toBeGreaterThan(0);
    for (const item of worked) expect(agents).toContain(item.assigneeId);
    expect(agents[0]).toBe("u-agent-1");
  }, 120_000);
});
