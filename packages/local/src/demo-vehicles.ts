import { type AppContext, Case, type RequestMeta } from "@caseline/core";
import * as FeeSchedules from "@caseline/core/vehicles/fee-schedules";
import * as Plates from "@caseline/core/vehicles/plates";
import * as Transfer from "@caseline/core/vehicles/transfer";
import * as Vehicle from "@caseline/core/vehicles/vehicles";
import { checkDigitOf } from "@caseline/core/vehicles/vin";

const clerk: RequestMeta = { actor: { sub: "demo-clerk", roles: ["agent"], name: "Demo clerk" } };
const admin: RequestMeta = { actor: { sub: "demo-loader", roles: ["admin"], name: "Demo loader" } };
const day = 86_400_000;

/** Makes, models and the WMI and descriptor each VIN starts with (the rest is made up, check digit valid). */
const models = [
  ["Honda", "Accord", "1HGCM826"],
  ["Toyota", "Corolla", "2T1BURHE"],
  ["Ford", "F-150", "1FTFW1ET"],
  ["Volkswagen", "Gol", "9BWAB45U"],
  ["Chevrolet", "Onix", "9BGKS48U"],
  ["Tesla", "Model 3", "5YJ3E1EA"],
  ["BMW", "320i", "WBA8E1C5"],
  ["Hyundai", "Elantra", "KMHD84LF"],
] as const;
const yearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";

function vinFor(prefix: string, modelYear: number, serial: number): string {
  const draft = `${prefix}0${yearCodes[(modelYear - 1980) % 30]}D${String(serial).padStart(6, "0")}`;
  return `${draft.slice(0, 8)}${checkDigitOf(draft)}${draft.slice(9)}`;
}

/**
 * Vehicles, plates with long histories (each moved across five vehicles over two years) and one
 * transfer case in every status, made through the same services as the API, back-dated with the
 * clock. `owners` are demo customers (at least 16).
 */
export async function loadDemoVehicles(app: AppContext, owners: readonly string[], log: (message: string) => void) {
  if (owners.length === 0) return;
  const now = Date.now();
  const at = (instant: number): AppContext => ({ ...app, clock: () => new Date(instant) });
  await FeeSchedules.publish(at(now - 800 * day), admin, {
    effectiveFrom: "2024-01-01",
    currency: "USD",
    fees: [
      { code: "title", label: "Certificate of title", amountMinor: 7_500 },
      { code: "registration", label: "Registration transfer", amountMinor: 2_500 },
      { code: "new_plate", label: "New plate", amountMinor: 1_500, plateDecision: "new_plate" },
    ],
    tax: { code: "use_tax", label: "Use tax", rateBasisPoints: 625 },
  });

  const vehicles: { vin: string; owner: string }[] = [];
  for (let i = 0; i < 16; i++) {
    const [make, model, prefix] = models[i % models.length] ?? models[0];
    const modelYear = 2008 + ((i * 3) % 17);
    const owner = owners[i % owners.length] ?? owners[0] ?? "";
    const created = await Vehicle.register(at(now - (900 - i) * day), clerk, {
      vin: vinFor(prefix, modelYear, 400_000 + i),
      make,
      model,
      modelYear,
      colour: ["silver", "black", "white", "red", "blue"][i % 5],
      odometer: { reading: 10_000 + i * 7_300, unit: "mi" },
      owners: [owner],
    });
    vehicles.push({ vin: created.vin, owner });
  }

  // Three plates, each carried by five vehicles in turn over two years (one jurisdiction each, so the
  // vehicles' one-plate-per-jurisdiction rule never stands in the way).
  const routes = [
    ["US-CA", [0, 1, 2, 3, 4]],
    ["US-NV", [5, 6, 7, 0, 1]],
    ["US-OR", [2, 3, 4, 5, 6]],
  ] as const;
  for (const [p, [jurisdiction, stops]] of routes.entries()) {
    const number = `DMO ${1000 + p}`;
    const [first, ...rest] = stops.map((stop) => vehicles[stop]?.vin ?? "");
    await Plates.issue(at(now - 800 * day), clerk, { jurisdiction, number, vin: first });
    for (const [hop, vin] of rest.entries()) {
      await Plates.assign(at(now - (800 - (hop + 1) * 150) * day), clerk, jurisdiction, number, { vin });
    }
  }
  for (let i = 8; i < 16; i++) {
    await Plates.issue(at(now - 700 * day), clerk, {
      jurisdiction: "US-TX",
      number: `TX${7000 + i}`,
      vin: vehicles[i]?.vin,
    });
  }

  // One transfer in every status, on the vehicles with Texas plates.
  const saleDate = new Date(now - 30 * day).toISOString().slice(0, 10);
  const statuses = ["submitted", "documents_pending", "under_review", "approved", "completed", "rejected", "withdrawn"];
  for (const [index, status] of statuses.entries()) {
    const vehicle = vehicles[8 + index];
    if (!vehicle) continue;
    // The next customer after the seller: never the seller itself while there are two customers.
    const buyer = owners[(8 + index + 1) % owners.length] ?? "";
    if (buyer === vehicle.owner) continue;
    const opened = await Case.create(at(now - (20 - index) * day), clerk, {
      customerId: buyer,
      subject: `Transfer of ${vehicle.vin}`,
      type: "vehicle_transfer",
      channel: "walk_in",
      transfer: {
        vin: vehicle.vin,
        sellers: [vehicle.owner],
        buyers: [buyer],
        plateDecision:
          index % 2 === 0
            ? { kind: "transferred_with_vehicle", plate: { jurisdiction: "US-TX", number: `TX${7000 + 8 + index}` } }
            : { kind: "kept_by_seller", plate: { jurisdiction: "US-TX", number: `TX${7000 + 8 + index}` } },
        saleDate,
        price: { amountMinor: 850_000 + index * 125_000, currency: "USD" },
        odometer: { reading: 10_000 + (8 + index) * 7_300 + 4_200, unit: "mi", status: "actual" },
        ...(index === 2
          ? {
              liens: [
                {
                  holder: "Golden State Auto Credit",
                  amount: { amountMinor: 320_000, currency: "USD" },
                  recordedOn: "2023-05-02",
                },
              ],
            }
          : {}),
      },
    });
    const move = async (to: string) => {
      const current = await Case.get(app, opened.id);
      await Case.transition(app, clerk, opened.id, { to: to as never }, current.version);
    };
    const verifyAll = async () => {
      const transfer = await Transfer.get(app, opened.id);
      for (const document of transfer.documents) {
        await Transfer.recordDocument(app, clerk, opened.id, document.id, { action: "receive" });
        await Transfer.recordDocument(app, clerk, opened.id, document.id, { action: "verify" });
      }
    };
    if (status === "submitted") continue;
    if (status === "documents_pending") {
      await move("documents_pending");
      continue;
    }
    if (status === "withdrawn") {
      await move("withdrawn");
      continue;
    }
    await move("under_review");
    if (status === "under_review") continue;
    if (status === "rejected") {
      await move("rejected");
      continue;
    }
    await verifyAll();
    await move("approved");
    if (status === "completed") {
      const current = await Case.get(app, opened.id);
      await Transfer.complete(app, clerk, opened.id, current.version);
    }
  }
  log(`${vehicles.length} vehicles, 3 plates with long histories, ${statuses.length} transfers (one in every status)`);
}
