import type { caseStatuses } from "../entities/case.js";
import { Conflict } from "../errors.js";

export type CaseStatus = (typeof caseStatuses)[number];

/** A case is being worked while in one of these; it may be cancelled from any of them. */
export const openStatuses = ["new", "open", "pending_customer", "pending_internal"] as const satisfies CaseStatus[];
/** Nothing leaves these. */
export const terminalStatuses = ["closed", "cancelled"] as const satisfies CaseStatus[];

/** Every move the lifecycle knows, before the reopen window is considered (listed in status order). */
const moves: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ["open", "cancelled"],
  open: ["pending_customer", "pending_internal", "resolved", "cancelled"],
  pending_customer: ["open", "resolved", "cancelled"],
  pending_internal: ["open", "resolved", "cancelled"],
  resolved: ["open", "closed"],
  closed: [],
  cancelled: [],
};

const dayMs = 86_400_000;

/** What the lifecycle needs to know about a case. */
export interface LifecycleState {
  readonly status: CaseStatus;
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
  const allowed = moves[caseItem.status];
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

function describe({ status, resolvedAt }: LifecycleState, to: CaseStatus, reopenWindowDays: number): string {
  if (isTerminal(status)) return `A ${status} case cannot change its status`;
  if (status === to) return `The case is already ${status}`;
  if (isReopen(status, to) && resolvedAt) {
    const ended = new Date(reopenDeadline(resolvedAt, reopenWindowDays)).toISOString();
    return `The reopen window of ${reopenWindowDays} days ended at ${ended}`;
  }
  return `A ${status} case cannot move to ${to}`;
}
