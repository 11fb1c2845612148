import type { CustomerView } from "../customers/schemas.js";
import type { searchForms, searchTargets } from "../entities/search-entry.js";
import { nameBucket, nameTokens, normalizeEmail, normalizeExternalId } from "./normalize.js";

/** One search entry to store (the searchEntry entity's attributes). */
export interface SearchEntryInput {
  readonly targetType: (typeof searchTargets)[number];
  readonly targetId: string;
  readonly form: (typeof searchForms)[number];
  readonly term: string;
  readonly bucket: string;
  readonly label: string;
}

/**
 * At most this many entries per customer, so that the transaction writing a customer change stays
 * under DynamoDB's 100 items even when an update replaces every entry (2 × 45 + the change, its
 * audit entry and event). The schema allows 40 exact identifiers and hundreds of name words; real
 * customers have a dozen entries.
 */
export const maxSearchEntriesPerCustomer = 45;

/**
 * Every search entry that makes this customer findable. Pure: the customer service writes the
 * difference between a change's before and after in the same transaction as the change.
 * One entry per email, phone (E.164), external id and name word (display name first, then every
 * name field), each (form, term) once, exact identifiers first when the cap cuts. A merged customer
 * is a tombstone: nothing finds it.
 */
export function customerSearchEntries(customer: CustomerView): SearchEntryInput[] {
  if (customer.status === "merged") return [];
  // A view masked for a role would index the masks instead of the values.
  if (customer.masked?.length) throw new Error("customerSearchEntries needs the unmasked customer view");
  const entries = new Map<string, SearchEntryInput>();
  const add = (form: SearchEntryInput["form"], term: string, bucket: string = term) => {
    const key = `${form}\u0000${term}`;
    if (term && !entries.has(key) && entries.size < maxSearchEntriesPerCustomer) {
      entries.set(key, {
        targetType: "customer",
        targetId: customer.id,
        form,
        term,
        bucket,
        label: customer.displayName,
      });
    }
  };
  for (const email of customer.emails ?? []) add("email", normalizeEmail(email.address));
  // Stored phones are E.164 already (the customer schema normalizes them).
  for (const phone of customer.phones ?? []) add("phone", phone.number);
  for (const external of customer.externalIds ?? []) add("externalId", normalizeExternalId(external.value));
  const { given, middle, family, legal, trading } = customer.names ?? {};
  for (const name of [customer.displayName, given, middle, family, legal, trading]) {
    for (const token of name ? nameTokens(name) : []) add("name", token, nameBucket(token));
  }
  return [...entries.values()];
}

/** What to delete and what to put when a customer changes from `before` to `after`. */
export function diffSearchEntries(
  before: readonly SearchEntryInput[],
  after: readonly SearchEntryInput[],
): { remove: SearchEntryInput[]; add: SearchEntryInput[] } {
  const keyOf = (entry: SearchEntryInput) => `${entry.form}\u0000${entry.term}`;
  const beforeKeys = new Map(before.map((entry) => [keyOf(entry), entry]));
  const afterKeys = new Map(after.map((entry) => [keyOf(entry), entry]));
  return {
    remove: [...beforeKeys].filter(([key]) => !afterKeys.has(key)).map(([, entry]) => entry),
    // A changed label (display name) re-puts the entry too.
    add: [...afterKeys].filter(([key, entry]) => beforeKeys.get(key)?.label !== entry.label).map(([, entry]) => entry),
  };
}
