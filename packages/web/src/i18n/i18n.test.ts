import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { hi } from "./hi";
import { ptBR } from "./pt-BR";

const portalKeys = Object.keys(en).filter((key) => /^(portal|status|common)\./.test(key));

describe("portal translations", () => {
  it.each([
    ["pt-BR", ptBR],
    ["es", es],
    ["fr", fr],
    ["hi", hi],
  ])("%s translates every portal string, keeps its placeholders and differs from English", (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...portalKeys].sort());
    for (const key of portalKeys) {
      const text = (messages as Record<string, string>)[key]!;
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text), key).toEqual(placeholders((en as Record<string, string>)[key]!));
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
    const same = portalKeys.filter(
      (key) => (messages as Record<string, string>)[key] === (en as Record<string, string>)[key],
    );
    expect(same.length).toBeLessThan(portalKeys.length / 10);
  });
});
