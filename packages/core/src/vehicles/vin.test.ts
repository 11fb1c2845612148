import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDigitOf, checkVin, decodeVin, hasValidCheckDigit, transliterate, vinAlphabet } from "./vin.js";

function withCheckDigit(draft: string): string {
  return `${draft.slice(0, 8)}${checkDigitOf(draft)}${draft.slice(9)}`;
}

/** A random 17-character VIN with its check digit in position 9. */
const generatedVin = fc
  .array(fc.constantFrom(...vinAlphabet), { minLength: 17, maxLength: 17 })
  .map((characters) => withCheckDigit(characters.join("")));

describe("the VIN check digit (49 CFR 565)", () => {
  it("is verified on generated VINs", () => {
    fc.assert(
      fc.property(generatedVin, (vin) => {
        expect(hasValidCheckDigit(vin)).toBe(true);
        expect(checkVin(vin, undefined)).toEqual({ ok: true, vin, standard: true });
      }),
    );
  });

  it("rejects every single-character substitution that changes a transliterated value", () => {
    fc.assert(
      fc.property(generatedVin, (vin) => {
        for (let position = 0; position < 17; position++) {
          for (const replacement of vinAlphabet) {
            const original = vin[position]!;
            if (position === 8 ? replacement === original : transliterate(replacement) === transliterate(original)) {
              continue;
            }
            const changed = `${vin.slice(0, position)}${replacement}${vin.slice(position + 1)}`;
            expect(hasValidCheckDigit(changed), `${vin} → ${changed}`).toBe(false);
            expect(checkVin(changed, undefined).ok).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("accepts a substitution that keeps the transliterated value (A and J are both 1): that is what the digit cannot see", () => {
    const vin = "1HGCM82633A004352";
    expect(hasValidCheckDigit(vin.replace("A", "J"))).toBe(true);
  });

  it("rejects I, O and Q anywhere, saying so", () => {
    fc.assert(
      fc.property(generatedVin, fc.integer({ min: 0, max: 16 }), fc.constantFrom("I", "O", "Q"), (vin, at, letter) => {
        const changed = `${vin.slice(0, at)}${letter}${vin.slice(at + 1)}`;
        const result = checkVin(changed, undefined);
        expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/never contains I, O or Q/) });
        // Not even an office that waives the check digit takes them.
        expect(checkVin(changed, undefined, { checkDigit: false }).ok).toBe(false);
      }),
    );
  });

  it("waives the check digit only when the office's rule says so", () => {
    const wrongDigit = "1HGCM82643A004352";
    expect(checkVin(wrongDigit, 2003)).toMatchObject({ ok: false, reason: expect.stringMatching(/position 9/) });
    expect(checkVin(wrongDigit, 2003, { checkDigit: false })).toEqual({ ok: true, vin: wrongDigit, standard: true });
  });

  it("normalizes case, spaces and dashes", () => {
    expect(checkVin(" 1hgcm8-2633a 004352 ", 2003)).toEqual({ ok: true, vin: "1HGCM82633A004352", standard: true });
  });
});

describe("pre-1981 VINs", () => {
  it("a short VIN is accepted only with a model year before 1981, and flagged non-standard", () => {
    expect(checkVin("124379N123456", 1969)).toEqual({ ok: true, vin: "124379N123456", standard: false });
    expect(checkVin("124379N123456", 1980)).toMatchObject({ ok: true, standard: false });
    expect(checkVin("124379N123456", undefined)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/model year/),
    });
    expect(checkVin("124379N123456", 1981)).toMatchObject({ ok: false, reason: expect.stringMatching(/before 1981/) });
    expect(checkVin("1234", 1970).ok).toBe(false);
    expect(checkVin("12345678901234567890", 1970).ok).toBe(false);
  });
});

describe("decoding what a VIN says", () => {
  // Real published VINs (manufacturer documents, NHTSA and Wikipedia examples), each with a valid check digit.
  const published: [string, number, Record<string, unknown>][] = [
    [
      "1HGCM82633A004352",
      2003,
      { wmi: "1HG", region: "North America", country: "United States", manufacturer: "Honda (USA)", modelYear: 2003 },
    ],
    ["5YJ3E1EA7HF000337", 2017, { wmi: "5YJ", manufacturer: "Tesla", modelYear: 2017, plantCode: "F" }],
    ["1M8GDM9AXKP042788", 1989, { wmi: "1M8", checkDigit: "X", modelYear: 1989, serialNumber: "042788" }],
    ["JH4KA7561PC008269", 1993, { wmi: "JH4", region: "Asia", country: "Japan", modelYear: 1993 }],
    ["WBA3A5G59DNP26082", 2013, { wmi: "WBA", region: "Europe", country: "Germany", manufacturer: "BMW (Germany)" }],
  ];

  for (const [vin, year, expected] of published) {
    it(`${vin} (${year})`, () => {
      expect(hasValidCheckDigit(vin)).toBe(true);
      expect(checkVin(vin, year).ok).toBe(true);
      expect(decodeVin(vin, year)).toMatchObject({ ...expected, checkDigitValid: true, modelYear: year });
    });
  }

  it("resolves position 10's 30-year cycle by the declared year, and refuses a year it cannot mean", () => {
    // "A" is 1980 (not a standard year), 2010 or 2040; "Y" is 2000 or 2030.
    const fixed = withCheckDigit("1HGCM8260AA004352");
    expect(decodeVin(fixed, 2011)?.modelYearCandidates).toEqual([2010, 2040]);
    expect(decodeVin(fixed, 2011)?.modelYear).toBe(2010);
    expect(decodeVin(fixed, 2039)?.modelYear).toBe(2040);
    expect(checkVin(fixed, 2010).ok).toBe(true);
    expect(checkVin(fixed, 2040).ok).toBe(true);
    expect(checkVin(fixed, 2011)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/position 10 \(A: 2010 or 2040\)/),
    });
    expect(checkVin("1HGCM82633A004352", 2004).ok).toBe(false);
  });

  it("reads a small manufacturer's identifier from positions 1–3 and 12–14", () => {
    const vin = withCheckDigit("1G9AB12C0D5123456");
    expect(decodeVin(vin)).toMatchObject({ wmi: "1G9123", serialNumber: "456" });
  });

  it("has nothing to decode in a non-standard VIN", () => {
    expect(decodeVin("124379N123456")).toBeUndefined();
  });
});
