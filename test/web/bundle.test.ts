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
});
