// Generates the console's typed view of the API from the same sources GET /openapi.json is built from:
// src/api/openapi.d.ts (request and response types) and src/api/route-roles.ts (which roles may call
// each route, so the console shows only the actions the API would allow).
// `npm run api-types -w @caseline/web` rewrites both; test/web/api-types.test.ts fails when either is stale.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openApiDocument } from "@caseline/functions/api/openapi-document";
import { routeGroups } from "@caseline/functions/api/routes";
import openapiTS, { astToString } from "openapi-typescript";

const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "api");
export const typesFile = join(apiDir, "openapi.d.ts");
export const rolesFile = join(apiDir, "route-roles.ts");

export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as never);
  return `// Generated from GET /openapi.json by packages/web/scripts/openapi-types.ts: do not edit.\n${astToString(ast)}`;
}

export function generateRouteRoles(): string {
  const lines: string[] = [];
  for (const { routes } of Object.values(routeGroups)) {
    for (const [routeKey, spec] of Object.entries(routes)) {
      const roles = (spec as { roles: readonly string[] | "public" }).roles;
      lines.push(
        `  ${JSON.stringify(routeKey)}: ${roles === "public" ? '"public"' : `[${roles.map((role) => JSON.stringify(role)).join(", ")}]`},`,
      );
    }
  }
  return [
    "// Generated from packages/functions/src/api/routes.ts by packages/web/scripts/openapi-types.ts: do not edit.",
    "export const routeRoles = {",
    ...lines,
    "} as const;",
    "",
    "export type RouteKey = keyof typeof routeRoles;",
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(typesFile, await generateApiTypes());
  await writeFile(rolesFile, generateRouteRoles());
  console.log(`web: wrote ${typesFile} and ${rolesFile}`);
}
