import { pageOf, pageQuery } from "@caseline/core/pagination";
import {
  portalCaseDetail,
  portalCaseView,
  portalCreateCaseInput,
  portalMessageInput,
  portalMessageView,
} from "@caseline/core/portal/schemas";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

// The customer is always the token's (`custom:customerId`); a token without one is 403. Someone
// else's case answers the same 404 as a missing one.

export const portalContracts = {
  "GET /portal/cases": {
    query: pageQuery,
    responses: { 200: { description: "My cases, newest first", schema: pageOf(portalCaseView) } },
  },
  "POST /portal/cases": {
    body: portalCreateCaseInput,
    idempotent: true,
    responses: { 201: { description: "Submitted (channel portal, normal priority)", schema: portalCaseView } },
  },
  "GET /portal/cases/{id}": {
    params: idParams,
    responses: {
      200: { description: "My case and its public messages, newest first", schema: portalCaseDetail },
    },
  },
  "POST /portal/cases/{id}/messages": {
    params: idParams,
    body: portalMessageInput,
    idempotent: true,
    responses: {
      201: { description: "Sent", schema: portalMessageView },
      409: { description: "The case is closed or cancelled" },
    },
  },
} satisfies Record<string, Contract>;
