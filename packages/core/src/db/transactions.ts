import { Conflict, Unprocessable } from "../errors.js";

interface CanceledItem {
  rejected?: boolean;
  code?: string;
  message?: string;
}

/**
 * ElectroDB resolves a cancelled transaction with `{ canceled: true }` instead of throwing.
 * This turns the cancellation into the domain error that the failed condition means.
 */
export function assertCommitted(
  result: { canceled: boolean; data: readonly unknown[] },
  reasons: readonly (string | { conflict: string } | undefined)[],
): void {
  if (!result.canceled) return;
  const items = result.data as readonly CanceledItem[];
  const failed = items.findIndex((item) => item?.rejected && item.code === "ConditionalCheckFailed");
  const reason = failed >= 0 ? reasons[failed] : undefined;
  if (typeof reason === "string") throw new Unprocessable(reason);
  if (reason) throw new Conflict(reason.conflict);
  const codes = items.map((item) => item?.code ?? "None").join(", ");
  throw new Error(`Transaction cancelled: ${codes}`);
}

/** True when a single-item write was refused by its condition (ElectroDB wraps the SDK's error). */
export function isConditionFailure(error: unknown): boolean {
  const cause = (error as { cause?: { name?: string } })?.cause;
  if (cause?.name === "ConditionalCheckFailedException") return true;
  return String((error as Error)?.message ?? "").includes("conditional request failed");
}
