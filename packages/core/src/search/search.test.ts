import { describe, expect, it } from "vitest";
import { classifyQuery } from "./search.js";

// The default phone region is US here (nothing sets CASELINE_DEFAULT_PHONE_REGION in unit tests).
describe("classifyQuery", () => {
  it("reads an address with @ as an email (and, being one word, maybe an external id)", () => {
    expect(classifyQuery(" José@Example.org ")).toEqual([
      { form: "email", term: "josé@example.org" },
      { form: "externalId", term: "josé@example.org" },
    ]);
  });

  it("reads a case number however it is typed", () => {
    expect(classifyQuery("cl-1")).toEqual([
      { form: "caseNumber", number: "CL-000001" },
      { form: "externalId", term: "cl-1" },
    ]);
    expect(classifyQuery("cl 000123")).toEqual([{ form: "caseNumber", number: "CL-000123" }]);
  });

  it("reads a valid phone in any common format as E.164, and nothing else when it has spaces", () => {
    for (const typed of ["+52 55 1234 5678", "+52 (55) 1234-5678", "011 52 55 1234 5678"]) {
      expect(classifyQuery(typed), typed).toEqual([{ form: "phone", term: "+525512345678" }]);
    }
    expect(classifyQuery("+525512345678")).toEqual([
      { form: "phone", term: "+525512345678" },
      { form: "externalId", term: "+525512345678" },
    ]);
  });

  it("does not take a short or invalid number for a phone", () => {
    // Digits alone may still be the end of a VIN or a plate.
    expect(classifyQuery("123 456")).toEqual([
      { form: "vinSuffix", term: "123456" },
      { form: "plate", term: "123456" },
    ]);
    expect(classifyQuery("1234567")).toEqual([
      { form: "externalId", term: "1234567" },
      { form: "plate", term: "1234567" },
    ]);
  });

  it("reads one word as an external id and a name", () => {
    expect(classifyQuery("A-1001")).toEqual([
      { form: "externalId", term: "a-1001" },
      { form: "plate", term: "A1001" },
    ]);
    expect(classifyQuery("JOSÉ")).toEqual([
      { form: "externalId", term: "josé" },
      { form: "name", token: "jose", others: [] },
    ]);
  });

  it("queries the longest word of a name and keeps the others for filtering", () => {
    expect(classifyQuery("maria da sil")).toEqual([{ form: "name", token: "maria", others: ["da", "sil"] }]);
    expect(classifyQuery("josé álv")).toEqual([{ form: "name", token: "jose", others: ["alv"] }]);
  });

  it("finds nothing to query in punctuation and one-letter words", () => {
    expect(classifyQuery("a b c")).toEqual([]);
    expect(classifyQuery("-- ..")).toEqual([]);
  });

  it("reads a VIN whole or by its last 6 or 8, and a plate in any spacing or case", () => {
    expect(classifyQuery("1hgcm82633a004352")).toEqual([
      { form: "externalId", term: "1hgcm82633a004352" },
      { form: "vin", term: "1HGCM82633A004352" },
      { form: "name", token: "1hgcm82633a004352", others: [] },
    ]);
    expect(classifyQuery("3A004352")).toEqual([
      { form: "externalId", term: "3a004352" },
      { form: "vinSuffix", term: "3A004352" },
      { form: "plate", term: "3A004352" },
      { form: "name", token: "3a004352", others: [] },
    ]);
    expect(classifyQuery("abc 1234")).toEqual([
      { form: "plate", term: "ABC1234" },
      { form: "name", token: "1234", others: ["abc"] },
    ]);
    // A word without a digit is a name, not a plate; a case number is not a plate either.
    expect(classifyQuery("alvarez").map((lookup) => lookup.form)).toEqual(["externalId", "name"]);
    expect(classifyQuery("CL-000123").map((lookup) => lookup.form)).toEqual(["caseNumber", "externalId"]);
  });
});
