// `npm start`'s fast path: builds the console only when packages/web/dist is missing
// (after changing the console, `npm run build` rebuilds it).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(join(root, "dist", "index.html"))) {
  console.log("web: no build yet, building the console once (npm run build rebuilds it)");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });
}
