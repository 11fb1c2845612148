import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CountedGift, summarize, totalsToMoney, withGift } from "./summary.js";

const gift = (giftId: string, date: string, amountMinor: number, currency = "USD"): CountedGift => ({
  giftId,
  date,
  amountMinor,
  currency,
});

describe("the giving summary", () => {
  it("totals per currency and finds first, last and largest", () => {
    const summary = summarize([
      gift("B", "2025-03-01", 500),
      gift("A", "2024-12-31", 2000, "EUR"),
      gift("C", "2026-01-02", 700),
      gift("D", "2026-01-02", 700),
    ]);
    expect(summary.giftCount).toBe(4);
    expect(totalsToMoney(summary.lifetime)).toEqual([
      { amountMinor: 2000, currency: "EUR" },
      { amountMinor: 1900, currency: "USD" },
    ]);
    expect(summary.byYear).toEqual({ "2024": { EUR: 2000 }, "2025": { USD: 500 }, "2026": { USD: 1400 } });
    expect(summary.first?.giftId).toBe("A");
    expect(summary.last?.giftId).toBe("D");
    expect(summary.largest.USD?.giftId).toBe("C");
    expect(summary.largest.EUR?.giftId).toBe("A");
  });

  it("does not depend on the order gifts are counted in", () => {
    const gifts = fc.uniqueArray(
      fc.record({
        giftId: fc.stringMatching(/^[A-Z0-9]{4}$/),
        date: fc.constantFrom("2024-01-01", "2025-06-30", "2026-02-28"),
        amountMinor: fc.integer({ min: 1, max: 1_000_000 }),
        currency: fc.constantFrom("USD", "EUR", "JPY"),
      }),
      { selector: (g) => g.giftId, maxLength: 20 },
    );
    fc.assert(
      fc.property(gifts, (list) => {
        expect(summarize([...list].reverse())).toEqual(summarize(list));
        expect(list.reduce(withGift, summarize([]))).toEqual(summarize(list));
      }),
    );
  });
});
