import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { CustomerItem } from "../entities/store.js";
import { Conflict, NotFound, PreconditionFailed } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import { customerSearchEntries, diffSearchEntries } from "../search/entries.js";
import {
  type CreateCustomerInput,
  type CustomerView,
  createCustomerInput,
  type UpdateCustomerInput,
  updateCustomerInput,
} from "./schemas.js";

const optionalFields = [
  "names",
  "preferredChannel",
  "preferredLanguage",
  "creditLimit",
  "preferences",
  "demographics",
  "mergedInto",
] as const;

export function toView(item: CustomerItem): CustomerView {
  const view: Record<string, unknown> = {
    id: item.customerId,
    kind: item.kind,
    status: item.status ?? "active",
    displayName: item.displayName,
    emails: item.emails ?? [],
    phones: item.phones ?? [],
    addresses: item.addresses ?? [],
    tier: item.tier,
    consents: item.consents ?? [],
    externalIds: item.externalIds ?? [],
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
  for (const field of optionalFields) if (item[field] !== undefined) view[field] = item[field];
  return view as CustomerView;
}

/**
 * Creates a customer with its search entries, audit entry and `customer.created` event in one
 * transaction; with an Idempotency-Key, a retry answers the first result and creates nothing.
 */
export async function create(app: AppContext, meta: RequestMeta, input: CreateCustomerInput): Promise<CustomerView> {
  const valid = createCustomerInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<CustomerView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const now = app.clock().toISOString();
  const item = {
    customerId: ulid(),
    ...valid,
    status: "active" as const,
    tier: valid.tier ?? "standard",
    createdAt: now,
    createdBy: meta.actor.sub,
    updatedAt: now,
    version: 1,
  };
  const view = toView(item as CustomerItem);
  const entries = customerSearchEntries(view);
  const idempotency = meta.idempotency;
  const result = await app.store.transaction
    .write(({ customer, audit, outbox, search, idempotency: records }) => [
      customer.create(item).commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "customer",
            entityId: item.customerId,
            action: "create",
            after: view,
          }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "customer.created", {
            customerId: item.customerId,
            kind: item.kind,
            displayName: item.displayName,
          }),
        )
        .commit(),
      ...(idempotency
        ? [
            records
              .create(
                idempotencyRecord(idempotency, now, { type: "customer", id: item.customerId, status: 201, body: view }),
              )
              .commit(),
          ]
        : []),
      ...entries.map((entry) => search.put(entry).commit()),
    ])
    .go();
  const replay = await replayIfKeyTaken<CustomerView>(app, idempotency, result, 3);
  if (replay) return replay;
  assertCommitted(result, [{ conflict: "A customer with this id already exists" }]);
  return view;
}

/** The stored customer, tombstones included (callers redirect those). */
export async function find(app: AppContext, customerId: string): Promise<CustomerView | undefined> {
  const { data } = await app.store.entities.customer.get({ customerId }).go();
  return data ? toView(data) : undefined;
}

export async function get(app: AppContext, customerId: string): Promise<CustomerView> {
  const view = await find(app, customerId);
  if (!view) throw new NotFound(`Customer ${customerId} does not exist`, { customerId });
  return view;
}

/**
 * Changes a customer at the version the caller read (If-Match). Null removes an optional field;
 * lists are replaced whole. Search entries follow in the same transaction.
 */
export async function update(
  app: AppContext,
  meta: RequestMeta,
  customerId: string,
  input: UpdateCustomerInput,
  expectedVersion: number,
): Promise<CustomerView> {
  const changes = updateCustomerInput.parse(input) as Record<string, unknown>;
  const before = await get(app, customerId);
  if (before.status === "merged") {
    throw new Conflict(`Customer ${customerId} was merged into ${before.mergedInto}; change that one`, {
      mergedInto: before.mergedInto,
    });
  }
  if (before.version !== expectedVersion) {
    throw new PreconditionFailed(`Customer ${customerId} is at version ${before.version}, not ${expectedVersion}`, {
      currentVersion: before.version,
    });
  }
  const now = app.clock().toISOString();
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) remove.push(field);
    else set[field] = value;
  }
  const after = {
    ...before,
    ...set,
    ...Object.fromEntries(remove.map((field) => [field, field === "emails" || field === "phones" ? [] : undefined])),
    updatedAt: now,
    version: before.version + 1,
  } as CustomerView;
  for (const field of remove)
    if (after[field as keyof CustomerView] === undefined) delete after[field as keyof CustomerView];
  const changed = Object.keys(changes);
  const { remove: staleEntries, add: newEntries } = diffSearchEntries(
    customerSearchEntries(before),
    customerSearchEntries(after),
  );
  const beforeChanged = Object.fromEntries(changed.map((field) => [field, before[field as keyof CustomerView]]));
  const afterChanged = Object.fromEntries(changed.map((field) => [field, after[field as keyof CustomerView]]));

  const result = await app.store.transaction
    .write(({ customer, audit, outbox, search }) => [
      (remove.length > 0
        ? customer
            .patch({ customerId })
            .set({ ...set, updatedAt: now, version: before.version + 1 })
            .remove(remove as never)
        : customer.patch({ customerId }).set({ ...set, updatedAt: now, version: before.version + 1 })
      )
        .where((attr, op) => `${op.eq(attr.version, expectedVersion)} AND ${op.eq(attr.status, "active")}`)
        .commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "customer",
            entityId: customerId,
            action: "update",
            before: beforeChanged,
            after: afterChanged,
          }),
        )
        .commit(),
      outbox.create(outboxEventFor(meta, now, "customer.updated", { customerId, changed })).commit(),
      ...staleEntries.map((entry) => search.delete(entry).commit()),
      ...newEntries.map((entry) => search.put(entry).commit()),
    ])
    .go();
  if (result.canceled) {
    const current = await get(app, customerId);
    throw new PreconditionFailed(`Customer ${customerId} changed meanwhile (now version ${current.version})`, {
      currentVersion: current.version,
    });
  }
  return after;
}
