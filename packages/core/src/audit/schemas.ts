import { z } from "zod";
import { auditActions } from "../entities/audit-entry.js";
import { pageQuery } from "../pagination.js";

export const auditQuery = pageQuery.extend({
  entityType: z.string().min(1).max(40),
  entityId: z.string().min(1).max(64),
});

export const auditEntryView = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.enum(auditActions),
  actor: z.object({ sub: z.string(), roles: z.array(z.string()) }),
  at: z.string(),
  correlationId: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
