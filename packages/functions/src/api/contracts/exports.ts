import { manifestSchema } from "@caseline/core/exports/cases-export";
import { z } from "zod";
import type { Contract } from "./contract.js";
import { id } from "./ids.js";

export const exportStatus = z.object({
  executionId: z.string(),
  status: z.enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]),
  startedAt: z.string(),
  stoppedAt: z.string().optional(),
  manifest: manifestSchema.optional(),
  error: z.object({ error: z.string(), cause: z.string().optional() }).optional(),
});

export const exportsContracts = {
  "POST /admin/exports": { responses: { 202: { description: "Export started", schema: exportStatus } } },
  "GET /admin/exports/{executionId}": {
    params: z.object({ executionId: id }),
    responses: {
      200: { description: "The export's status, with its manifest once it succeeded", schema: exportStatus },
    },
  },
} satisfies Record<string, Contract>;
