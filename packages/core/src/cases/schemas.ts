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
  type: z.enum(caseTypes),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  status: z.enum(caseStatuses),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});

export type CaseView = z.infer<typeof caseView>;
