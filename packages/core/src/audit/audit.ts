import type { AppContext } from "../context.js";
import type { AuditEntryItem } from "../entities/store.js";
import type { Page, PageQuery } from "../pagination.js";

export interface AuditEntryView {
  readonly id: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly action: AuditEntryItem["action"];
  readonly actor: { sub: string; roles: string[] };
  readonly at: string;
  readonly correlationId?: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

function toView(item: AuditEntryItem): AuditEntryView {
  return {
    id: item.auditId,
    entityType: item.entityType,
    entityId: item.entityId,
    action: item.action,
    actor: { sub: item.actorSub, roles: item.actorRoles ?? [] },
    at: item.at,
    ...(item.correlationId ? { correlationId: item.correlationId } : {}),
    ...(item.before === undefined ? {} : { before: item.before }),
    ...(item.after === undefined ? {} : { after: item.after }),
  };
}

/** One entity's audit trail, oldest first: one Query. The trail is append-only; nothing here changes it. */
export async function trail(
  app: AppContext,
  entity: { entityType: string; entityId: string },
  page: PageQuery,
): Promise<Page<AuditEntryView>> {
  const result = await app.store.entities.audit.query
    .byEntity(entity)
    .go({ limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: result.data.map(toView), cursor: result.cursor ?? null };
}
