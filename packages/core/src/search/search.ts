import type { AppContext } from "../context.js";
import { lowLevelQuery, queryRaw } from "../db/raw-reads.js";
import type { SearchEntryItem } from "../entities/store.js";
import { normalizePlateNumber } from "../vehicles/schemas.js";
import {
  nameBucket,
  nameTokens,
  normalizeCaseNumber,
  normalizeEmail,
  normalizeExternalId,
  normalizeSearchPhone,
} from "./normalize.js";
import type { MatchForm, SearchHit } from "./schemas.js";

/** One Query that a search runs: an exact term of one form, or a name token prefix. */
export type Lookup =
  | { readonly form: "email" | "phone" | "externalId" | "vin" | "vinSuffix" | "plate"; readonly term: string }
  | { readonly form: "caseNumber"; readonly number: string }
  /** `token` is queried (the longest, so the fewest entries); `others` must prefix words of the label. */
  | { readonly form: "name"; readonly token: string; readonly others: readonly string[] };

const phoneShape = /^[\d\s+\-().]+$/;

/**
 * Which forms a query can plausibly mean, each once, exact forms first (their order is the order of
 * the results). A query can mean several: "5512345678" is a phone and maybe an external id.
 */
export function classifyQuery(query: string): Lookup[] {
  const text = query.trim();
  const lookups: Lookup[] = [];
  if (text.includes("@")) lookups.push({ form: "email", term: normalizeEmail(text) });
  const number = normalizeCaseNumber(text);
  if (number) lookups.push({ form: "caseNumber", number });
  const digits = text.replace(/\D/g, "").length;
  const phone = phoneShape.test(text) && digits >= 7 && digits <= 15 ? normalizeSearchPhone(text) : undefined;
  if (phone) lookups.push({ form: "phone", term: phone });
  if (text && !/\s/.test(text)) lookups.push({ form: "externalId", term: normalizeExternalId(text) });
  // A query already read as an email, case number or phone names nothing on a vehicle.
  if (lookups.every((lookup) => lookup.form === "externalId")) lookups.push(...vehicleLookups(text));
  const name = !text.includes("@") && !number && !phone ? nameLookup(text) : undefined;
  if (name) lookups.push(name);
  return lookups;
}

/**
 * A VIN (whole, or its last 6 or 8 characters) and a plate number, in any spacing or case. Only for
 * letters and digits with at least one digit: a word alone is a name, not a plate.
 */
function vehicleLookups(text: string): Lookup[] {
  const compact = normalizePlateNumber(text);
  if (!/^[A-Z0-9]+$/.test(compact) || !/\d/.test(compact)) return [];
  const lookups: Lookup[] = [];
  if (compact.length === 17) lookups.push({ form: "vin", term: compact });
  if (compact.length === 6 || compact.length === 8) lookups.push({ form: "vinSuffix", term: compact });
  if (compact.length >= 2 && compact.length <= 10) lookups.push({ form: "plate", term: compact });
  return lookups;
}

/** A name search needs at least one word with a letter in it ("A-1001" is not a name). */
function nameLookup(text: string): Lookup | undefined {
  const tokens = nameTokens(text);
  if (!tokens.some((token) => /\p{L}/u.test(token))) return undefined;
  const token = tokens.reduce((longest, next) => (next.length > longest.length ? next : longest));
  return { form: "name", token, others: tokens.filter((other) => other !== token) };
}

/**
 * Customers and cases that match `query`, at most `limit`: one Query per form the query may mean
 * (run together), exact matches first, then names; each thing once, under the first form that found it.
 * The entries carry their label, so a hit needs no read of what it points at.
 */
export async function find(app: AppContext, query: string, limit = 20): Promise<SearchHit[]> {
  const found = await Promise.all(classifyQuery(query).map((lookup) => run(app, lookup, limit)));
  const seen = new Set<string>();
  const items: SearchHit[] = [];
  for (const hit of found.flat()) {
    const key = `${hit.type}:${hit.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(hit);
  }
  return items.slice(0, limit);
}

/** Names are filtered after the Query (other words), so read more than `limit`, still in one page. */
const nameOverRead = 5;
const maxNameRead = 200;

async function run(app: AppContext, lookup: Lookup, limit: number): Promise<SearchHit[]> {
  const { search, case: kase } = app.store.entities;
  switch (lookup.form) {
    case "caseNumber": {
      const { data } = await kase.query
        .byNumber({ number: lookup.number })
        .go({ pages: 1, attributes: ["caseId", "number", "subject"] });
      return data.map((item) => hit("case", item.caseId, `${item.number} ${item.subject}`, "caseNumber"));
    }
    case "name": {
      const params = search.query
        .byTerm({ form: "name", bucket: nameBucket(lookup.token) })
        .begins({ term: lookup.token })
        .params({ limit: Math.min(limit * nameOverRead, maxNameRead), attributes: [...hitAttributes] });
      return (await entries(app, params))
        .filter((entry) => wordsStartWith(nameTokens(entry.label), lookup.others))
        .map((entry) => hit(entry.targetType, entry.targetId, entry.label, "name"));
    }
    default: {
      // Exact forms keep each term in its own bucket, so the partition holds only this term.
      const params = search.query
        .byTerm({ form: lookup.form, bucket: lookup.term })
        .params({ limit, attributes: [...hitAttributes] });
      return (await entries(app, params)).map((entry) =>
        hit(entry.targetType, entry.targetId, entry.label, lookup.form),
      );
    }
  }
}

/** What a hit shows: the engine returns only these (a name bucket holds up to 100 entries a page). */
const hitAttributes = ["targetType", "targetId", "label"] as const;

/** One page of search entries, read raw (db/raw-reads.ts), with the attributes a hit shows. */
async function entries(app: AppContext, params: object): Promise<SearchEntryItem[]> {
  const { Items } = await queryRaw(app.store, lowLevelQuery(params));
  return Items as SearchEntryItem[];
}

/** Every prefix starts some word: "maria sil" matches "Maria da Silva". */
function wordsStartWith(words: readonly string[], prefixes: readonly string[]): boolean {
  return prefixes.every((prefix) => words.some((word) => word.startsWith(prefix)));
}

function hit(type: SearchHit["type"], id: string, label: string, matchedBy: MatchForm): SearchHit {
  return { type, id, label, matchedBy };
}
