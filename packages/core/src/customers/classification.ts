import type { Role } from "../identity/roles.js";
import type { CustomerView } from "./schemas.js";

/** How much harm a field does in the wrong hands. */
export type Classification = "public" | "internal" | "personal" | "sensitive";

/** Every field of a customer, classified: the one place this is decided. */
export const customerFieldClassification = {
  id: "public",
  kind: "public",
  status: "public",
  mergedInto: "public",
  displayName: "public",
  createdAt: "public",
  updatedAt: "public",
  version: "public",
  masked: "public",
  tier: "internal",
  preferredChannel: "internal",
  preferredLanguage: "internal",
  externalIds: "internal",
  names: "personal",
  emails: "personal",
  phones: "personal",
  addresses: "personal",
  preferences: "personal",
  consents: "personal",
  creditLimit: "sensitive",
  demographics: "sensitive",
} as const satisfies Record<keyof CustomerView, Classification>;

/** What each role sees. A customer sees its own record, but not the organization's internal notes on it. */
const roleClearance: Record<Role, readonly Classification[]> = {
  admin: ["public", "internal", "personal", "sensitive"],
  supervisor: ["public", "internal", "personal", "sensitive"],
  agent: ["public", "internal", "personal"],
  viewer: ["public", "internal"],
  customer: ["public", "personal", "sensitive"],
};

/** Extra fields granted to a role beyond its clearance (e.g. agents who handle credit see creditLimit). */
export type FieldGrants = Partial<Record<Role, readonly (keyof CustomerView)[]>>;

function maySee(roles: readonly Role[], field: keyof CustomerView, grants: FieldGrants): boolean {
  const classification = customerFieldClassification[field];
  return roles.some((role) => roleClearance[role].includes(classification) || grants[role]?.includes(field));
}

/** `jose@example.org` → `j***@example.org`: enough to recognise, not enough to use. */
export function maskEmail(address: string): string {
  const at = address.indexOf("@");
  return at <= 0 ? "***" : `${address[0]}***${address.slice(at)}`;
}

/** `+5511987654321` → `+55*******4321`. */
export function maskPhone(number: string): string {
  return number.length <= 7 ? "***" : `${number.slice(0, 3)}${"*".repeat(number.length - 7)}${number.slice(-4)}`;
}

/**
 * The customer as these roles may see it. Contact points the caller may not see are shown masked
 * (an agent on the phone can still confirm "the email ending in @example.org"); other fields are
 * left out. `masked` lists every field affected.
 */
export function maskCustomer(view: CustomerView, roles: readonly Role[], grants: FieldGrants = {}): CustomerView {
  const masked: string[] = [];
  const result: Record<string, unknown> = { ...view };
  for (const field of Object.keys(customerFieldClassification) as (keyof CustomerView)[]) {
    if (maySee(roles, field, grants) || view[field] === undefined) continue;
    masked.push(field);
    if (field === "emails")
      result.emails = view.emails.map((email) => ({ ...email, address: maskEmail(email.address) }));
    else if (field === "phones")
      result.phones = view.phones.map((phone) => ({ ...phone, number: maskPhone(phone.number) }));
    else if (field === "addresses" || field === "consents" || field === "externalIds") result[field] = [];
    else delete result[field];
  }
  return (masked.length > 0 ? { ...result, masked } : result) as CustomerView;
}
