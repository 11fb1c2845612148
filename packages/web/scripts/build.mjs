// Builds the console with Vite, then reports the JavaScript each kind of visitor loads first (gzipped),
// and fails when the portal's initial JavaScript passes its 250 KB budget.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const portalBudgetBytes = 250 * 1024;

// Built beside dist/ and swapped in at the end, so a running server never sees a half-written dist/.
const target = join(root, "dist");
const staging = join(root, `.dist-${process.pid}`);
await build({
  root,
  logLevel: "warn",
  configFile: join(root, "vite.config.ts"),
  build: { outDir: staging, emptyOutDir: true },
});
const dist = staging;
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file))).length;

/** A chunk and every chunk it imports statically: what the browser fetches before it runs. */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

function bytesOf(keys) {
  return [...keys].reduce(
    (sum, key) => sum + (manifest[key].file.endsWith(".js") ? gzipped(manifest[key].file) : 0),
    0,
  );
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const src = (path) => {
  const key = `src/${path}`;
  if (!manifest[key]) throw new Error(`web: no chunk for ${key} in the manifest`);
  return key;
};
const views = {
  "portal (sign-in + my requests)": [
    entry,
    src("pages/portal/PortalLayout.tsx"),
    src("pages/portal/PortalCasesPage.tsx"),
    src("pages/portal/PortalSignInPage.tsx"),
  ],
  "console (layout + case page)": [entry, src("pages/console/ConsoleLayout.tsx"), src("pages/console/CasePage.tsx")],
};
const lines = [];
let portalBytes = 0;
for (const [name, keys] of Object.entries(views)) {
  const bytes = bytesOf(closure(keys));
  if (name.startsWith("portal")) portalBytes = bytes;
  lines.push(`  ${name}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
}
const chunks = Object.values(manifest).filter((chunk) => chunk.file.endsWith(".js")).length;
const report = [`web: built dist/ (${chunks} JavaScript chunks, split by route)`, "initial JavaScript:", ...lines].join(
  "\n",
);
console.log(report);
writeFileSync(
  join(dist, "bundle-report.json"),
  JSON.stringify({ portalInitialGzipBytes: portalBytes, chunks }, null, 2),
);
if (portalBytes > portalBudgetBytes) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`web: the portal's initial JavaScript is ${(portalBytes / 1024).toFixed(1)} KB gzipped, over 250 KB`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
