import { describe, expect, it } from "vitest";
import {
  foldText,
  nameBucket,
  nameTokens,
  normalizeCaseNumber,
  normalizeEmail,
  normalizeExternalId,
  normalizeSearchPhone,
} from "./normalize.js";

describe("normalizeEmail and normalizeExternalId", () => {
  it("trim and lower-case", () => {
    expect(normalizeEmail("  José@Example.ORG ")).toBe("josé@example.org");
    expect(normalizeExternalId(" A-1001\t")).toBe("a-1001");
  });
});

describe("foldText", () => {
  it("removes accents, lower-cases and folds letters NFKD keeps whole", () => {
    expect(foldText("José ÁLVAREZ")).toBe("jose alvarez");
    expect(foldText("Ærø Łódź Straße Øster")).toBe("aero lodz strasse oster");
    expect(foldText("İstanbul ﬁne")).toBe("istanbul fine");
  });
});

describe("nameTokens", () => {
  it("splits on anything that is not a letter or digit, drops one-letter words, keeps each once", () => {
    expect(nameTokens("José  Álvarez-García, J. (josé)")).toEqual(["jose", "alvarez", "garcia"]);
    expect(nameTokens("O'Brien & Sons Ltd.")).toEqual(["brien", "sons", "ltd"]);
    expect(nameTokens("3M do Brasil")).toEqual(["3m", "do", "brasil"]);
  });

  it("gives nothing for text without a word of two characters", () => {
    expect(nameTokens("J. R. !")).toEqual([]);
    expect(nameTokens("")).toEqual([]);
  });

  it("keeps letters of other scripts, accents removed where they are marks", () => {
    expect(nameTokens("Ελένη Παπαδοπούλου")).toEqual(["ελενη", "παπαδοπουλου"]);
    expect(nameTokens("Дмитрий Ёлкин")).toEqual(["дмитрии", "елкин"]);
  });
});

describe("nameBucket", () => {
  it("is the first two characters, counted as code points", () => {
    expect(nameBucket("jose")).toBe("jo");
    expect(nameBucket("𝒜𝒷c")).toBe("𝒜𝒷");
  });
});

describe("normalizeSearchPhone", () => {
  it("turns the common ways of writing a number into E.164", () => {
    expect(normalizeSearchPhone("+55 (11) 98765-4321")).toBe("+5511987654321");
    expect(normalizeSearchPhone("(11) 98765-4321", "BR")).toBe("+5511987654321");
    expect(normalizeSearchPhone("011 55 11 98765 4321", "US")).toBe("+5511987654321");
    expect(normalizeSearchPhone("(202) 555-0143", "US")).toBe("+12025550143");
    expect(normalizeSearchPhone("202.555.0143", "US")).toBe("+12025550143");
    expect(normalizeSearchPhone("07911 123456", "GB")).toBe("+447911123456");
    expect(normalizeSearchPhone("+44 7911 123456")).toBe("+447911123456");
  });

  it("refuses what is not a valid number", () => {
    expect(normalizeSearchPhone("1234567", "US")).toBeUndefined();
    expect(normalizeSearchPhone("+44 7700 900123")).toBeUndefined();
  });
});

describe("normalizeCaseNumber", () => {
  it("reads a case number however it is typed, padded to six digits", () => {
    for (const typed of ["cl-123", "CL000123", "cl 000123", " CL-000123 ", "Cl-0000123"]) {
      expect(normalizeCaseNumber(typed), typed).toBe("CL-000123");
    }
    expect(normalizeCaseNumber("cl-1")).toBe("CL-000001");
    expect(normalizeCaseNumber("CL-1234567")).toBe("CL-1234567");
  });

  it("is undefined for anything else", () => {
    for (const other of ["CL-", "CL-0", "CLX-12", "cl--12", "123", "claire", "CL-12a", "xCL-12"]) {
      expect(normalizeCaseNumber(other), other).toBeUndefined();
    }
  });
});
