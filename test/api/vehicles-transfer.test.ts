import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";
import { fixtures } from "../support/vehicles.js";

let rt: TestRuntime;
let f: ReturnType<typeof fixtures>;
const today = () => new Date().toISOString().slice(0, 10);

const schedule = {
  effectiveFrom: "2020-01-01",
  currency: "USD",
  fees: [
    { code: "title", label: "Certificate of title", amountMinor: 7_500 },
    { code: "registration", label: "Registration transfer", amountMinor: 2_500 },
    { code: "new_plate", label: "New plate", amountMinor: 1_500, plateDecision: "new_plate" },
  ],
  tax: { code: "use_tax", label: "Use tax", rateBasisPoints: 625 },
};

beforeAll(async () => {
  rt = await startTestRuntime({ caseAckSeconds: 3600 });
  f = fixtures(rt);
  expect((await rt.request("POST", "/fee-schedules", { body: schedule, roles: ["admin"] })).status).toBe(201);
});
afterAll(async () => {
  await rt?.stop();
});

interface Scene {
  seller: string;
  buyer: string;
  vin: string;
  plate: { jurisdiction: string; number: string };
}

/** A vehicle owned by a seller, carrying a plate, and a buyer. */
async function scene(modelYear = 2018): Promise<Scene> {
  const [seller, buyer] = await Promise.all([f.customer("Ana Seller"), f.customer("Bruno Buyer")]);
  const vehicle = await f.vehicle({ modelYear, owners: [seller], odometer: 42_000 });
  const plate = await f.plate(vehicle.vin);
  return { seller, buyer, vin: vehicle.vin, plate: { jurisdiction: plate.jurisdiction, number: plate.number } };
}

function transferCase(s: Scene, transfer: Record<string, unknown> = {}, customerId = s.buyer) {
  return {
    customerId,
    subject: "Ownership transfer",
    type: "vehicle_transfer",
    transfer: {
      vin: s.vin,
      sellers: [s.seller],
      buyers: [s.buyer],
      plateDecision: { kind: "transferred_with_vehicle", plate: s.plate },
      saleDate: today(),
      price: { amountMinor: 1_234_567, currency: "USD" },
      odometer: { reading: 43_210, unit: "mi", status: "actual" },
      ...transfer,
    },
  };
}

async function submit(s: Scene, transfer: Record<string, unknown> = {}) {
  const opened = await rt.request("POST", "/cases", { body: transferCase(s, transfer) });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  return opened.body;
}

async function approve(caseId: string) {
  await f.move(caseId, "under_review");
  await f.verifyDocuments(caseId);
  return f.move(caseId, "approved");
}

async function completeCase(caseId: string) {
  const current = (await rt.request("GET", `/cases/${caseId}`)).body;
  return rt.request("POST", `/cases/${caseId}/transfer/complete`, { headers: { "if-match": `"${current.version}"` } });
}

describe("a transfer from submission to completion", () => {
  it("puts a transfer under the default SLA policy: 30 calendar days to resolution, paused while documents are pending", async () => {
    const opened = await submit(await scene());
    const sla = (await rt.request("GET", `/cases/${opened.id}/sla`, { roles: ["viewer"] })).body;
    expect(sla.policy).toMatchObject({ id: "default-vehicle-transfer", calendarId: "24x7" });
    expect(sla.metrics).toEqual([
      expect.objectContaining({
        metric: "resolution",
        state: "running",
        targetMinutes: 43_200,
        dueAt: new Date(Date.parse(opened.createdAt) + 30 * 86_400_000).toISOString(),
      }),
    ]);
    await f.move(opened.id, "documents_pending");
    const paused = (await rt.request("GET", `/cases/${opened.id}/sla`)).body;
    expect(paused.metrics[0]).toMatchObject({ metric: "resolution", state: "paused" });
  });

  it("moves ownership, the plate, the odometer and the case in one go, audited", async () => {
    const s = await scene();
    const opened = await submit(s);
    expect(opened).toMatchObject({ type: "vehicle_transfer", status: "submitted", customerId: s.buyer });
    expect(opened.statusHistory).toEqual([expect.objectContaining({ to: "submitted" })]);

    const submitted = (await rt.request("GET", `/cases/${opened.id}/transfer`)).body;
    expect(submitted.documents.map((d: { kind: string; partyId?: string }) => [d.kind, d.partyId])).toEqual([
      ["title", undefined],
      ["bill_of_sale", undefined],
      ["odometer_statement", undefined],
      ["identity", s.seller],
      ["identity", s.buyer],
    ]);
    expect(submitted.approvalBlockers).toHaveLength(5);

    // Approval needs every document verified: refused with what is missing, nothing written.
    await f.move(opened.id, "documents_pending", "under_review");
    const early = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "approved" },
      headers: { "if-match": '"3"' },
    });
    expect(early.status).toBe(422);
    expect(early.body.blockers).toHaveLength(5);

    const verified = await f.verifyDocuments(opened.id);
    expect(verified.documents.every((d: { status: string; verifiedBy?: string }) => d.status === "verified")).toBe(
      true,
    );
    expect(verified.documents[0]).toMatchObject({ receivedBy: "u-test", verifiedBy: "u-test" });
    const approved = await f.move(opened.id, "approved");

    // "completed" is not a plain transition.
    const plain = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "completed" },
      headers: { "if-match": `"${approved.version}"` },
    });
    expect(plain.status).toBe(409);
    expect(plain.body.detail).toMatch(/transfer\/complete/);

    const done = await completeCase(opened.id);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.headers.get("etag")).toBe(`"${approved.version + 1}"`);
    const at = done.body.transfer.completedAt;
    expect(done.body.case).toMatchObject({ status: "completed", closedAt: at });
    expect(done.body.case.statusHistory.at(-1)).toMatchObject({ from: "approved", to: "completed", at });

    const vehicle = (await rt.request("GET", `/vehicles/${s.vin}`)).body;
    expect(vehicle.currentOwners).toEqual([{ customerId: s.buyer, role: "owner", from: at }]);
    expect(vehicle.currentPlates).toEqual([expect.objectContaining(s.plate)]);
    expect(vehicle.odometerReadings.at(-1)).toMatchObject({ reading: 43_210, unit: "mi", source: "transfer" });

    const history = (await rt.request("GET", `/vehicles/${s.vin}/history`)).body;
    expect(history.owners).toEqual([
      expect.objectContaining({ customerId: s.seller, acquiredBy: "registration", to: at, endedByCaseId: opened.id }),
      expect.objectContaining({ customerId: s.buyer, acquiredBy: "transfer", from: at, caseId: opened.id }),
    ]);
    expect(history.owners[1].to).toBeUndefined();
    expect(history.transferCaseIds).toEqual([opened.id]);
    const plate = (await rt.request("GET", `/plates/${s.plate.jurisdiction}/${s.plate.number}/history`)).body;
    expect(plate.plate).toMatchObject({ status: "assigned", currentVin: s.vin, holderIds: [s.buyer] });

    const audit = async (entityType: string, entityId: string) =>
      (await rt.request("GET", `/audit?entityType=${entityType}&entityId=${entityId}`, { roles: ["supervisor"] })).body
        .items;
    expect((await audit("case", opened.id)).at(-1)).toMatchObject({
      action: "transition",
      after: { status: "completed" },
    });
    expect((await audit("transfer", opened.id)).at(-1).after.completedAt).toBe(at);
    expect((await audit("vehicle", s.vin)).at(-1)).toMatchObject({ after: { owners: [s.buyer], caseId: opened.id } });

    // A completed transfer is closed to everything.
    const again = await completeCase(opened.id);
    expect(again.status).toBe(409);
    const late = await rt.request("POST", `/cases/${opened.id}/transfer/liens`, {
      body: { holder: "Bank", amount: { amountMinor: 1, currency: "USD" }, recordedOn: today() },
    });
    expect(late.status).toBe(409);
  });

  it("a plate kept by the seller comes off the vehicle; a new plate goes on it", async () => {
    const kept = await scene();
    const one = await submit(kept, { plateDecision: { kind: "kept_by_seller", plate: kept.plate } });
    await approve(one.id);
    expect((await completeCase(one.id)).status).toBe(200);
    const plate = (await rt.request("GET", `/plates/${kept.plate.jurisdiction}/${kept.plate.number}/history`)).body;
    expect(plate.plate).toMatchObject({ status: "held", holderIds: [kept.seller] });
    expect(plate.plate.currentVin).toBeUndefined();
    expect(plate.assignments).toEqual([expect.objectContaining({ vin: kept.vin, endedByCaseId: one.id })]);
    expect(plate.assignments[0].to).toBeDefined();
    expect((await rt.request("GET", `/vehicles/${kept.vin}`)).body.currentPlates).toEqual([]);

    const fresh = await scene();
    const two = await submit(fresh, {
      plateDecision: { kind: "new_plate", newPlate: { jurisdiction: "us-ca", number: "new 2026" } },
    });
    await approve(two.id);
    expect((await completeCase(two.id)).status).toBe(200);
    const vehicle = (await rt.request("GET", `/vehicles/${fresh.vin}`)).body;
    expect(vehicle.currentPlates).toEqual([expect.objectContaining({ jurisdiction: "US-CA", number: "NEW2026" })]);
    const old = (await rt.request("GET", `/plates/${fresh.plate.jurisdiction}/${fresh.plate.number}/history`)).body;
    expect(old.plate.status).toBe("surrendered");
    const issued = (await rt.request("GET", "/plates/US-CA/NEW2026/history")).body;
    expect(issued.plate).toMatchObject({ status: "assigned", currentVin: fresh.vin, holderIds: [fresh.buyer] });
    expect(issued.assignments).toEqual([expect.objectContaining({ vin: fresh.vin, caseId: two.id })]);
  });
});

describe("a rejected transfer", () => {
  it("closes the case and changes no owner or plate", async () => {
    const s = await scene();
    const opened = await submit(s);
    const rejected = await f.move(opened.id, "under_review", "rejected");
    expect(rejected).toMatchObject({ status: "rejected", closedAt: expect.any(String) });
    const before = await rt.quietSnapshot();
    expect((await completeCase(opened.id)).status).toBe(409);
    const transfer = (await rt.request("GET", `/cases/${opened.id}/transfer`)).body;
    const document = await rt.request("POST", `/cases/${opened.id}/transfer/documents/${transfer.documents[0].id}`, {
      body: { action: "receive" },
    });
    expect(document.status).toBe(409);
    expect(await rt.quietSnapshot()).toEqual(before);
    const vehicle = (await rt.request("GET", `/vehicles/${s.vin}`)).body;
    expect(vehicle.currentOwners.map((o: { customerId: string }) => o.customerId)).toEqual([s.seller]);
  });
});

describe("liens", () => {
  it("an unreleased lien blocks approval until its release document is verified and the lien released", async () => {
    const s = await scene();
    const opened = await submit(s, {
      liens: [
        { holder: "First Auto Credit", amount: { amountMinor: 500_000, currency: "USD" }, recordedOn: "2024-03-01" },
      ],
    });
    const transfer = (await rt.request("GET", `/cases/${opened.id}/transfer`)).body;
    const [lien] = transfer.liens;
    expect(lien).toMatchObject({ holder: "First Auto Credit", amount: { amountMinor: 500_000, currency: "USD" } });
    expect(transfer.documents.at(-1)).toMatchObject({
      kind: "lien_release",
      lienId: lien.id,
      id: lien.releaseDocumentId,
    });

    await f.move(opened.id, "under_review");
    await f.verifyDocuments(opened.id, ["lien_release"]);
    const tryApprove = async () => {
      const current = (await rt.request("GET", `/cases/${opened.id}`)).body;
      return rt.request("POST", `/cases/${opened.id}/transitions`, {
        body: { to: "approved" },
        headers: { "if-match": `"${current.version}"` },
      });
    };
    const blocked = await tryApprove();
    expect(blocked.status).toBe(422);
    expect(blocked.body.blockers).toEqual([
      expect.stringMatching(/lien_release.* is not verified/),
      expect.stringMatching(/lien .* \(First Auto Credit\) is not released/),
    ]);

    // A release before its document is verified is refused.
    const early = await rt.request("POST", `/cases/${opened.id}/transfer/liens/${lien.id}/release`, { body: {} });
    expect(early.status).toBe(422);
    await f.verifyDocuments(opened.id);
    const stillBlocked = await tryApprove();
    expect(stillBlocked.status).toBe(422);
    expect(stillBlocked.body.blockers).toEqual([expect.stringMatching(/is not released/)]);

    const released = await rt.request("POST", `/cases/${opened.id}/transfer/liens/${lien.id}/release`, { body: {} });
    expect(released.status).toBe(200);
    expect(released.body.liens[0]).toMatchObject({ releasedBy: "u-test", releasedAt: expect.any(String) });
    expect(released.body.approvalBlockers).toEqual([]);
    expect((await tryApprove()).status).toBe(200);
  });

  it("a lien recorded during review blocks the approval again", async () => {
    const s = await scene();
    const opened = await submit(s);
    await f.move(opened.id, "under_review");
    await f.verifyDocuments(opened.id);
    const added = await rt.request("POST", `/cases/${opened.id}/transfer/liens`, {
      body: { holder: "Late Bank", amount: { amountMinor: 100, currency: "USD" }, recordedOn: today() },
    });
    expect(added.status).toBe(200);
    expect(added.body.approvalBlockers).toHaveLength(2);
    const current = (await rt.request("GET", `/cases/${opened.id}`)).body;
    const approval = await rt.request("POST", `/cases/${opened.id}/transitions`, {
      body: { to: "approved" },
      headers: { "if-match": `"${current.version}"` },
    });
    expect(approval.status).toBe(422);
  });
});

describe("two transfers of one vehicle", () => {
  it("racing to complete: exactly one succeeds, the other is 409", async () => {
    const s = await scene();
    const otherBuyer = await f.customer("Carla Buyer");
    const first = await submit(s);
    const second = (await rt.request("POST", "/cases", { body: transferCase({ ...s, buyer: otherBuyer }) })).body;
    expect(second.status).toBe("submitted");
    await approve(first.id);
    await approve(second.id);

    const [a, b] = await Promise.all([completeCase(first.id), completeCase(second.id)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.type).toBe("https://caseline.dev/problems/conflict");
    const winner = a.status === 200 ? first : second;
    const loser = a.status === 200 ? second : first;
    const winningBuyer = winner === first ? s.buyer : otherBuyer;

    const vehicle = (await rt.request("GET", `/vehicles/${s.vin}`)).body;
    expect(vehicle.currentOwners.map((o: { customerId: string }) => o.customerId)).toEqual([winningBuyer]);
    const history = (await rt.request("GET", `/vehicles/${s.vin}/history`)).body;
    expect(history.owners).toHaveLength(2);
    expect((await rt.request("GET", `/cases/${loser.id}`)).body.status).toBe("approved");
    // Later, the loser still cannot complete: its sellers no longer own the vehicle.
    const retry = await completeCase(loser.id);
    expect(retry.status).toBe(409);
    expect(retry.body.detail).toMatch(/no longer the owners/);
  });
});

describe("fees from the versioned schedule", () => {
  it("fixed fees plus a tax rate of the price, in minor units, from the version in force at submission", async () => {
    const s = await scene();
    const opened = await submit(s);
    const { fees } = (await rt.request("GET", `/cases/${opened.id}/transfer`)).body;
    // 1,234,567 × 6.25 % = 77,160.4375 → 77,160 (half up).
    expect(fees).toEqual({
      scheduleVersion: 1,
      effectiveFrom: "2020-01-01",
      lines: [
        { code: "title", label: "Certificate of title", amount: { amountMinor: 7_500, currency: "USD" } },
        { code: "registration", label: "Registration transfer", amount: { amountMinor: 2_500, currency: "USD" } },
        { code: "use_tax", label: "Use tax", amount: { amountMinor: 77_160, currency: "USD" } },
      ],
      total: { amountMinor: 87_160, currency: "USD" },
    });

    const withNewPlate = await submit(await scene(), {
      plateDecision: { kind: "new_plate", newPlate: { jurisdiction: "US-CA", number: "FEE1" } },
      price: { amountMinor: 8, currency: "USD" },
    });
    const second = (await rt.request("GET", `/cases/${withNewPlate.id}/transfer`)).body.fees;
    // 8 × 6.25 % = 0.5 → 1 (half up); the new plate's fee applies to this decision only.
    expect(second.lines.map((line: { code: string }) => line.code)).toEqual([
      "title",
      "registration",
      "new_plate",
      "use_tax",
    ]);
    expect(second.lines.at(-1).amount.amountMinor).toBe(1);
    expect(second.total.amountMinor).toBe(7_500 + 2_500 + 1_500 + 1);

    // A version in force from the future does not apply yet; one in force from today does.
    const future = {
      ...schedule,
      effectiveFrom: "2099-01-01",
      fees: [{ code: "title", label: "Title", amountMinor: 1 }],
    };
    expect((await rt.request("POST", "/fee-schedules", { body: future, roles: ["admin"] })).body.version).toBe(2);
    const stillV1 = await submit(await scene());
    expect((await rt.request("GET", `/cases/${stillV1.id}/transfer`)).body.fees.scheduleVersion).toBe(1);
    const now = { ...schedule, effectiveFrom: today(), tax: undefined };
    expect((await rt.request("POST", "/fee-schedules", { body: now, roles: ["admin"] })).body.version).toBe(3);
    const v3 = await submit(await scene());
    const v3fees = (await rt.request("GET", `/cases/${v3.id}/transfer`)).body.fees;
    expect(v3fees).toMatchObject({ scheduleVersion: 3, total: { amountMinor: 10_000, currency: "USD" } });
    const listed = (await rt.request("GET", "/fee-schedules")).body.items.map((v: { version: number }) => v.version);
    expect(listed).toEqual([3, 2, 1]);
    // A price in another currency than the schedule's is refused.
    const euros = await rt.request("POST", "/cases", {
      body: transferCase(await scene(), { price: { amountMinor: 100, currency: "EUR" } }),
    });
    expect(euros.status).toBe(422);
  });
});
