import {
  bulkInput,
  bulkResult,
  caseView,
  createCaseInput,
  listCasesQuery,
  transitionInput,
  updateCaseInput,
} from "@caseline/core/cases/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

export const casesContracts = {
  "POST /cases": {
    body: createCaseInput,
    idempotent: true,
    responses: {
      201: {
        description: "Opened (or, for a retried Idempotency-Key, the first result); ETag and Location set",
        schema: caseView,
      },
    },
  },
  "GET /cases": {
    query: pageQuery.extend(listCasesQuery.shape),
    responses: { 200: { description: "The customer's cases, newest first", schema: pageOf(caseView) } },
  },
  "GET /cases/{id}": {
    params: idParams,
    responses: { 200: { description: "The case; its ETag is the version to send as If-Match", schema: caseView } },
  },
  "PATCH /cases/{id}": {
    params: idParams,
    body: updateCaseInput,
    versioned: true,
    responses: {
      200: { description: "Changed (or already as asked: then unchanged)", schema: caseView },
      409: { description: "A closed or cancelled case cannot be changed" },
    },
  },
  "POST /cases/{id}/transitions": {
    params: idParams,
    body: transitionInput,
    versioned: true,
    responses: {
      200: { description: "Moved", schema: caseView },
      409: { description: "Not a move the case can make now; `allowed` lists those it can" },
    },
  },
  "POST /cases/bulk": {
    body: bulkInput,
    responses: {
      200: {
        description: "A result per case, in the order given, each with the status its own request would have had",
        schema: bulkResult,
      },
    },
  },
} satisfies Record<string, Contract>;
