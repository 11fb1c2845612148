import { formatCaseNumber } from "../cases/case-number.js";
import { normalizePhone } from "../customers/phones.js";

/**
 * The one normalization both sides of search use: what is stored in a search entry's term and what a
 * query is turned into. Anything changed here changes which stored terms match, so stored entries
 * must be rewritten with it (they are derived from the customer, never typed in).
 */

export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

/** A phone in any common format → E.164, read in `country` or the default region; undefined if invalid. */
export function normalizeSearchPhone(text: string, country?: string): string | undefined {
  return normalizePhone(text, country);
}

export function normalizeExternalId(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Letters that NFKD does not decompose but people type without their stroke or ligature
 * ("lodz" for "Łódź", "aero" for "Ærø", "strasse" for "Straße").
 */
const folds: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};
const foldable = new RegExp(`[${Object.keys(folds).join("")}]`, "gu");

/** Lower-cased, accents removed, special letters folded: "José Ærø" → "jose aero". */
export function foldText(text: string): string {
  // Lower-case first, so "İ" becomes "i" + a combining dot that is then stripped.
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(foldable, (letter) => folds[letter] ?? letter);
}

/**
 * The searchable words of a name: folded, split on anything that is not a letter or digit, without
 * one-character words (initials would fill huge buckets and say little), each once, in order.
 */
export function nameTokens(text: string): string[] {
  const tokens = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => Array.from(token).length >= 2);
  return [...new Set(tokens)];
}

/** The partition a name token lives in: its first two characters (code points, not UTF-16 units). */
export function nameBucket(token: string): string {
  return Array.from(token).slice(0, 2).join("");
}

/** "cl-123", "CL000123", "cl 000123" → "CL-000123" (at least six digits, as numbers are issued); else undefined. */
export function normalizeCaseNumber(query: string): string | undefined {
  const match = /^cl[\s-]?(\d{1,12})$/i.exec(query.trim());
  const value = Number(match?.[1]);
  // Numbering starts at 1, so "CL-0" names no case.
  return value >= 1 ? formatCaseNumber(value) : undefined;
}
