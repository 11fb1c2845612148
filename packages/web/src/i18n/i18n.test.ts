import { describe, expect, it } from "vitest";
import { messages as consoleEs } from "./console/es";
import { messages as consoleFr } from "./console/fr";
import { messages as consoleHi } from "./console/hi";
import { consoleMessagesLoaded, loadConsoleMessages } from "./console/load";
import { messages as consolePtBR } from "./console/pt-BR";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { hi } from "./hi";
import { translate } from "./i18n";
import { ptBR } from "./pt-BR";

const english = en as Record<string, string>;
const portalKeys = Object.keys(en).filter((key) => /^(portal|status|common)\./.test(key));
const consoleKeys = Object.keys(en).filter((key) => /^(console|signin)\./.test(key));

/** Every key translated, non-empty, with English's `{placeholders}`; at most `maxSame` of them left as English. */
function expectTranslated(messages: Record<string, string>, keys: string[], maxSame: number) {
  expect(Object.keys(messages).sort()).toEqual([...keys].sort());
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const key of keys) {
    const text = messages[key]!;
    expect(placeholders(text), key).toEqual(placeholders(english[key]!));
    expect(text.trim().length, key).toBeGreaterThan(0);
    expect(text, key).not.toMatch(/\{\s|\s\}/);
  }
  const same = keys.filter((key) => messages[key] === english[key]);
  expect(same.length, same.join(", ")).toBeLessThan(maxSame);
}

describe("portal translations", () => {
  it.each([
    ["pt-BR", ptBR],
    ["es", es],
    ["fr", fr],
    ["hi", hi],
  ])("%s translates every portal string, keeps its placeholders and differs from English", (_, messages) => {
    expectTranslated(messages, portalKeys, portalKeys.length / 10);
  });
});

describe("console translations", () => {
  it("cover every console and sign-in key (and only those)", () => {
    expect(consoleKeys.length).toBeGreaterThan(300);
    expect(portalKeys.length + consoleKeys.length).toBe(Object.keys(en).length);
  });

  it.each([
    ["pt-BR", consolePtBR],
    ["es", consoleEs],
    ["fr", consoleFr],
    ["hi", consoleHi],
  ])("%s translates every console string, keeps its placeholders and mostly differs from English", (_, messages) => {
    // Technical tokens stay as they are ("SLA", "{metric}, {priority}", "{minutes} min"...): a few per language.
    expectTranslated(messages, consoleKeys, consoleKeys.length / 20);
  });

  it("loads lazily: English until a language's console dictionary is in, then that language", async () => {
    expect(consoleMessagesLoaded("en")).toBe(true);
    expect(consoleMessagesLoaded("fr")).toBe(false);
    expect(translate("fr", "console.nav.work")).toBe("My work");
    expect(translate("fr", "common.signOut")).toBe("Se déconnecter");
    await loadConsoleMessages("fr");
    expect(consoleMessagesLoaded("fr")).toBe(true);
    expect(translate("fr", "console.nav.work")).toBe("Mon travail");
    expect(translate("fr", "console.bulk.apply", { count: 3 })).toBe("Appliquer à 3 dossiers");
    expect(translate("es", "console.nav.work")).toBe("My work");
  });
});
