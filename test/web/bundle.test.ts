import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureWebBuild } from "../browser/support.js";

const dist = join(import.meta.dirname, "../../packages/web/dist");

// `npm run build` reports the portal's initial JavaScript and fails over budget; these hold the build to it.
describe("the web build", () => {
  it("keeps the portal's initial JavaScript within 250 KB gzipped", async () => {
    await ensureWebBuild();
    const report = JSON.parse(readFileSync(join(dist, "bundle-report.json"), "utf8"));
    expect(report.portalInitialGzipBytes).toBeGreaterThan(50 * 1024);
    expect(report.portalInitialGzipBytes).toBeLessThanOrEqual(250 * 1024);
  }, 180_000);

  it("splits the console by route: every page is its own lazily loaded chunk", async () => {
    await ensureWebBuild();
    const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<
      string,
      { isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >;
    const pages = [
      "src/pages/console/CasePage.tsx",
      "src/pages/console/CustomerPage.tsx",
      "src/pages/console/BulkPage.tsx",
      "src/pages/admin/CalendarEditorPage.tsx",
      "src/pages/vehicles/TransferWizardPage.tsx",
      "src/pages/donors/DonorPage.tsx",
      "src/pages/portal/PortalCasesPage.tsx",
    ];
    for (const page of pages) expect(manifest[page]?.isDynamicEntry, page).toBe(true);
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)!;
    expect(entry[1].imports ?? []).not.toEqual(expect.arrayContaining(pages));
  }, 180_000);

  it("keeps the console's translations out of the portal: each a chunk the console loads on demand", async () => {
    await ensureWebBuild();
    const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<
      string,
      { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] }
    >;
    const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
      for (const key of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        closure(manifest[key]?.imports ?? [], seen);
      }
      return seen;
    };
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
    const portal = closure([
      entry,
      "src/pages/portal/PortalLayout.tsx",
      "src/pages/portal/PortalCasesPage.tsx",
      "src/pages/portal/PortalSignInPage.tsx",
      "src/pages/portal/PortalCasePage.tsx",
      "src/pages/portal/PortalNewRequestPage.tsx",
    ]);
    const dictionaries = ["pt-BR", "es", "fr", "hi"].map((language) => `src/i18n/console/${language}.ts`);
    for (const dictionary of dictionaries) {
      expect(manifest[dictionary]?.isDynamicEntry, dictionary).toBe(true);
      expect(portal.has(dictionary), dictionary).toBe(false);
    }
    const portalFiles = [...portal].map((key) => manifest[key]!.file);
    for (const file of portalFiles) {
      if (!file.endsWith(".js")) continue;
      // A console-only string in each language: none may ship in what the portal loads.
      expect(readFileSync(join(dist, file), "utf8"), file).not.toMatch(
        /Painel de filas|Tablero de colas|Tableau des files/,
      );
    }
  }, 180_000);
});
