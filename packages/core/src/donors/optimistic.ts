import type { AppContext, IdempotencyRequest } from "../context.js";
import type { TransactionResult } from "../db/transactions.js";
import type { Store } from "../entities/store.js";
import { Conflict, Unprocessable } from "../errors.js";
import { replayAfterRace } from "../idempotency.js";

export type TxEntities = Parameters<Parameters<Store["transaction"]["write"]>[0]>[0];

/**
 * What to make of an item's condition failing: "retry" when it guarded a value read just before (a
 * counter, a total's revision) and someone else changed it first; "idempotency" for the key's record;
 * otherwise the domain error it means.
 */
export type Refusal = "retry" | "idempotency" | { readonly unprocessable: string } | { readonly conflict: string };

export interface TxItem {
  readonly write: (entities: TxEntities) => unknown;
  readonly refused: Refusal;
}

export type Attempt<T> = { readonly items: readonly TxItem[]; readonly result: T } | { readonly done: T };

/** How long a write keeps trying against concurrent writers of the same counter or totals. */
const patienceMs = 60_000;

/**
 * Optimistic concurrency over several items: `plan` reads what it needs (strongly consistent) and
 * returns the transaction that writes the new values, each conditioned on the value it read. When
 * another writer got there first, it reads and plans again. This is how receipt numbers are
 * gap-free under contention (read the counter, write counter+1 with the gift, on condition).
 */
export async function commitOptimistically<T>(
  app: AppContext,
  idempotency: IdempotencyRequest | undefined,
  plan: (attempt: number) => Promise<Attempt<T>>,
): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (let attempt = 1; ; attempt++) {
    const planned = await plan(attempt);
    if ("done" in planned) return planned.done;
    const result = (await app.store.transaction
      .write((entities) => planned.items.map((item) => item.write(entities)) as never)
      .go()) as TransactionResult;
    if (!result.canceled) return planned.result;
    const codes = result.data.map((item) => (item as { code?: string } | undefined)?.code ?? "None");
    const refusals = planned.items.map((item, index) =>
      codes[index] === "ConditionalCheckFailed" ? item.refused : undefined,
    );
    const final = refusals.find((refusal) => refusal && refusal !== "retry");
    if (final === "idempotency" && idempotency) return (await replayAfterRace<T>(app, idempotency)).body;
    if (final && typeof final === "object") {
      if ("unprocessable" in final) throw new Unprocessable(final.unprocessable);
      throw new Conflict(final.conflict);
    }
    const contended = refusals.includes("retry") || codes.includes("TransactionConflict");
    if (!contended) throw new Error(`Transaction cancelled: ${codes.join(", ")}`);
    if (Date.now() > deadline) throw new Conflict("Too many concurrent changes to the same records: try again");
    await backoff(attempt);
  }
}

/** Full jitter, growing with the attempts, so many writers contending for one counter spread out. */
function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(1000, 4 * 2 ** Math.min(attempt, 8));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
