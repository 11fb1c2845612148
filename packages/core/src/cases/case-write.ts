import type { AppContext } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { CaseItem, Store } from "../entities/store.js";
import { NotFound, PreconditionFailed } from "../errors.js";
import type { auditEntryFor, outboxEventFor } from "../events/change.js";

type CasePatch = ReturnType<Store["entities"]["case"]["patch"]>;
/** What a change sets and removes on the stored case (ElectroDB's own types, so a typo does not compile). */
export type CaseSet = Parameters<CasePatch["set"]>[0];
export type CaseRemovable = Parameters<CasePatch["remove"]>[0][number];

export interface CaseChange {
  readonly set: CaseSet;
  readonly remove: readonly CaseRemovable[];
  readonly audit: ReturnType<typeof auditEntryFor>;
  readonly event: ReturnType<typeof outboxEventFor>;
}

interface TransactionResult {
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

export async function load(app: AppContext, caseId: string): Promise<CaseItem> {
  const { data } = await app.store.entities.case.get({ caseId }).go();
  if (!data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  return data;
}

/** The case at the version the caller read (If-Match): a later one means they decided on stale data. */
export async function loadAt(app: AppContext, caseId: string, expectedVersion: number): Promise<CaseItem> {
  const item = await load(app, caseId);
  if (item.version !== expectedVersion) throw stale(caseId, item.version, expectedVersion);
  return item;
}

function stale(caseId: string, currentVersion: number, expectedVersion: number) {
  return new PreconditionFailed(
    `Case ${caseId} is at version ${currentVersion}, not ${expectedVersion}: read it again`,
    {
      currentVersion,
    },
  );
}

/**
 * Writes a change to `current` with its audit entry and event in one transaction, guarded by
 * `version = current.version`. A failed guard means the case changed or vanished since it was read;
 * reading it again tells which (412 or 404).
 */
export async function commitCaseChange(app: AppContext, current: CaseItem, change: CaseChange): Promise<void> {
  const { caseId, version } = current;
  const result = await retryingConflicts(() =>
    app.store.transaction
      .write(({ case: kase, audit, outbox }) => [
        kase
          .patch({ caseId })
          .set(change.set)
          .remove([...change.remove])
          .where((attr, op) => op.eq(attr.version, version))
          .commit(),
        audit.create(change.audit).commit(),
        outbox.create(change.event).commit(),
      ])
      .go(),
  );
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    const now = await app.store.entities.case.get({ caseId }).go();
    if (!now.data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
    throw stale(caseId, now.data.version, version);
  }
  assertCommitted(result, [
    undefined,
    { conflict: "An audit entry with this id already exists" },
    { conflict: "An event with this id already exists" },
  ]);
}
