import { createInteractionInput, interactionView } from "@caseline/core/interactions/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

export const interactionsContracts = {
  "POST /cases/{id}/interactions": {
    params: idParams,
    body: createInteractionInput,
    idempotent: true,
    responses: { 201: { description: "Logged", schema: interactionView } },
  },
  "GET /cases/{id}/timeline": {
    params: idParams,
    query: pageQuery,
    responses: { 200: { description: "Newest first", schema: pageOf(interactionView) } },
  },
  "POST /customers/{id}/interactions": {
    params: idParams,
    body: createInteractionInput,
    idempotent: true,
    responses: { 201: { description: "Logged", schema: interactionView } },
  },
  "GET /customers/{id}/timeline": {
    params: idParams,
    query: pageQuery,
    responses: { 200: { description: "Newest first", schema: pageOf(interactionView) } },
  },
} satisfies Record<string, Contract>;
