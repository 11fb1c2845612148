import type { AppContext } from "../context.js";
import { assertCommitted, cancellationCode, retryingConflicts } from "../db/transactions.js";
import type { CaseItem, Store } from "../entities/store.js";
import { Conflict, NotFound, PreconditionFailed } from "../errors.js";
import type { auditEntryFor, outboxEventFor } from "../events/change.js";

type CasePatch = ReturnType<Store["entities"]["case"]["patch"]>;
/** What a change sets and removes on the stored case (ElectroDB's own types, so a typo does not compile). */
export type CaseSet = Parameters<CasePatch["set"]>[0];
export type CaseRemovable = Parameters<CasePatch["remove"]>[0][number];

/** The entities a `transaction.write` callback receives. */
export type TransactionEntities = Parameters<Parameters<Store["transaction"]["write"]>[0]>[0];
type Committed<E extends keyof TransactionEntities> = ReturnType<ReturnType<TransactionEntities[E]["check"]>["commit"]>;
/** One item of a write transaction, of any entity, as its `.commit()` makes it. */
export type TransactionItem = { [E in keyof TransactionEntities]: Committed<E> }[keyof TransactionEntities];

/**
 * Items of several entities in one list: ElectroDB types each item by its entity, and a mixed list
 * built outside the `write` callback's own array literal cannot be inferred, so it is named here once.
 */
export function transactionItems(items: readonly unknown[]): TransactionItem[] {
  return items as TransactionItem[];
}

/** Items a case type adds to a change of its cases (conditions on its own data), and why they may fail. */
export interface CaseGuard {
  readonly items: (entities: TransactionEntities) => TransactionItem[];
  /** The conflict to report when one of `items` fails its condition. */
  readonly conflict: string;
}

export interface CaseChange {
  readonly set: CaseSet;
  readonly remove: readonly CaseRemovable[];
  readonly audit: ReturnType<typeof auditEntryFor>;
  readonly event: ReturnType<typeof outboxEventFor>;
  readonly guard?: CaseGuard | undefined;
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
      .write((entities) => [
        entities.case
          .patch({ caseId })
          .set(change.set)
          .remove([...change.remove])
          .where((attr, op) => op.eq(attr.version, version))
          .commit(),
        entities.audit.create(change.audit).commit(),
        entities.outbox.create(change.event).commit(),
        ...(change.guard ? change.guard.items(entities) : []),
      ])
      .go(),
  );
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    const now = await app.store.entities.case.get({ caseId }).go();
    if (!now.data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
    throw stale(caseId, now.data.version, version);
  }
  const guardFailed = (result.data as { code?: string }[])
    .slice(3)
    .some((item) => item?.code === "ConditionalCheckFailed");
  if (change.guard && result.canceled && guardFailed) throw new Conflict(change.guard.conflict);
  assertCommitted(result, [
    undefined,
    { conflict: "An audit entry with this id already exists" },
    { conflict: "An event with this id already exists" },
  ]);
}
