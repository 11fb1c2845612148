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

/** What ElectroDB's `transaction.write(...).go()` resolves with. */
export interface TransactionResult {
  readonly canceled: boolean;
  readonly data: readonly unknown[];
}

/** Why item `index` of a cancelled transaction was refused ("None" when it was not). */
export function cancellationCode(result: TransactionResult, index: number): string | undefined {
  if (!result.canceled) return undefined;
  return (result.data[index] as { code?: string } | undefined)?.code;
}

const conflictAttempts = 3;

/**
 * Runs a transaction again while DynamoDB cancels it only because another transaction touched one of
 * its items at the same moment (TransactionConflict): that says nothing about the conditions, so a
 * retry tells whether they hold. Condition failures are returned as they are.
 */
export async function retryingConflicts<R extends TransactionResult>(run: () => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const result = await run();
    const conflicted =
      result.canceled &&
      result.data.some((item) => (item as { code?: string } | undefined)?.code === "TransactionConflict");
    if (!conflicted || attempt >= conflictAttempts) return result;
    await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
  }
}
