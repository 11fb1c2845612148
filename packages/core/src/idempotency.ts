import type { AppContext, IdempotencyRequest } from "./context.js";
import { cancellationCode, type TransactionResult } from "./db/transactions.js";
import { idempotencyRetentionSeconds } from "./entities/idempotency-record.js";
import { IdempotencyKeyReused } from "./errors.js";

export interface IdempotentResult<T> {
  readonly status: number;
  readonly body: T;
  /** True when this is the replay of an earlier request's result. */
  readonly replayed: boolean;
}

/**
 * The first result recorded under this key, if any. A create looks first, so a plain retry does no
 * work at all; a concurrent duplicate that slips past this check is stopped by the record's own
 * condition inside the create's transaction, and then finds the record here.
 */
export async function priorResult<T>(
  app: AppContext,
  request: IdempotencyRequest,
): Promise<IdempotentResult<T> | undefined> {
  const { data } = await app.store.entities.idempotency.get({ scope: request.scope, key: request.key }).go();
  if (!data || data.expiresAt * 1000 < app.clock().getTime()) return undefined;
  if (data.requestHash !== request.requestHash) {
    throw new IdempotencyKeyReused("This Idempotency-Key was already used with a different request", {
      idempotencyKey: request.key,
    });
  }
  return { status: data.status, body: data.response as T, replayed: true };
}

/** The record to put in the create's transaction (ElectroDB `create`: it fails if the key exists). */
export function idempotencyRecord(
  request: IdempotencyRequest,
  at: string,
  result: { type: string; id: string; status: number; body: unknown },
) {
  return {
    scope: request.scope,
    key: request.key,
    requestHash: request.requestHash,
    resultType: result.type,
    resultId: result.id,
    status: result.status,
    response: result.body,
    createdAt: at,
    expiresAt: Math.floor(Date.parse(at) / 1000) + idempotencyRetentionSeconds,
  };
}

/** After a create's transaction was cancelled by the key's condition: answer with the winner's result. */
export async function replayAfterRace<T>(app: AppContext, request: IdempotencyRequest): Promise<IdempotentResult<T>> {
  const prior = await priorResult<T>(app, request);
  if (!prior) throw new Error("Idempotency record vanished after a conflicting create");
  return prior;
}

/**
 * After a create's transaction: when item `recordIndex` (the key's record) was refused by its
 * condition, a concurrent request with the same key created first, and this one answers with its
 * result. Undefined when there was no key or the key was not the reason.
 */
export async function replayIfKeyTaken<T>(
  app: AppContext,
  request: IdempotencyRequest | undefined,
  result: TransactionResult,
  recordIndex: number,
): Promise<T | undefined> {
  if (!request || cancellationCode(result, recordIndex) !== "ConditionalCheckFailed") return undefined;
  return (await replayAfterRace<T>(app, request)).body;
}
