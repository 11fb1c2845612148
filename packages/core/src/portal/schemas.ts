import { z } from "zod";
import { caseView } from "../cases/schemas.js";
import { interactionView } from "../interactions/schemas.js";

/** What a customer may say when opening a request: never its priority, queue or assignee. */
export const portalCreateCaseInput = z
  .object({
    subject: z.string().trim().min(1).max(300),
    description: z.string().trim().min(1).max(20_000),
    type: z.enum(["service_request", "incident", "complaint", "inquiry"]).default("service_request"),
    category: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

export const portalMessageInput = z.object({ body: z.string().trim().min(1).max(20_000) }).strict();

/** A case as its customer sees it: no internal notes, queue or assignee. */
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

export const portalCaseDetail = portalCaseView.extend({ messages: z.array(interactionView) });
