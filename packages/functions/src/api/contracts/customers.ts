import { caseView } from "@caseline/core/cases/schemas";
import {
  createCustomerInput,
  createHoldingInput,
  customerView,
  holdingView,
  mergeInput,
  mergeResult,
  updateCustomerInput,
} from "@caseline/core/customers/schemas";
import { interactionView } from "@caseline/core/interactions/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import { ownershipView } from "@caseline/core/vehicles/schemas";
import { z } from "zod";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

/** The 360 view pages through the whole customer partition; the first page starts with the profile. */
const page360Query = pageQuery.extend({ limit: z.coerce.number().int().min(1).max(250).default(100) });

export const customer360View = z.object({
  profile: customerView.nullable(),
  holdings: z.array(holdingView),
  /** Vehicles owned now or before (`to` set), from the vehicle transfer module. */
  vehicles: z.array(ownershipView),
  openCases: z.array(caseView),
  recentCases: z.array(caseView),
  recentInteractions: z.array(interactionView),
  cursor: z.string().nullable(),
});

export const customersContracts = {
  "POST /customers": {
    body: createCustomerInput,
    idempotent: true,
    responses: { 201: { description: "Created", schema: customerView } },
  },
  "GET /customers/{id}": {
    params: idParams,
    responses: {
      200: { description: "The customer", schema: customerView },
      308: { description: "Merged: Location names the customer it became" },
    },
  },
  "PATCH /customers/{id}": {
    params: idParams,
    body: updateCustomerInput,
    versioned: true,
    responses: { 200: { description: "Changed", schema: customerView } },
  },
  "GET /customers/{id}/360": {
    params: idParams,
    query: page360Query,
    responses: { 200: { description: "The 360-degree view", schema: customer360View } },
  },
  "POST /customers/{id}/merge": {
    params: idParams,
    body: mergeInput,
    responses: { 200: { description: "Merged (or already merged)", schema: mergeResult } },
  },
  "POST /customers/{id}/products": {
    params: idParams,
    body: createHoldingInput,
    idempotent: true,
    responses: { 201: { description: "Added", schema: holdingView } },
  },
  "GET /customers/{id}/products": {
    params: idParams,
    query: pageQuery,
    responses: { 200: { description: "Products and contracts", schema: pageOf(holdingView) } },
  },
} satisfies Record<string, Contract>;
