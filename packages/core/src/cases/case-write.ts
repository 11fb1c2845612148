import type { AppContext } from "../context.js";
import { assertCommitted, cancellationCode, retryingConflicts } from "../db/transactions.js";
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
