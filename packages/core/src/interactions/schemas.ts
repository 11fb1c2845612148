import { z } from "zod";
import { caseChannels } from "../entities/case.js";
import { interactionAuthors, interactionDirections, interactionVisibilities } from "../entities/interaction.js";

/** How far ahead of the server's clock `occurredAt` may be (clients' clocks drift). */
export const occurredAtSkewSeconds = 5 * 60;

/**
 * What a staff member logs: a call, an email, a reply, an internal note. Visibility defaults to
 * "internal" for an internal note and to "public" otherwise; an internal note can never be public.
 */
export const createInteractionInput = z
  .object({
    channel: z.enum(caseChannels).describe("Where the contact happened"),
    direction: z
      .enum(interactionDirections)
      .describe("inbound (from the customer), outbound (to them), internal (a note)"),
    visibility: z
      .enum(interactionVisibilities)
      .optional()
      .describe("public interactions are shown to the customer in the portal; internal ones never are"),
    summary: z.string().trim().min(1).max(500),
    body: z.string().max(50_000).optional(),
    occurredAt: z.iso
      .datetime({ offset: true })
      .optional()
      .describe(`When it happened (defaults to now; at most ${occurredAtSkewSeconds / 60} minutes ahead)`),
    durationSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .strict()
  .refine((value) => !(value.direction === "internal" && value.visibility === "public"), {
    message: "an internal note cannot be public",
    path: ["visibility"],
  });

export type CreateInteractionInput = z.input<typeof createInteractionInput>;

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
  /** The staff member who logged it, when an agent did. */
  agentId: z.string().optional(),
  occurredAt: z.iso.datetime(),
  durationSeconds: z.number().int().optional(),
  createdAt: z.iso.datetime(),
});
export type InteractionView = z.infer<typeof interactionView>;
