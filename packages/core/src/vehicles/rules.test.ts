import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseStatuses, caseTypes } from "../entities/case.js";
import { computeFees, taxOn } from "./fees.js";
import { odometerExempt } from "./odometer.js";
import { transferSlaPolicy } from "./sla-default.js";
import { approvalBlockers, newLien, requiredDocuments } from "./transfer-rules.js";

describe("odometer exemption (49 CFR 580.17)", () => {
  it("exempts model year 2010 and earlier from the tenth year, 2011 and later from the twentieth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2060 }), fc.integer({ min: 1950, max: 2100 }), (modelYear, saleYear) => {
        const exempt = odometerExempt(modelYear, `${saleYear}-07-01`);
        expect(exempt).toBe(saleYear - modelYear >= (modelYear <= 2010 ? 10 : 20));
      }),
    );
    expect(odometerExempt(2010, "2019-12-31")).toBe(false);
    expect(odometerExempt(2010, "2020-01-01")).toBe(true);
    expect(odometerExempt(2011, "2030-12-31")).toBe(false);
    expect(odometerExempt(2011, "2031-01-01")).toBe(true);
  });
});

describe("fees", () => {
  it("computes the tax exactly in integers, halves rounded up, even for prices past 2^53 / 10000", () => {
    expect(taxOn(1_234_567, 625)).toBe(77_160);
    expect(taxOn(8, 625)).toBe(1);
    expect(taxOn(7, 625)).toBe(0);
    expect(taxOn(9_007_199_254_740_991, 10_000)).toBe(9_007_199_254_740_991);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }), (price, rate) => {
        const exact = (price * rate) / 10_000;
        expect(Math.abs(taxOn(price, rate) - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it("charges a plate fee only for its plate decision, and totals the lines", () => {
    const terms = {
      currency: "BRL",
      fees: [
        { code: "title", label: "Title", amountMinor: 100 },
        { code: "plate", label: "Plate", amountMinor: 50, plateDecision: "new_plate" },
      ],
      tax: { code: "tax", label: "Tax", rateBasisPoints: 1_000 },
    };
    expect(computeFees(terms, { priceMinor: 1_000, plateDecision: "kept_by_seller" }).total).toEqual({
      amountMinor: 200,
      currency: "BRL",
    });
    expect(computeFees(terms, { priceMinor: 1_000, plateDecision: "new_plate" }).lines.map((l) => l.code)).toEqual([
      "title",
      "plate",
      "tax",
    ]);
  });
});

describe("the documents checklist and approval", () => {
  it("needs every document verified, every lien released and, unless exempt, the odometer disclosed", () => {
    const documents = requiredDocuments({ sellers: ["S1", "S2"], buyers: ["B"] }, false);
    expect(documents.map((d) => [d.kind, d.partyId])).toEqual([
      ["title", undefined],
      ["bill_of_sale", undefined],
      ["odometer_statement", undefined],
      ["identity", "S1"],
      ["identity", "S2"],
      ["identity", "B"],
    ]);
    expect(requiredDocuments({ sellers: ["S"], buyers: ["B"] }, true).map((d) => d.kind)).not.toContain(
      "odometer_statement",
    );
    const { lien, releaseDocument } = newLien({
      holder: "Bank",
      amount: { amountMinor: 1, currency: "USD" },
      recordedOn: "2024-01-01",
    });
    const verified = [...documents, releaseDocument].map((d) => ({ ...d, status: "verified" as const }));
    expect(approvalBlockers({ documents: verified, liens: [lien], odometer: { exempt: false } })).toEqual([
      expect.stringMatching(/is not released/),
      "the odometer disclosure is missing",
    ]);
    const released = { ...lien, releasedAt: "2025-01-01T00:00:00.000Z" };
    expect(approvalBlockers({ documents: verified, liens: [released], odometer: { exempt: true } })).toEqual([]);
  });
});

describe("the default SLA policy of a transfer", () => {
  it("targets 30 calendar days for every priority, paused while documents are pending", () => {
    expect(caseTypes).toContain(transferSlaPolicy.conditions.caseTypes[0]);
    const { resolution } = transferSlaPolicy.metrics;
    expect(Object.values(resolution.targets)).toEqual([43_200, 43_200, 43_200, 43_200]);
    for (const status of resolution.pauseStatuses) expect(caseStatuses).toContain(status);
    expect(transferSlaPolicy.calendarId).toBe("24x7");
  });
});
