import type { z } from "zod";
import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem } from "../entities/store.js";
import { Conflict } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { type CaseRemovable, type CaseSet, commitCaseChange, loadAt } from "./case-write.js";
import { isTerminal } from "./lifecycle.js";
import { type CaseView, defaultQueue, type UpdateCaseInput, updateCaseInput } from "./schemas.js";
import { toView } from "./view.js";

export type CaseFieldsChange = z.output<typeof updateCaseInput>;

/** PATCH: changes a case's fields at the version the caller read (If-Match). */
export async function update(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: UpdateCaseInput,
  expectedVersion: number,
): Promise<CaseView> {
  const change = updateCaseInput.parse(input);
  return applyUpdate(app, meta, await loadAt(app, caseId, expectedVersion), change);
}

/**
 * Applies a change to the case as read. A change that alters nothing writes nothing (no new version,
 * no audit entry): the caller's intent already holds.
 */
export async function applyUpdate(
  app: AppContext,
  meta: RequestMeta,
  current: CaseItem,
  change: CaseFieldsChange,
): Promise<CaseView> {
  if (isTerminal(current.status)) {
    throw new Conflict(`Case ${current.number} is ${current.status}: its fields can no longer change`, {
      current: current.status,
    });
  }
  const { set, remove, changed } = diff(current, change);
  if (changed.length === 0) return toView(current);
  const now = app.clock().toISOString();
  const version = current.version + 1;
  const after: CaseItem = { ...current, ...set, updatedAt: now, version };
  for (const field of remove) delete after[field];
  const before = toView(current);
  const view = toView(after);
  await commitCaseChange(app, current, {
    set: { ...set, updatedAt: now, version },
    remove,
    audit: auditEntryFor(meta, now, {
      entityType: "case",
      entityId: current.caseId,
      action: "update",
      before,
      after: view,
    }),
    event: outboxEventFor(meta, now, "case.updated", { caseId: current.caseId, changed, version }),
  });
  return view;
}

/** Only what really differs from the stored case; "" (description) and null (assignee) remove. */
function diff(current: CaseItem, change: CaseFieldsChange) {
  const set: CaseSet = {};
  const remove: ("description" | "assigneeId")[] = [];
  const changed: string[] = [];
  const put = <K extends "subject" | "category" | "priority" | "queue">(field: K, value: CaseItem[K] | undefined) => {
    const stored = field === "queue" ? (current.queue ?? defaultQueue) : current[field];
    if (value === undefined || value === stored) return;
    Object.assign(set, { [field]: value });
    changed.push(field);
  };
  put("subject", change.subject);
  put("category", change.category);
  put("priority", change.priority);
  put("queue", change.queue);
  for (const field of ["description", "assigneeId"] as const) {
    const value = change[field];
    if (value === undefined) continue;
    const clears = value === "" || value === null;
    if (clears ? current[field] === undefined : value === current[field]) continue;
    if (clears) remove.push(field);
    else Object.assign(set, { [field]: value });
    changed.push(field);
  }
  return { set, remove: remove as CaseRemovable[], changed };
}
