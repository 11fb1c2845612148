import type { caseStatuses } from "../entities/case.js";
import { Conflict } from "../errors.js";

export type CaseStatus = (typeof caseStatuses)[number];

/** A case is being worked while in one of these; it may be cancelled (or withdrawn) from any of them. */
export const openStatuses = [
  "new",
  "open",
  "pending_customer",
  "pending_internal",
  "submitted",
  "documents_pending",
  "under_review",
  "approved",
] as const satisfies CaseStatus[];
/** Nothing leaves these. */
export const terminalStatuses = [
  "closed",
  "cancelled",
  "completed",
  "rejected",
  "withdrawn",
] as const satisfies CaseStatus[];

/** Every move the generic lifecycle knows, before the reopen window is considered (listed in status order). */
const moves: Readonly<Partial<Record<CaseStatus, readonly CaseStatus[]>>> = {
  new: ["open", "cancelled"],
  open: ["pending_customer", "pending_internal", "resolved", "cancelled"],
  pending_customer: ["open", "resolved", "cancelled"],
  pending_internal: ["open", "resolved", "cancelled"],
  resolved: ["open", "closed"],
  closed: [],
  cancelled: [],
};

/**
 * A vehicle transfer's own lifecycle. `completed` is not here: a transfer reaches it only through its
 * completion (vehicles/complete.ts), which moves ownership and plates in the same transaction.
 */
const transferMoves: Readonly<Partial<Record<CaseStatus, readonly CaseStatus[]>>> = {
  submitted: ["documents_pending", "under_review", "rejected", "withdrawn"],
  documents_pending: ["under_review", "rejected", "withdrawn"],
  under_review: ["documents_pending", "approved", "rejected", "withdrawn"],
  approved: ["rejected", "withdrawn"],
  completed: [],
  rejected: [],
  withdrawn: [],
};

const movesByType: Readonly<Record<string, typeof moves>> = { vehicle_transfer: transferMoves };

/** The status a new case of this type starts in. */
export function initialStatus(type: string): CaseStatus {
  return type === "vehicle_transfer" ? "submitted" : "new";
}

const dayMs = 86_400_000;

/** What the lifecycle needs to know about a case. */
export interface LifecycleState {
  readonly status: CaseStatus;
  /** The case type: a vehicle_transfer has its own lifecycle; every other type shares the generic one. */
  readonly type?: string | undefined;
  readonly resolvedAt?: string | undefined;
}

export function isTerminal(status: CaseStatus): boolean {
  return (terminalStatuses as readonly CaseStatus[]).includes(status);
}

/** True for resolved → open: the case counts one more reopen. */
export function isReopen(from: CaseStatus, to: CaseStatus): boolean {
  return from === "resolved" && to === "open";
}

/** The instant after which a resolved case can no longer be reopened (epoch ms). */
export function reopenDeadline(resolvedAt: string, reopenWindowDays: number): number {
  return Date.parse(resolvedAt) + reopenWindowDays * dayMs;
}

/** The statuses this case may move to now. */
export function allowedTransitions(caseItem: LifecycleState, now: Date, reopenWindowDays: number): CaseStatus[] {
  const allowed = (movesByType[caseItem.type ?? ""] ?? moves)[caseItem.status] ?? [];
  if (caseItem.status !== "resolved") return [...allowed];
  const { resolvedAt } = caseItem;
  const canReopen = resolvedAt !== undefined && now.getTime() < reopenDeadline(resolvedAt, reopenWindowDays);
  return allowed.filter((to) => to !== "open" || canReopen);
}

/** Refuses a move the lifecycle does not allow, naming the ones it does (the 409 problem carries them). */
export function assertTransition(caseItem: LifecycleState, to: CaseStatus, now: Date, reopenWindowDays: number): void {
  const allowed = allowedTransitions(caseItem, now, reopenWindowDays);
  if (allowed.includes(to)) return;
  throw new Conflict(`${describe(caseItem, to, reopenWindowDays)}; allowed: ${allowed.join(", ") || "none"}`, {
    current: caseItem.status,
    allowed,
  });
}

function describe({ status, type, resolvedAt }: LifecycleState, to: CaseStatus, reopenWindowDays: number): string {
  if (isTerminal(status)) return `A ${status} case cannot change its status`;
  if (type === "vehicle_transfer" && to === "completed") {
    return "A transfer is completed only through POST /cases/{id}/transfer/complete, once approved";
  }
  if (status === to) return `The case is already ${status}`;
  if (isReopen(status, to) && resolvedAt) {
    const ended = new Date(reopenDeadline(resolvedAt, reopenWindowDays)).toISOString();
    return `The reopen window of ${reopenWindowDays} days ended at ${ended}`;
  }
  return `A ${status} case cannot move to ${to}`;
}
