import { routeGroups } from "@caseline/functions/api/routes";
import { describe, expect, it } from "vitest";
import { compileRoutes } from "./gateway.js";

describe("the local gateway's route table", () => {
  const routes = compileRoutes();

  it("has exactly the routes the Api stack deploys", () => {
    const deployed = Object.values(routeGroups).flatMap((group) => Object.keys(group.routes));
    expect(routes.map((route) => route.routeKey).sort()).toEqual(deployed.sort());
  });

  it("matches path parameters one segment at a time", () => {
    const getCase = routes.find((route) => route.routeKey === "GET /cases/{id}")!;
    expect(getCase.pattern.exec("/cases/01ABC")?.groups).toEqual({ id: "01ABC" });
    expect(getCase.pattern.test("/cases/01ABC/extra")).toBe(false);
    expect(getCase.pattern.test("/cases/")).toBe(false);
    expect(routes.find((route) => route.routeKey === "GET /openapi.json")!.pattern.test("/openapiXjson")).toBe(false);
  });
});
