import { describe, expect, it } from "vitest";
import { formatMoney } from "./money-format.js";

describe("formatMoney", () => {
  it("places the decimal point by the currency's minor unit, without floating point", () => {
    expect(formatMoney(12_550, "USD")).toBe("USD 125.50");
    expect(formatMoney(5, "EUR")).toBe("EUR 0.05");
    expect(formatMoney(1_234_567, "JPY")).toBe("JPY 1,234,567");
    expect(formatMoney(1_000_001, "BHD")).toBe("BHD 1,000.001");
    expect(formatMoney(-250, "BRL")).toBe("BRL -2.50");
    expect(formatMoney(9_007_199_254_740_991, "USD")).toBe("USD 90,071,992,547,409.91");
  });
});
