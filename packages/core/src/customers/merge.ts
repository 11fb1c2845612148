import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem, HoldingItem, InteractionItem } from "../entities/store.js";
import { Conflict, NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { customerSearchEntries, diffSearchEntries } from "../search/entries.js";
import { find } from "./customer.js";
import type { CustomerView } from "./schemas.js";

export interface MergeResult {
  readonly survivorId: string;
  readonly duplicateId: string;
  readonly moved: { cases: number; interactions: number; holdings: number };
}

/** Items moved per transaction: each move is a patch plus its audit entry, under DynamoDB's 100. */
const moveBatch = 40;

/**
 * Merges `duplicateId` into `survivorId`: moves its cases, interactions and holdings, adds its
 * contact points, external ids and consents to the survivor, and leaves the duplicate as a tombstone
 * pointing at the survivor. Every step is safe to repeat, so a retry after any failure finishes the
 * job, and a merge that already happened changes nothing.
 */
export async function merge(
  app: AppContext,
  meta: RequestMeta,
  survivorId: string,
  duplicateId: string,
): Promise<MergeResult> {
  if (survivorId === duplicateId) throw new Unprocessable("A customer cannot be merged into itself");
  const [survivor, duplicate] = await Promise.all([find(app, survivorId), find(app, duplicateId)]);
  if (!survivor) throw new NotFound(`Customer ${survivorId} does not exist`, { customerId: survivorId });
  if (!duplicate) throw new Unprocessable(`Customer ${duplicateId} does not exist`, { duplicateId });
  if (survivor.status === "merged") {
    throw new Conflict(`Customer ${survivorId} was itself merged into ${survivor.mergedInto}; merge into that one`);
  }
  const none = { cases: 0, interactions: 0, holdings: 0 };
  if (duplicate.status === "merged") {
    if (duplicate.mergedInto === survivorId) return { survivorId, duplicateId, moved: none };
    throw new Conflict(`Customer ${duplicateId} was already merged into ${duplicate.mergedInto}`);
  }

  const moved = await moveChildren(app, meta, duplicateId, survivorId);
  await tombstone(app, meta, survivor, duplicate);
  // Anything added to the duplicate while the tombstone was being written follows too.
  const late = await moveChildren(app, meta, duplicateId, survivorId);
  return {
    survivorId,
    duplicateId,
    moved: {
      cases: moved.cases + late.cases,
      interactions: moved.interactions + late.interactions,
      holdings: moved.holdings + late.holdings,
    },
  };
}

/** Re-points every case, interaction and holding of `from` at `to`, a batch per transaction. */
async function moveChildren(app: AppContext, meta: RequestMeta, from: string, to: string) {
  const moved = { cases: 0, interactions: 0, holdings: 0 };
  for (;;) {
    // Moved items leave the partition, so each round reads it from the start again.
    const page = await app.store.collections.customer360({ customerId: from }).go({ limit: moveBatch + 1 });
    const cases = page.data.case.slice(0, moveBatch);
    const holdings = page.data.holding.slice(0, moveBatch - cases.length);
    const interactions = page.data.interaction.slice(0, moveBatch - cases.length - holdings.length);
    if (cases.length + holdings.length + interactions.length === 0) return moved;
    const now = app.clock().toISOString();
    const audit = (entityType: string, entityId: string) =>
      auditEntryFor(meta, now, {
        entityType,
        entityId,
        action: "merge",
        before: { customerId: from },
        after: { customerId: to },
      });
    const result = await app.store.transaction
      .write(({ case: kase, holding, interaction, audit: trail }) => [
        ...cases.map((item: CaseItem) =>
          // A moved case is a changed case: a new version, so ETags read before the merge go stale.
          kase
            .patch({ caseId: item.caseId })
            .set({ customerId: to, updatedAt: now })
            .add({ version: 1 })
            .where((attr, op) => op.eq(attr.customerId, from))
            .commit(),
        ),
        ...holdings.map((item: HoldingItem) =>
          holding
            .patch({ holdingId: item.holdingId })
            .set({ customerId: to, updatedAt: now })
            .add({ version: 1 })
            .where((attr, op) => op.eq(attr.customerId, from))
            .commit(),
        ),
        ...interactions.map((item: InteractionItem) =>
          interaction
            .patch({ interactionId: item.interactionId })
            .set({ customerId: to })
            .where((attr, op) => op.eq(attr.customerId, from))
            .commit(),
        ),
        ...cases.map((item) => trail.create(audit("case", item.caseId)).commit()),
        ...holdings.map((item) => trail.create(audit("holding", item.holdingId)).commit()),
        ...interactions.map((item) => trail.create(audit("interaction", item.interactionId)).commit()),
      ])
      .go();
    // A cancelled batch (an item moved by a concurrent retry) is simply read again.
    if (!result.canceled) {
      moved.cases += cases.length;
      moved.holdings += holdings.length;
      moved.interactions += interactions.length;
    }
  }
}

function unionBy<T>(
  first: readonly T[],
  second: readonly T[],
  keyOf: (item: T) => string,
  demote: (item: T) => T,
): T[] {
  const seen = new Set(first.map(keyOf));
  return [...first, ...second.filter((item) => !seen.has(keyOf(item))).map(demote)];
}

/** The survivor's profile with the duplicate's contact points, ids and consents added (its own stay primary). */
export function absorb(survivor: CustomerView, duplicate: CustomerView): Partial<CustomerView> {
  return {
    emails: unionBy(
      survivor.emails,
      duplicate.emails,
      (e) => e.address,
      (e) => ({ ...e, primary: false }),
    ),
    phones: unionBy(
      survivor.phones,
      duplicate.phones,
      (p) => p.number,
      (p) => ({ ...p, primary: false }),
    ),
    addresses: unionBy(
      survivor.addresses,
      duplicate.addresses,
      (a) => JSON.stringify([a.lines, a.city, a.country]),
      (a) => a,
    ),
    externalIds: unionBy(
      survivor.externalIds,
      duplicate.externalIds,
      (x) => `${x.system}\u0000${x.value}`,
      (x) => x,
    ),
    consents: unionBy(
      survivor.consents,
      duplicate.consents,
      (c) => `${c.purpose}\u0000${c.grantedAt}`,
      (c) => c,
    ),
  };
}

/** One transaction: the survivor absorbs, the duplicate becomes a tombstone, search follows, both audited. */
async function tombstone(app: AppContext, meta: RequestMeta, survivor: CustomerView, duplicate: CustomerView) {
  const now = app.clock().toISOString();
  const absorbed = absorb(survivor, duplicate);
  const after = { ...survivor, ...absorbed, updatedAt: now, version: survivor.version + 1 };
  const { add } = diffSearchEntries(customerSearchEntries(survivor), customerSearchEntries(after));
  const result = await app.store.transaction
    .write(({ customer, audit, outbox, search }) => [
      customer
        .patch({ customerId: survivor.id })
        .set({ ...absorbed, updatedAt: now, version: survivor.version + 1 })
        .where((attr, op) => `${op.eq(attr.version, survivor.version)} AND ${op.eq(attr.status, "active")}`)
        .commit(),
      customer
        .patch({ customerId: duplicate.id })
        .set({ status: "merged", mergedInto: survivor.id, updatedAt: now, version: duplicate.version + 1 })
        .where((attr, op) => op.eq(attr.status, "active"))
        .commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "customer",
            entityId: survivor.id,
            action: "merge",
            before: { mergedFrom: duplicate.id, ...pick(survivor) },
            after: { mergedFrom: duplicate.id, ...pick(after) },
          }),
        )
        .commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "customer",
            entityId: duplicate.id,
            action: "merge",
            before: { status: "active" },
            after: { status: "merged", mergedInto: survivor.id },
          }),
        )
        .commit(),
      outbox
        .create(outboxEventFor(meta, now, "customer.merged", { survivorId: survivor.id, duplicateId: duplicate.id }))
        .commit(),
      ...customerSearchEntries(duplicate).map((entry) => search.delete(entry).commit()),
      ...add.map((entry) => search.put(entry).commit()),
    ])
    .go();
  if (result.canceled) {
    throw new Conflict("One of the customers changed while they were being merged; try again", {
      survivorId: survivor.id,
      duplicateId: duplicate.id,
    });
  }
}

function pick(view: CustomerView) {
  return {
    emails: view.emails,
    phones: view.phones,
    addresses: view.addresses,
    externalIds: view.externalIds,
    consents: view.consents,
  };
}
