import type { CaseItem } from "../entities/store.js";
import { type CaseView, defaultQueue, type StatusChange } from "./schemas.js";

/** A case's status history; cases stored before it was kept start with their creation. */
export function historyOf(item: CaseItem): StatusChange[] {
  const stored = item.statusHistory as StatusChange[] | undefined;
  return stored?.length ? stored : [{ to: "new", at: item.createdAt, by: item.createdBy }];
}

export function toView(item: CaseItem): CaseView {
  return {
    id: item.caseId,
    number: item.number,
    customerId: item.customerId,
    subject: item.subject,
    ...(item.description ? { description: item.description } : {}),
    type: item.type,
    ...(item.category ? { category: item.category } : {}),
    priority: item.priority,
    channel: item.channel,
    status: item.status,
    queue: item.queue ?? defaultQueue,
    ...(item.assigneeId ? { assigneeId: item.assigneeId } : {}),
    customFields: (item.customFields as CaseView["customFields"] | undefined) ?? {},
    relatedCaseIds: item.relatedCaseIds ?? [],
    holdingIds: item.holdingIds ?? [],
    statusHistory: historyOf(item),
    ...(item.resolvedAt ? { resolvedAt: item.resolvedAt } : {}),
    ...(item.closedAt ? { closedAt: item.closedAt } : {}),
    reopenCount: item.reopenCount ?? 0,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}
