import { Customer } from "@caseline/core";
import { loadDemoVehicles } from "@caseline/local/demo-vehicles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ background: false });
});
afterAll(async () => {
  await rt?.stop();
});

describe("the vehicle demo data", () => {
  it("has plates with long histories and a transfer in every status", async () => {
    const meta = { actor: { sub: "demo", roles: ["admin" as const] } };
    const owners: string[] = [];
    for (let i = 0; i < 20; i++) {
      owners.push((await Customer.create(rt.app, meta, { kind: "person", displayName: `Owner ${i}` })).id);
    }
    const lines: string[] = [];
    await loadDemoVehicles(rt.app, owners, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/16 vehicles/)]);

    for (const [jurisdiction, number] of [
      ["US-CA", "DMO1000"],
      ["US-NV", "DMO1001"],
      ["US-OR", "DMO1002"],
    ]) {
      const history = (await rt.request("GET", `/plates/${jurisdiction}/${number}/history`)).body;
      expect(history.assignments).toHaveLength(5);
      expect(new Set(history.assignments.map((a: { vin: string }) => a.vin)).size).toBe(5);
    }
    const statuses = new Set<string>();
    for (const owner of owners) {
      const cases = (await rt.request("GET", `/cases?customerId=${owner}`)).body.items;
      for (const item of cases) if (item.type === "vehicle_transfer") statuses.add(item.status);
    }
    expect([...statuses].sort()).toEqual(
      ["approved", "completed", "documents_pending", "rejected", "submitted", "under_review", "withdrawn"].sort(),
    );
  });
});
