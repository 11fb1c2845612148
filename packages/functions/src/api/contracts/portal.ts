import { interactionView } from "@caseline/core/interactions/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import {
  portalCaseDetail,
  portalCaseView,
  portalCreateCaseInput,
  portalMessageInput,
} from "@caseline/core/portal/schemas";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

export const portalContracts = {
  "GET /portal/cases": {
    query: pageQuery,
    responses: { 200: { description: "My cases, newest first", schema: pageOf(portalCaseView) } },
  },
  "POST /portal/cases": {
    body: portalCreateCaseInput,
    idempotent: true,
    responses: { 201: { description: "Submitted", schema: portalCaseView } },
  },
  "GET /portal/cases/{id}": {
    params: idParams,
    responses: { 200: { description: "My case and its public messages", schema: portalCaseDetail } },
  },
  "POST /portal/cases/{id}/messages": {
    params: idParams,
    body: portalMessageInput,
    idempotent: true,
    responses: { 201: { description: "Sent", schema: interactionView } },
  },
} satisfies Record<string, Contract>;
