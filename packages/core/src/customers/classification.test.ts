import { describe, expect, it } from "vitest";
import { customerFieldClassification, maskCustomer, maskEmail, maskPhone } from "./classification.js";
import { type CustomerView, customerView } from "./schemas.js";

const full: CustomerView = {
  id: "C1",
  kind: "person",
  status: "active",
  displayName: "José Álvarez",
  names: { given: "José", family: "Álvarez" },
  emails: [{ address: "jose@example.org", label: "home", primary: true, verified: false }],
  phones: [{ number: "+525512345678", label: "mobile", primary: true }],
  addresses: [{ label: "home", lines: ["Av. Reforma 1"], city: "CDMX", country: "MX" }],
  preferredLanguage: "es-MX",
  tier: "gold",
  creditLimit: { amountMinor: 500000, currency: "MXN" },
  consents: [{ purpose: "marketing", status: "granted", grantedAt: "2026-01-01T00:00:00Z", source: "web" }],
  externalIds: [{ system: "crm", value: "A-1" }],
  demographics: { birthDate: "1980-02-03" },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
};

describe("customer field classification and masking", () => {
  it("classifies every field of the customer view", () => {
    expect(Object.keys(customerFieldClassification).sort()).toEqual(Object.keys(customerView.shape).sort());
  });

  it("shows admins and supervisors everything", () => {
    expect(maskCustomer(full, ["admin"])).toEqual(full);
    expect(maskCustomer(full, ["supervisor"])).toEqual(full);
  });

  it("hides sensitive fields from agents", () => {
    const seen = maskCustomer(full, ["agent"]);
    expect(seen.creditLimit).toBeUndefined();
    expect(seen.demographics).toBeUndefined();
    expect(seen.emails[0]?.address).toBe("jose@example.org");
    expect(seen.masked).toEqual(["creditLimit", "demographics"]);
  });

  it("masks personal and hides sensitive fields from viewers", () => {
    const seen = maskCustomer(full, ["viewer"]);
    expect(seen.emails[0]?.address).toBe("j***@example.org");
    expect(seen.phones[0]?.number).toBe("+52******5678");
    expect(seen.addresses).toEqual([]);
    expect(seen.names).toBeUndefined();
    expect(seen.tier).toBe("gold");
    expect(seen.masked?.sort()).toEqual(
      ["addresses", "consents", "creditLimit", "demographics", "emails", "names", "phones"].sort(),
    );
  });

  it("a grant lets a role see one more field", () => {
    expect(maskCustomer(full, ["agent"], { agent: ["creditLimit"] }).creditLimit).toEqual(full.creditLimit);
  });

  it("the most permissive of several roles wins", () => {
    expect(maskCustomer(full, ["viewer", "supervisor"])).toEqual(full);
  });

  it("masks short values completely", () => {
    expect(maskEmail("@x")).toBe("***");
    expect(maskPhone("+12345")).toBe("***");
  });
});
