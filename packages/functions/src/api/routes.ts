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
  /** A POST that computes and writes nothing (a preview), so read-only roles may call it. */
  readonly readOnly?: true;
}

export interface RouteGroup {
  /** SST handler path: file without extension, then the export name. */
  readonly handler: string;
  readonly uses: readonly Capability[];
  readonly routes: Readonly<Record<string, RouteSpec>>;
}

const staff = ["admin", "supervisor", "agent"] as const satisfies readonly Role[];
const readers = [...staff, "viewer"] as const satisfies readonly Role[];
const supervisors = ["admin", "supervisor"] as const satisfies readonly Role[];

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
      "GET /customers/{id}": { roles: readers, summary: "Read a customer (sensitive fields masked by role)" },
      "PATCH /customers/{id}": { roles: staff, summary: "Change a customer (If-Match)" },
      "GET /customers/{id}/360": {
        roles: readers,
        summary: "Everything about a customer in one request: profile, products, cases, interactions (paged)",
      },
      "POST /customers/{id}/merge": {
        roles: supervisors,
        summary: "Merge a duplicate into this customer; the duplicate becomes a tombstone",
      },
      "POST /customers/{id}/products": { roles: staff, summary: "Add a product, contract, entitlement or warranty" },
      "GET /customers/{id}/products": { roles: readers, summary: "The customer's products and contracts" },
    },
  },
  cases: {
    handler: "packages/functions/src/api/cases.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /cases": { roles: staff, summary: "Open a case" },
      "GET /cases": { roles: readers, summary: "A customer's cases, newest first (paged)" },
      "GET /cases/{id}": { roles: readers, summary: "Read a case" },
      "PATCH /cases/{id}": { roles: staff, summary: "Change a case's fields (If-Match)" },
      "POST /cases/{id}/transitions": { roles: staff, summary: "Move a case through its lifecycle (If-Match)" },
      "POST /cases/bulk": {
        roles: supervisors,
        summary: "Assign, re-prioritize, re-queue or transition up to 100 cases",
      },
    },
  },
  interactions: {
    handler: "packages/functions/src/api/interactions.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /cases/{id}/interactions": {
        roles: staff,
        summary: "Log an interaction on a case (a reply, a call, a note)",
      },
      "GET /cases/{id}/timeline": { roles: readers, summary: "A case's interactions, newest first (paged)" },
      "POST /customers/{id}/interactions": {
        roles: staff,
        summary: "Log an interaction with a customer outside a case",
      },
      "GET /customers/{id}/timeline": { roles: readers, summary: "A customer's interactions, newest first (paged)" },
    },
  },
  portal: {
    handler: "packages/functions/src/api/portal.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "GET /portal/cases": { roles: ["customer"], summary: "My cases" },
      "POST /portal/cases": { roles: ["customer"], summary: "Submit a request" },
      "GET /portal/cases/{id}": { roles: ["customer"], summary: "One of my cases, with its public messages" },
      "POST /portal/cases/{id}/messages": { roles: ["customer"], summary: "Reply on one of my cases" },
    },
  },
  search: {
    handler: "packages/functions/src/api/search.handler",
    uses: ["table:read"],
    routes: {
      "GET /search": {
        roles: readers,
        summary:
          "Find customers, cases, vehicles and plates by email, phone, name, case number, external id, VIN or plate",
      },
    },
  },
  audit: {
    handler: "packages/functions/src/api/audit.handler",
    uses: ["table:read"],
    routes: {
      "GET /audit": { roles: supervisors, summary: "An entity's audit trail, oldest first (paged)" },
    },
  },
  calendars: {
    handler: "packages/functions/src/api/calendars.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /calendars": { roles: ["admin"], summary: "Create a business-hours calendar" },
      "GET /calendars": { roles: readers, summary: "All calendars (paged)" },
      "GET /calendars/{id}": { roles: readers, summary: "Read a calendar" },
      "PUT /calendars/{id}": { roles: ["admin"], summary: "Replace a calendar (If-Match)" },
      "DELETE /calendars/{id}": { roles: ["admin"], summary: "Delete a calendar (If-Match)" },
      "POST /calendars/{id}/business-time": {
        roles: readers,
        readOnly: true,
        summary: "Preview business time: when {from, addMinutes} falls due, or the business minutes {from, to}",
      },
    },
  },
  sla: {
    handler: "packages/functions/src/api/sla.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /sla-policies": { roles: ["admin"], summary: "Create an SLA policy" },
      "GET /sla-policies": { roles: readers, summary: "Every SLA policy, in the order they are tried" },
      "GET /sla-policies/{id}": { roles: readers, summary: "Read an SLA policy" },
      "PUT /sla-policies/{id}": { roles: ["admin"], summary: "Replace an SLA policy (If-Match); reorder by position" },
      "DELETE /sla-policies/{id}": { roles: ["admin"], summary: "Delete an SLA policy (If-Match)" },
      "GET /cases/{id}/sla": {
        roles: readers,
        summary: "A case's SLA clocks: per metric the target, business time elapsed, remaining and paused, and state",
      },
    },
  },
  work: {
    handler: "packages/functions/src/api/work.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "GET /queues": { roles: readers, summary: "Every configured queue and its supervisors" },
      "PUT /queues/{name}": {
        roles: ["admin"],
        summary: "Create or replace a queue's settings (If-Match to replace): who supervises it",
      },
      "GET /queues/{name}/cases": { roles: readers, summary: "A queue's open cases, ordered by SLA risk" },
      "GET /agents/{id}/cases": {
        roles: readers,
        summary: "One person's open cases, ordered by SLA risk (`me` for your own queue)",
      },
      "GET /queue-board": {
        roles: readers,
        summary: "The queue board: per queue and agent, the backlog, at risk and breached",
      },
      "GET /notifications": { roles: staff, summary: "Your own notifications (SLA breaches), newest first" },
    },
  },
  vehicles: {
    handler: "packages/functions/src/api/vehicles.handler",
    uses: ["table:read", "table:write"],
    routes: {
      "POST /vehicles": { roles: staff, summary: "Register a vehicle by VIN (check digit validated), with its owners" },
      "GET /vehicles/{vin}": { roles: readers, summary: "A vehicle, what its VIN says, its current owners and plates" },
      "PATCH /vehicles/{vin}": {
        roles: staff,
        summary: "Change a vehicle's description or add an odometer reading (If-Match)",
      },
      "GET /vehicles/{vin}/history": { roles: readers, summary: "Every owner and plate of a vehicle, over time" },
      "POST /plates": { roles: staff, summary: "Issue a plate, optionally onto a vehicle" },
      "POST /plates/{jurisdiction}/{number}/assignment": {
        roles: staff,
        summary: "Put a plate on a vehicle (it leaves the one it was on)",
      },
      "GET /plates/{jurisdiction}/{number}/history": {
        roles: readers,
        summary: "A plate and every vehicle that carried it, from when to when",
      },
      "GET /fee-schedules": { roles: readers, summary: "The transfer fee schedule's versions, newest first" },
      "POST /fee-schedules": { roles: ["admin"], summary: "Publish a new version of the transfer fee schedule" },
      "GET /cases/{id}/transfer": {
        roles: readers,
        summary: "A transfer case's parties, vehicle, plate decision, odometer, liens, fees and documents",
      },
      "POST /cases/{id}/transfer/documents/{documentId}": {
        roles: staff,
        summary: "Record a required document as received or verified",
      },
      "POST /cases/{id}/transfer/odometer": { roles: staff, summary: "Record the odometer disclosure" },
      "POST /cases/{id}/transfer/liens": { roles: staff, summary: "Record a lien on the vehicle" },
      "POST /cases/{id}/transfer/liens/{lienId}/release": {
        roles: staff,
        summary: "Release a lien whose release document is verified",
      },
      "POST /cases/{id}/transfer/complete": {
        roles: staff,
        summary: "Complete an approved transfer: ownership, plates and the case change in one transaction (If-Match)",
      },
    },
  },
  donors: {
    handler: "packages/functions/src/api/donors.handler",
    // Receipts are PDFs in the blob store (the exports bucket in AWS).
    uses: ["table:read", "table:write", "exports:read", "exports:write"],
    routes: {
      "GET /customers/{id}/donor": { roles: readers, summary: "A customer's donor profile and giving summary" },
      "PUT /customers/{id}/donor": {
        roles: staff,
        summary: 'Set a donor\'s solicitation preferences (If-Match; "0" creates the profile)',
      },
      "GET /customers/{id}/donor/receipts/{year}": {
        roles: readers,
        summary: "The donor's annual consolidated receipt for a year (PDF)",
      },
      "POST /campaigns": { roles: supervisors, summary: "Start a fundraising campaign" },
      "GET /campaigns": { roles: readers, summary: "All campaigns with their totals (paged)" },
      "GET /campaigns/{id}": { roles: readers, summary: "A campaign with its totals" },
      "PATCH /campaigns/{id}": { roles: supervisors, summary: "Rename, re-date or close a campaign (If-Match)" },
      "POST /gifts": { roles: staff, summary: "Record a gift; it gets the year's next receipt number" },
      "GET /gifts": { roles: readers, summary: "A donor's gifts, or a year's gifts (paged)" },
      "GET /gifts/{id}": { roles: readers, summary: "A gift" },
      "POST /gifts/{id}/void": {
        roles: supervisors,
        summary: "Void or refund a gift: its receipt is void and every total drops it",
      },
      "POST /recurring-gifts": { roles: staff, summary: "Set up a recurring gift" },
      "GET /recurring-gifts": { roles: readers, summary: "A donor's recurring gifts (paged)" },
      "GET /recurring-gifts/{id}": { roles: readers, summary: "A recurring gift with its installments" },
      "POST /pledges": { roles: staff, summary: "Record a pledge with its installment schedule" },
      "GET /pledges": { roles: readers, summary: "A donor's pledges (paged)" },
      "GET /pledges/{id}": { roles: readers, summary: "A pledge with its balance and status" },
      "POST /pledges/{id}/payments": { roles: staff, summary: "Pay towards a pledge (a gift applied to it)" },
      "GET /receipts/{number}": { roles: readers, summary: "A gift's receipt (PDF)" },
      "GET /reports/donors/campaigns": { roles: readers, summary: "Campaign progress against goals (JSON or CSV)" },
      "GET /reports/donors/giving-by-month": { roles: readers, summary: "A year's giving by month (JSON or CSV)" },
      "GET /reports/donors/retention": {
        roles: readers,
        summary: "Donor retention: LYBUNT and SYBUNT lists for a year (JSON or CSV)",
      },
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
