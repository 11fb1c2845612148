import { z } from "zod";
import { caseChannels, casePriorities, caseStatuses, caseTypes } from "../entities/case.js";

export const createCaseInput = z
  .object({
    customerId: z.string().min(1).max(64),
    subject: z.string().trim().min(1).max(300),
    description: z.string().max(20_000).optional(),
    type: z.enum(caseTypes),
    priority: z.enum(casePriorities).default("normal"),
    channel: z.enum(caseChannels).default("web_form"),
  })
  .strict();

export type CreateCaseInput = z.input<typeof createCaseInput>;

export const caseView = z.object({
  id: z.string(),
  number: z.string().regex(/^CL-\d{6,}$/),
  customerId: z.string(),
  subject: z.string(),
  description: z.string().optional(),
  type: z.string(),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  status: z.enum(caseStatuses),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});

export type CaseView = z.infer<typeof caseView>;

/** A partial change to a case's fields; status moves only through transitions. */
export const updateCaseInput = z
  .object({
    subject: z.string().trim().min(1).max(300),
    description: z.string().max(20_000),
    category: z.string().trim().min(1).max(100),
    priority: z.enum(casePriorities),
    queue: z.string().trim().min(1).max(100),
    assigneeId: z.string().trim().min(1).max(128).nullable(),
  })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });

export const transitionInput = z
  .object({ to: z.enum(caseStatuses), reason: z.string().trim().min(1).max(1000).optional() })
  .strict();

export const bulkInput = z
  .object({
    action: z.enum(["assign", "status", "priority", "queue"]),
    caseIds: z.array(z.string().min(1).max(64)).min(1).max(100),
    value: z.string().min(1).max(128).nullable(),
  })
  .strict();

export const bulkResult = z.object({
  results: z.array(
    z.object({ id: z.string(), status: z.number().int(), case: caseView.optional(), problem: z.unknown().optional() }),
  ),
});

export const listCasesQuery = z.object({ customerId: z.string().min(1).max(64) });
