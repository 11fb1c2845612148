import { caseView, createCaseInput } from "@caseline/core/cases/schemas";
import { createCustomerInput, customerView } from "@caseline/core/customers/schemas";
import { manifestSchema } from "@caseline/core/exports/cases-export";
import { z } from "zod";
import type { routeGroups } from "./routes.js";

/**
 * Each route's request and response shapes. Handlers validate with these and the OpenAPI document
 * is generated from them, so the document cannot drift from what the API does.
 */
export interface Contract {
  readonly body?: z.ZodType;
  readonly params?: z.ZodObject;
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
}

type RouteKey = { [G in keyof typeof routeGroups]: keyof (typeof routeGroups)[G]["routes"] }[keyof typeof routeGroups];

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, "an id of letters, digits, - and _");

export const exportStatus = z.object({
  executionId: z.string(),
  status: z.enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]),
  startedAt: z.string(),
  stoppedAt: z.string().optional(),
  manifest: manifestSchema.optional(),
  error: z.object({ error: z.string(), cause: z.string().optional() }).optional(),
});

export const contracts = {
  "GET /health": {
    responses: { 200: { description: "The API is up", schema: z.object({ status: z.literal("ok") }) } },
  },
  "GET /openapi.json": { responses: { 200: { description: "This document" } } },
  "POST /customers": {
    body: createCustomerInput,
    responses: { 201: { description: "Created", schema: customerView } },
  },
  "GET /customers/{id}": {
    params: z.object({ id }),
    responses: { 200: { description: "The customer", schema: customerView } },
  },
  "POST /cases": {
    body: createCaseInput,
    responses: { 201: { description: "Opened", schema: caseView } },
  },
  "GET /cases/{id}": {
    params: z.object({ id }),
    responses: { 200: { description: "The case", schema: caseView } },
  },
  "POST /admin/exports": {
    responses: { 202: { description: "Export started", schema: exportStatus } },
  },
  "GET /admin/exports/{executionId}": {
    params: z.object({ executionId: id }),
    responses: {
      200: { description: "The export's status, with its manifest once it succeeded", schema: exportStatus },
    },
  },
} as const satisfies Record<RouteKey, Contract>;
