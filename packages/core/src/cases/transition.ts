import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem } from "../entities/store.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { transitionGuard } from "./case-types.js";
import { type CaseRemovable, commitCaseChange, loadAt } from "./case-write.js";
import { assertTransition, type CaseStatus, isReopen, isTerminal } from "./lifecycle.js";
import { type CaseView, type StatusChange, type TransitionInput, transitionInput } from "./schemas.js";
import { historyOf, toView } from "./view.js";

/**
 * Moves a case through its lifecycle at the version the caller read (If-Match). The move is judged
 * on that version: when the stored one differs, 412 wins over 409.
 */
export async function transition(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: TransitionInput,
  expectedVersion: number,
): Promise<CaseView> {
  const move = transitionInput.parse(input);
  return applyTransition(app, meta, await loadAt(app, caseId, expectedVersion), move);
}

export async function applyTransition(
  app: AppContext,
  meta: RequestMeta,
  current: CaseItem,
  move: { to: CaseStatus; reason?: string | undefined },
): Promise<CaseView> {
  const clock = app.clock();
  assertTransition(current, move.to, clock, app.settings.reopenWindowDays);
  const guard = await transitionGuard(app, current, move.to);
  const now = clock.toISOString();
  const from = current.status;
  const { to, reason } = move;
  const version = current.version + 1;
  const step: StatusChange = { from, to, at: now, by: meta.actor.sub, ...(reason ? { reason } : {}) };
  const set = {
    status: to,
    statusHistory: [...historyOf(current), step],
    updatedAt: now,
    version,
    // resolvedAt marks the current resolution only: the reopen window counts from it.
    ...(to === "resolved" ? { resolvedAt: now } : {}),
    ...(isTerminal(to) ? { closedAt: now } : {}),
    ...(isReopen(from, to) ? { reopenCount: (current.reopenCount ?? 0) + 1 } : {}),
  };
  const remove: CaseRemovable[] = from === "resolved" ? ["resolvedAt"] : [];
  const after: CaseItem = { ...current, ...set };
  for (const field of remove) delete after[field];
  const view = toView(after);
  await commitCaseChange(app, current, {
    set,
    remove,
    audit: auditEntryFor(meta, now, {
      entityType: "case",
      entityId: current.caseId,
      action: "transition",
      before: toView(current),
      after: view,
    }),
    event: outboxEventFor(meta, now, "case.status_changed", {
      caseId: current.caseId,
      from,
      to,
      at: now,
      ...(reason ? { reason } : {}),
      version,
    }),
    guard,
  });
  return view;
}
