import type { Role } from "@caseline/core/identity/roles";
import type { Capability } from "../capabilities.js";

export type { Capability };

/**
 * The HTTP API, once. The Api stack deploys one function per group with exactly these routes;
 * the local gateway routes to the very same handler exports. `uses` says what a group may reach,
 * and the stack turns it into that function's (least-privilege) IAM policy.
 */
export interface RouteSpec {
  /** Who may call it; "public" routes need no token. */
  readonly roles: readonly Role[] | "public";
  readonly summary: string;
}

export interface RouteGroup {
  /** SST handler path: file without extension, then the export name. */
  readonly handler: string;
  readonly uses: readonly Capability[];
  readonly routes: Readonly<Record<string, RouteSpec>>;
}

const staff = ["admin", "supervisor", "agent"] as const satisfies readonly Role[];
const readers = [...staff, "viewer"] as const satisfies readonly Role[];

export const routeGroups = {
  health: {
    handler: "packages/functions/src/api/health.handler",
    uses: [],
    routes: {
      "GET /health": { roles: "public", summary: "Liveness" },
      "GET /openapi.json": { roles: "public", summary: "This API's OpenAPI 3.1 document" },
    },
  },
  customers: {
    handler: "packages/functions/src/api/customers.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /customers": { roles: staff, summary: "Create a customer" },
      "GET /customers/{id}": { roles: readers, summary: "Read a customer" },
    },
  },
  cases: {
    handler: "packages/functions/src/api/cases.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /cases": { roles: staff, summary: "Open a case" },
      "GET /cases/{id}": { roles: readers, summary: "Read a case" },
    },
  },
  exports: {
    handler: "packages/functions/src/api/exports.handler",
    uses: ["exports:start", "exports:status", "exports:read"],
    routes: {
      "POST /admin/exports": { roles: ["admin"], summary: "Start an analytics export of all cases" },
      "GET /admin/exports/{executionId}": { roles: ["admin"], summary: "Read an export's status and manifest" },
    },
  },
} as const satisfies Record<string, RouteGroup>;

export type RouteGroupName = keyof typeof routeGroups;
