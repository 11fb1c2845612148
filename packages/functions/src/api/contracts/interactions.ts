import { createInteractionInput, interactionView } from "@caseline/core/interactions/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

const timeline = pageOf(interactionView).describe("Newest first; `cursor` is null on the last page");

export const interactionsContracts = {
  "POST /cases/{id}/interactions": {
    params: idParams,
    body: createInteractionInput,
    idempotent: true,
    responses: {
      201: { description: "Logged (the case's customer is the interaction's customer)", schema: interactionView },
      409: { description: "The case is closed or cancelled" },
    },
  },
  "GET /cases/{id}/timeline": {
    params: idParams,
    query: pageQuery,
    responses: {
      200: { description: "The case's interactions, internal notes included", schema: timeline },
    },
  },
  "POST /customers/{id}/interactions": {
    params: idParams,
    body: createInteractionInput,
    idempotent: true,
    responses: {
      201: { description: "Logged, outside any case", schema: interactionView },
    },
  },
  "GET /customers/{id}/timeline": {
    params: idParams,
    query: pageQuery,
    responses: {
      200: { description: "The customer's interactions, on cases and outside them", schema: timeline },
    },
  },
} satisfies Record<string, Contract>;
