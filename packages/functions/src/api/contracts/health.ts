import { z } from "zod";
import type { Contract } from "./contract.js";

export const healthContracts = {
  "GET /health": {
    responses: { 200: { description: "The API is up", schema: z.object({ status: z.literal("ok") }) } },
  },
  "GET /openapi.json": { responses: { 200: { description: "This document" } } },
} satisfies Record<string, Contract>;
