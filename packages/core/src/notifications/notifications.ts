import { z } from "zod";
import type { AppContext } from "../context.js";
import type { NotificationItem } from "../entities/store.js";
import type { Page, PageQuery } from "../pagination.js";

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  caseId: z.string(),
  message: z.string(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationView>;

function toView(item: NotificationItem): NotificationView {
  return {
    id: item.notificationId,
    kind: item.kind,
    caseId: item.caseId,
    message: item.message,
    detail: (item.detail as Record<string, unknown> | undefined) ?? {},
    createdAt: item.createdAt,
  };
}

/** The caller's own notifications, newest first. */
export async function listFor(app: AppContext, recipientId: string, page: PageQuery): Promise<Page<NotificationView>> {
  const result = await app.store.entities.notification.query
    .record({ recipientId })
    .go({ order: "desc", limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: result.data.map(toView), cursor: result.cursor ?? null };
}
