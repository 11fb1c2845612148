import { z } from "zod";
import { caseChannels } from "../entities/case.js";
import { interactionAuthors, interactionDirections, interactionVisibilities } from "../entities/interaction.js";

export const createInteractionInput = z
  .object({
    channel: z.enum(caseChannels),
    direction: z.enum(interactionDirections),
    visibility: z.enum(interactionVisibilities).default("public"),
    summary: z.string().trim().min(1).max(500),
    body: z.string().max(50_000).optional(),
    occurredAt: z.iso.datetime().optional(),
    durationSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .strict();

export const interactionView = z.object({
  id: z.string(),
  customerId: z.string(),
  caseId: z.string().optional(),
  channel: z.enum(caseChannels),
  direction: z.enum(interactionDirections),
  author: z.enum(interactionAuthors),
  visibility: z.enum(interactionVisibilities),
  summary: z.string(),
  body: z.string().optional(),
  agentId: z.string().optional(),
  occurredAt: z.string(),
  durationSeconds: z.number().optional(),
});
export type InteractionView = z.infer<typeof interactionView>;
