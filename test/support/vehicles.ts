import { checkDigitOf } from "@caseline/core/vehicles/vin";
import { expect } from "vitest";
import type { TestRuntime } from "./runtime.js";

const yearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
/** Serial numbers start at a random point, so runs never depend on one another. */
let serial = Math.floor(Math.random() * 900_000);

/** A fresh, valid 17-character VIN for `modelYear` (position 10 encodes it; position 9 is its check digit). */
export function makeVin(modelYear: number, prefix = "1HGCM826"): string {
  serial += 1;
  const yearCode = yearCodes[(modelYear - 1980) % 30];
  const draft = `${prefix.slice(0, 8)}0${yearCode}A${String(serial % 1_000_000).padStart(6, "0")}`;
  return `${draft.slice(0, 8)}${checkDigitOf(draft)}${draft.slice(9)}`;
}

/** Test fixtures made through the API, as an agent (or admin) would. */
export function fixtures(rt: TestRuntime) {
  const created = async (method: string, path: string, body: unknown, roles = ["agent"]) => {
    const response = await rt.request(method, path, { body, roles });
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const customer = async (displayName: string): Promise<string> =>
    (await created("POST", "/customers", { kind: "person", displayName })).id;
  const vehicle = async (options: { modelYear?: number; owners?: string[]; vin?: string; odometer?: number } = {}) => {
    const modelYear = options.modelYear ?? 2018;
    return created("POST", "/vehicles", {
      vin: options.vin ?? makeVin(modelYear),
      make: "Honda",
      model: "Accord",
      modelYear,
      colour: "blue",
      ...(options.owners ? { owners: options.owners } : {}),
      ...(options.odometer === undefined ? {} : { odometer: { reading: options.odometer, unit: "mi" } }),
    });
  };
  let plates = 0;
  const plate = async (vin?: string, jurisdiction = "US-CA") => {
    plates += 1;
    const number = `${String.fromCharCode(65 + (plates % 26))}${Date.now().toString(36).slice(-4).toUpperCase()}${plates}`;
    return created("POST", "/plates", { jurisdiction, number, ...(vin ? { vin } : {}) });
  };
  /** Moves a case through `statuses` with If-Match, expecting each move to succeed. */
  const move = async (caseId: string, ...statuses: string[]) => {
    let view = (await rt.request("GET", `/cases/${caseId}`)).body;
    for (const to of statuses) {
      const moved = await rt.request("POST", `/cases/${caseId}/transitions`, {
        body: { to },
        headers: { "if-match": `"${view.version}"` },
      });
      expect(moved.status, `→ ${to}: ${JSON.stringify(moved.body)}`).toBe(200);
      view = moved.body;
    }
    return view;
  };
  /** Receives and verifies every document still required (except those `skip` names by kind). */
  const verifyDocuments = async (caseId: string, skip: string[] = []) => {
    const transfer = (await rt.request("GET", `/cases/${caseId}/transfer`)).body;
    let last = transfer;
    for (const document of transfer.documents) {
      if (skip.includes(document.kind)) continue;
      for (const action of document.status === "required" ? ["receive", "verify"] : ["verify"]) {
        if (document.status === "verified") continue;
        const response = await rt.request("POST", `/cases/${caseId}/transfer/documents/${document.id}`, {
          body: { action },
        });
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        last = response.body;
      }
    }
    return last;
  };
  return { created, customer, vehicle, plate, move, verifyDocuments };
}
