import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { CustomerItem } from "../entities/store.js";
import { NotFound } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { type CreateCustomerInput, type CustomerView, createCustomerInput } from "./schemas.js";

export function toView(item: CustomerItem): CustomerView {
  return {
    id: item.customerId,
    kind: item.kind,
    displayName: item.displayName,
    emails: item.emails ?? [],
    phones: item.phones ?? [],
    ...(item.preferredLanguage ? { preferredLanguage: item.preferredLanguage } : {}),
    tier: item.tier,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/** Creates a customer with its audit entry and `customer.created` event in one transaction. */
export async function create(app: AppContext, meta: RequestMeta, input: CreateCustomerInput): Promise<CustomerView> {
  const valid = createCustomerInput.parse(input);
  const now = app.clock().toISOString();
  const item = {
    customerId: ulid(),
    ...valid,
    createdAt: now,
    createdBy: meta.actor.sub,
    updatedAt: now,
    version: 1,
  };
  const view = toView(item as CustomerItem);
  const result = await app.store.transaction
    .write(({ customer, audit, outbox }) => [
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
    ])
    .go();
  assertCommitted(result, [{ conflict: "A customer with this id already exists" }]);
  return view;
}

export async function get(app: AppContext, customerId: string): Promise<CustomerView> {
  const { data } = await app.store.entities.customer.get({ customerId }).go();
  if (!data) throw new NotFound(`Customer ${customerId} does not exist`, { customerId });
  return toView(data);
}
