import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  generateApiTypes,
  generateRouteRoles,
  rolesFile,
  typesFile,
} from "../../packages/web/scripts/openapi-types.js";

// The console's API types and role map are generated from the API's own sources; a change to a route,
// a contract or a role must come with `npm run api-types -w @caseline/web`.
describe("the console's generated API types", () => {
  it("match the OpenAPI document the API serves", async () => {
    expect(await readFile(typesFile, "utf8")).toBe(await generateApiTypes());
  });

  it("match the route table's roles", async () => {
    expect(await readFile(rolesFile, "utf8")).toBe(generateRouteRoles());
  });
});
