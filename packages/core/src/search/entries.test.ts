import { describe, expect, it } from "vitest";
import type { CustomerView } from "../customers/schemas.js";
import { customerSearchEntries, diffSearchEntries, maxSearchEntriesPerCustomer } from "./entries.js";

function customer(fields: Partial<CustomerView> = {}): CustomerView {
  return {
    id: "C1",
    kind: "person",
    status: "active",
    displayName: "José Álvarez",
    emails: [],
    phones: [],
    addresses: [],
    tier: "standard",
    consents: [],
    externalIds: [],
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    version: 1,
    ...fields,
  };
}

const compact = (entries: ReturnType<typeof customerSearchEntries>) =>
  entries.map(({ form, term, bucket }) => `${form} ${term} ${bucket}`);

describe("customerSearchEntries", () => {
  it("makes one entry per email, phone, external id and name word, labelled with the display name", () => {
    const entries = customerSearchEntries(
      customer({
        names: { given: "José", middle: "María", family: "Álvarez Núñez" },
        emails: [
          { address: "jose@example.org", label: "work", primary: true, verified: false },
          { address: "JOSE.alvarez@Example.com", label: "home", primary: false, verified: false },
        ],
        phones: [{ number: "+525512345678", label: "mobile", primary: true }],
        externalIds: [{ system: "crm", value: " A-1001 " }],
      }),
    );

    expect(compact(entries)).toEqual([
      "email jose@example.org jose@example.org",
      "email jose.alvarez@example.com jose.alvarez@example.com",
      "phone +525512345678 +525512345678",
      "externalId a-1001 a-1001",
      "name jose jo",
      "name alvarez al",
      "name maria ma",
      "name nunez nu",
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ targetType: "customer", targetId: "C1", label: "José Álvarez" });
    }
  });

  it("indexes an organization's legal and trading names", () => {
    const entries = customerSearchEntries(
      customer({
        kind: "organization",
        displayName: "Acme",
        names: { legal: "ACME Indústria e Comércio Ltda.", trading: "Acme Foods" },
      }),
    );
    expect(compact(entries)).toEqual([
      "name acme ac",
      "name industria in",
      "name comercio co",
      "name ltda lt",
      "name foods fo",
    ]);
  });

  it("keeps each (form, term) once, even when two systems share an external id value", () => {
    const entries = customerSearchEntries(
      customer({
        displayName: "Ana Ana",
        names: { given: "ana" },
        externalIds: [
          { system: "crm", value: "X1" },
          { system: "erp", value: "x1" },
        ],
      }),
    );
    expect(compact(entries)).toEqual(["externalId x1 x1", "name ana an"]);
  });

  it("makes a merged customer (a tombstone) unfindable", () => {
    const merged = customer({
      status: "merged",
      mergedInto: "C2",
      emails: [{ address: "jose@example.org", label: "other", primary: false, verified: false }],
    });
    expect(customerSearchEntries(merged)).toEqual([]);
  });

  it("refuses a view masked for a role", () => {
    expect(() => customerSearchEntries(customer({ masked: ["emails"] }))).toThrow(/unmasked/);
  });

  it("stops at the cap, exact identifiers first, so a customer's write fits in one transaction", () => {
    const words = Array.from({ length: 60 }, (_, index) => `w${index}`).join(" ");
    const entries = customerSearchEntries(
      customer({
        displayName: words,
        emails: [{ address: "only@example.org", label: "other", primary: false, verified: false }],
      }),
    );
    expect(entries).toHaveLength(maxSearchEntriesPerCustomer);
    expect(entries[0]).toMatchObject({ form: "email", term: "only@example.org" });
  });
});

describe("diffSearchEntries over customerSearchEntries", () => {
  it("removes a replaced email and adds the new one, leaving the rest alone", () => {
    const email = (address: string) => ({ address, label: "other" as const, primary: false, verified: false });
    const before = customerSearchEntries(customer({ emails: [email("old@example.org")] }));
    const after = customerSearchEntries(customer({ emails: [email("new@example.org")] }));

    const { remove, add } = diffSearchEntries(before, after);

    expect(compact(remove)).toEqual(["email old@example.org old@example.org"]);
    expect(compact(add)).toEqual(["email new@example.org new@example.org"]);
  });

  it("re-puts every entry when the display name (the label) changes", () => {
    const before = customerSearchEntries(customer({ displayName: "José Álvarez" }));
    const after = customerSearchEntries(customer({ displayName: "José Álvarez Núñez" }));

    const { remove, add } = diffSearchEntries(before, after);

    expect(remove).toEqual([]);
    expect(compact(add)).toEqual(["name jose jo", "name alvarez al", "name nunez nu"]);
    expect(add.every((entry) => entry.label === "José Álvarez Núñez")).toBe(true);
  });
});
