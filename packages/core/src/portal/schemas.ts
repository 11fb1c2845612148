import { z } from "zod";
import { caseView } from "../cases/schemas.js";
import { caseTypes } from "../entities/case.js";
import { interactionView } from "../interactions/schemas.js";

/** How many public messages a portal case shows (newest first). */
export const portalMessageLimit = 50;

/** What a customer may say when opening a request: never its priority, queue, assignee or channel. */
export const portalCreateCaseInput = z
  .object({
    subject: z.string().trim().min(1).max(300),
    description: z.string().trim().min(1).max(20_000),
    type: z.enum(caseTypes).default("service_request"),
    category: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type PortalCreateCaseInput = z.input<typeof portalCreateCaseInput>;

export const portalMessageInput = z.object({ body: z.string().trim().min(1).max(20_000) }).strict();
export type PortalMessageInput = z.input<typeof portalMessageInput>;

/** A case as its customer sees it: no priority, queue, assignee, custom fields or internal notes. */
export const portalCaseView = caseView.pick({
  id: true,
  number: true,
  subject: true,
  description: true,
  type: true,
  status: true,
  createdAt: true,
  updatedAt: true,
});
export type PortalCaseView = z.infer<typeof portalCaseView>;

/** A public message on a case: who wrote it (customer or staff, never which agent) and what. */
export const portalMessageView = interactionView.pick({
  id: true,
  channel: true,
  direction: true,
  author: true,
  summary: true,
  body: true,
  occurredAt: true,
});
export type PortalMessageView = z.infer<typeof portalMessageView>;

export const portalCaseDetail = portalCaseView.extend({
  messages: z.array(portalMessageView).max(portalMessageLimit).describe("Public messages, newest first"),
});
export type PortalCaseDetail = z.infer<typeof portalCaseDetail>;
