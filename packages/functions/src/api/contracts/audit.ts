import { auditEntryView, auditQuery } from "@caseline/core/audit/schemas";
import { pageOf } from "@caseline/core/pagination";
import type { Contract } from "./contract.js";

export const auditContracts = {
  "GET /audit": {
    query: auditQuery,
    responses: { 200: { description: "The entity's audit entries, oldest first", schema: pageOf(auditEntryView) } },
  },
} satisfies Record<string, Contract>;
