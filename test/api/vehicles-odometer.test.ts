import { odometerExempt } from "@caseline/core/vehicles/odometer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";
import { fixtures } from "../support/vehicles.js";

// The office's clock stands in mid-2031, so a model year 2011 vehicle can be sold on both sides of
// its twentieth year (sale dates are never in the future).
const officeNow = Date.parse("2031-06-01T12:00:00Z");
const offset = officeNow - Date.now();
let rt: TestRuntime;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600, clock: () => new Date(Date.now() + offset) });
  f = fixtures(rt);
  const schedule = { effectiveFrom: "2020-01-01", currency: "USD", fees: [] };
  expect((await rt.request("POST", "/fee-schedules", { body: schedule, roles: ["admin"] })).status).toBe(201);
});
afterAll(async () => {
  await rt?.stop();
});

/** Submits a transfer of a vehicle of `modelYear` sold on `saleDate`, and answers what the office computed. */
async function transferOf(modelYear: number, saleDate: string, odometer?: Record<string, unknown>) {
  const [seller, buyer] = await Promise.all([f.customer("Seller"), f.customer("Buyer")]);
  const vehicle = await f.vehicle({ modelYear, owners: [seller] });
  const newPlate = { jurisdiction: "US-CA", number: `OD${Math.floor(Math.random() * 1e8)}` };
  const response = await rt.request("POST", "/cases", {
    body: {
      customerId: buyer,
      subject: "Transfer",
      type: "vehicle_transfer",
      transfer: {
        vin: vehicle.vin,
        sellers: [seller],
        buyers: [buyer],
        plateDecision: { kind: "new_plate", newPlate },
        saleDate,
        price: { amountMinor: 100, currency: "USD" },
        ...(odometer ? { odometer } : {}),
      },
    },
  });
  if (response.status !== 201) return { status: response.status, transfer: undefined };
  const transfer = (await rt.request("GET", `/cases/${response.body.id}/transfer`)).body;
  return { status: response.status, transfer };
}

describe("odometer disclosure exemption (49 CFR 580.17)", () => {
  // [model year, sale date, exempt]: each boundary from both sides.
  const boundaries: [number, string, boolean][] = [
    // Model year 2010 and earlier: exempt from the tenth year.
    [2010, "2019-12-31", false],
    [2010, "2020-01-01", true],
    // The model-year boundary, on one sale date: 2010 is exempt at 15 years, 2011 is not before 20.
    [2010, "2025-06-01", true],
    [2011, "2025-06-01", false],
    // Model year 2011 and later: exempt from the twentieth year.
    [2011, "2030-12-31", false],
    [2011, "2031-01-01", true],
  ];

  it.each(boundaries)("model year %i sold on %s: exempt %s", async (modelYear, saleDate, exempt) => {
    expect(odometerExempt(modelYear, saleDate)).toBe(exempt);
    const { status, transfer } = await transferOf(modelYear, saleDate);
    expect(status).toBe(201);
    expect(transfer.odometer).toEqual({ exempt });
    const kinds = transfer.documents.map((document: { kind: string }) => document.kind);
    // An exempt vehicle needs no odometer statement, and approval does not wait for a disclosure.
    expect(kinds.includes("odometer_statement")).toBe(!exempt);
    expect(transfer.approvalBlockers.includes("the odometer disclosure is missing")).toBe(!exempt);
  });

  it("takes 'exempt' as the disclosure only for an exempt vehicle, and nothing is written otherwise", async () => {
    const exempt = { reading: 99_000, unit: "mi", status: "exempt" };
    expect((await transferOf(2011, "2031-01-01", exempt)).transfer.odometer).toMatchObject({
      exempt: true,
      status: "exempt",
    });
    const [seller, buyer] = await Promise.all([f.customer("S"), f.customer("B")]);
    const vehicle = await f.vehicle({ modelYear: 2011, owners: [seller] });
    const snapshot = await rt.quietSnapshot();
    const refused = await rt.request("POST", "/cases", {
      body: {
        customerId: buyer,
        subject: "Transfer",
        type: "vehicle_transfer",
        transfer: {
          vin: vehicle.vin,
          sellers: [seller],
          buyers: [buyer],
          plateDecision: { kind: "new_plate", newPlate: { jurisdiction: "US-CA", number: "ODX1" } },
          saleDate: "2030-12-31",
          price: { amountMinor: 100, currency: "USD" },
          odometer: exempt,
        },
      },
    });
    expect(refused.status).toBe(422);
    expect(await rt.quietSnapshot()).toEqual(snapshot);
  });
});
