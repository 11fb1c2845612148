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
    responses: { 201: { description: "Opened", schema: caseView } },
  },
  "GET /cases": {
    query: pageQuery.extend(listCasesQuery.shape),
    responses: { 200: { description: "Cases, newest first", schema: pageOf(caseView) } },
  },
  "GET /cases/{id}": {
    params: idParams,
    responses: { 200: { description: "The case", schema: caseView } },
  },
  "PATCH /cases/{id}": {
    params: idParams,
    body: updateCaseInput,
    versioned: true,
    responses: { 200: { description: "Changed", schema: caseView } },
  },
  "POST /cases/{id}/transitions": {
    params: idParams,
    body: transitionInput,
    versioned: true,
    responses: { 200: { description: "Moved", schema: caseView } },
  },
  "POST /cases/bulk": {
    body: bulkInput,
    responses: { 200: { description: "A result per case", schema: bulkResult } },
  },
} satisfies Record<string, Contract>;
