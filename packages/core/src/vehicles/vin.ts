/**
 * Vehicle identification numbers: the 17-character VIN of 49 CFR 565 (model years 1981 on), its check
 * digit, and what the VIN itself says (ISO 3779/3780: manufacturer identifier, region, model year).
 * Pure functions; the vehicle service applies the office's VIN rule (check digit required or not).
 */

/** 49 CFR 565.15(c): letters to values. I, O and Q are never used. */
// biome-ignore format: the table reads as the regulation prints it
const transliteration: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
  "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
};

/** Position weights; position 9 (the check digit itself) weighs 0. */
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Every character a standard VIN may contain. */
export const vinAlphabet = Object.keys(transliteration).join("");
const standardVin = /^[A-HJ-NPR-Z0-9]{17}$/;
/** Before 1981 manufacturers used their own formats: shorter, and any letter. */
const nonStandardVin = /^[A-Z0-9]{5,16}$/;

/** The first model year for which 49 CFR 565 requires the 17-character VIN. */
export const firstStandardModelYear = 1981;

export function transliterate(character: string): number | undefined {
  return transliteration[character];
}

/** The check digit (position 9) a 17-character VIN must carry: "0"–"9" or "X" for 10. */
export function checkDigitOf(vin: string): string {
  let sum = 0;
  for (let position = 0; position < 17; position++) {
    const value = transliteration[vin[position] ?? ""];
    if (value === undefined) throw new Error(`Not a VIN character: ${vin[position]}`);
    sum += value * (weights[position] ?? 0);
  }
  const remainder = sum % 11;
  return remainder === 10 ? "X" : String(remainder);
}

export function hasValidCheckDigit(vin: string): boolean {
  return standardVin.test(vin) && vin[8] === checkDigitOf(vin);
}

/** Upper-cased, without spaces or dashes: how a VIN is stored and looked up. */
export function normalizeVin(text: string): string {
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

export interface VinRule {
  /** Refuse a 17-character VIN whose position 9 is not its check digit (the default). */
  readonly checkDigit: boolean;
}

export const defaultVinRule: VinRule = { checkDigit: true };

export type VinCheck =
  | { readonly ok: true; readonly vin: string; readonly standard: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Judges a VIN as the office's rule says. A 17-character VIN must use the standard alphabet (no I, O
 * or Q) and, under the default rule, carry its check digit. A shorter one is accepted only for a
 * vehicle whose declared model year is before 1981, and is then flagged non-standard.
 */
export function checkVin(text: string, modelYear: number | undefined, rule: VinRule = defaultVinRule): VinCheck {
  const vin = normalizeVin(text);
  if (vin.length === 17) {
    const bad = [...vin].find((character) => transliteration[character] === undefined);
    if (bad !== undefined) {
      return {
        ok: false,
        reason: /[IOQ]/.test(bad)
          ? `A VIN never contains I, O or Q (found ${bad})`
          : `A VIN holds only letters and digits (found ${JSON.stringify(bad)})`,
      };
    }
    if (rule.checkDigit) {
      const expected = checkDigitOf(vin);
      if (vin[8] !== expected) {
        return { ok: false, reason: `Check digit (position 9) is ${vin[8]}, but this VIN's is ${expected}` };
      }
    }
    if (modelYear !== undefined) {
      const years = modelYearCandidates(vin);
      if (years.length > 0 && !years.includes(modelYear)) {
        return {
          ok: false,
          reason: `Model year ${modelYear} does not match position 10 (${vin[9]}: ${years.join(" or ")})`,
        };
      }
    }
    return { ok: true, vin, standard: true };
  }
  if (!nonStandardVin.test(vin)) {
    return { ok: false, reason: "A VIN has 17 letters and digits (5 to 16 for vehicles built before 1981)" };
  }
  if (modelYear === undefined) {
    return { ok: false, reason: "A VIN shorter than 17 characters needs the vehicle's model year (before 1981)" };
  }
  if (modelYear >= firstStandardModelYear) {
    return {
      ok: false,
      reason: `Model year ${modelYear} needs a 17-character VIN; shorter ones are for model years before 1981`,
    };
  }
  return { ok: true, vin, standard: false };
}

/** Position 10 codes in cycle order: A = 1980, ..., Y = 2000, 1 = 2001, ..., 9 = 2009, then A = 2010 again. */
const yearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
const firstCycleYear = 1980;
/** The last model year a decode proposes (the cycle repeats every 30 years). */
const lastCandidateYear = 2069;

/** Every model year position 10 may mean (one per 30-year cycle), oldest first; [] for an unknown code. */
export function modelYearCandidates(vin: string): number[] {
  const index = yearCodes.indexOf(vin[9] ?? "");
  if (index < 0) return [];
  const years: number[] = [];
  for (let year = firstCycleYear + index; year <= lastCandidateYear; year += 30) {
    if (year >= firstStandardModelYear) years.push(year);
  }
  return years;
}

/** The model year of position 10, its cycle resolved by the declared year (the candidate nearest it). */
export function resolveModelYear(vin: string, declaredYear: number): number | undefined {
  const years = modelYearCandidates(vin);
  if (years.length === 0) return undefined;
  return years.reduce((best, year) => (Math.abs(year - declaredYear) < Math.abs(best - declaredYear) ? year : best));
}

/** ISO 3780: the region a world manufacturer identifier's first character assigns. */
export function regionOf(wmi: string): string {
  const first = wmi[0] ?? "";
  if (/[A-H]/.test(first)) return "Africa";
  if (/[J-R]/.test(first)) return "Asia";
  if (/[S-Z]/.test(first)) return "Europe";
  if (/[1-5]/.test(first)) return "North America";
  if (/[67]/.test(first)) return "Oceania";
  if (/[89]/.test(first)) return "South America";
  return "unknown";
}

/** Countries of the common first-two-character ranges (ISO 3780 as SAE assigns them); not exhaustive. */
const countryRanges: readonly [from: string, to: string, country: string][] = [
  ["1A", "19", "United States"],
  ["4A", "49", "United States"],
  ["5A", "59", "United States"],
  ["2A", "29", "Canada"],
  ["3A", "3W", "Mexico"],
  ["6A", "6W", "Australia"],
  ["9A", "9E", "Brazil"],
  ["93", "99", "Brazil"],
  ["8A", "8E", "Argentina"],
  ["JA", "J0", "Japan"],
  ["KL", "KR", "South Korea"],
  ["LA", "L0", "China"],
  ["SA", "SM", "United Kingdom"],
  ["VF", "VR", "France"],
  ["VS", "VW", "Spain"],
  ["WA", "W0", "Germany"],
  ["YS", "YW", "Sweden"],
  ["YA", "YE", "Belgium"],
  ["ZA", "ZR", "Italy"],
  ["TM", "TM", "Czech Republic"],
];

/** SAE's order of second characters: A–Z, then 1–9, then 0. */
const secondOrder = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

export function countryOf(wmi: string): string | undefined {
  const first = wmi[0];
  const second = secondOrder.indexOf(wmi[1] ?? "");
  for (const [from, to, country] of countryRanges) {
    if (from[0] !== first) continue;
    if (second >= secondOrder.indexOf(from[1] ?? "") && second <= secondOrder.indexOf(to[1] ?? "")) return country;
  }
  return undefined;
}

/** A few well-known manufacturer identifiers; a decode says "unknown" for the rest rather than guess. */
const manufacturers: Readonly<Record<string, string>> = {
  "1HG": "Honda (USA)",
  "1G1": "Chevrolet (USA)",
  "1FA": "Ford (USA)",
  "1FT": "Ford trucks (USA)",
  "1M8": "Motor Coach Industries (USA)",
  "1N4": "Nissan (USA)",
  "2HG": "Honda (Canada)",
  "2T1": "Toyota (Canada)",
  "3VW": "Volkswagen (Mexico)",
  "4T1": "Toyota (USA)",
  "5YJ": "Tesla",
  "9BW": "Volkswagen (Brazil)",
  JHM: "Honda (Japan)",
  JH4: "Acura (Japan)",
  JT2: "Toyota (Japan)",
  KMH: "Hyundai (South Korea)",
  SAJ: "Jaguar (United Kingdom)",
  VF1: "Renault (France)",
  WBA: "BMW (Germany)",
  WDB: "Mercedes-Benz (Germany)",
  WVW: "Volkswagen (Germany)",
  YV1: "Volvo (Sweden)",
  ZFF: "Ferrari (Italy)",
};

export interface VinDecode {
  /** Positions 1–3 (1–3 plus 12–14 for a manufacturer of fewer than 1,000 vehicles a year). */
  readonly wmi: string;
  readonly region: string;
  readonly country?: string;
  readonly manufacturer?: string;
  /** Positions 4–8: the vehicle descriptor section (model, body, engine: manufacturer-specific). */
  readonly descriptor: string;
  readonly checkDigit: string;
  readonly checkDigitValid: boolean;
  readonly modelYearCode: string;
  /** Every year position 10 may mean; `modelYear` is the one the declared year resolves to. */
  readonly modelYearCandidates: number[];
  readonly modelYear?: number;
  readonly plantCode: string;
  readonly serialNumber: string;
}

/** What a standard 17-character VIN says about itself. Undefined for a pre-1981 non-standard VIN. */
export function decodeVin(vin: string, declaredYear?: number): VinDecode | undefined {
  if (!standardVin.test(vin)) return undefined;
  const smallMaker = vin[2] === "9";
  const wmi = smallMaker ? `${vin.slice(0, 3)}${vin.slice(11, 14)}` : vin.slice(0, 3);
  const country = countryOf(wmi);
  const manufacturer = manufacturers[vin.slice(0, 3)];
  const modelYear = declaredYear === undefined ? undefined : resolveModelYear(vin, declaredYear);
  return {
    wmi,
    region: regionOf(wmi),
    ...(country ? { country } : {}),
    ...(manufacturer ? { manufacturer } : {}),
    descriptor: vin.slice(3, 8),
    checkDigit: vin[8] ?? "",
    checkDigitValid: vin[8] === checkDigitOf(vin),
    modelYearCode: vin[9] ?? "",
    modelYearCandidates: modelYearCandidates(vin),
    ...(modelYear === undefined ? {} : { modelYear }),
    plantCode: vin[10] ?? "",
    serialNumber: vin.slice(smallMaker ? 14 : 11),
  };
}
