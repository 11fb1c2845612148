import { ulid } from "ulidx";
import type { z } from "zod";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { CaseItem } from "../entities/store.js";
import { NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { nextCaseNumber } from "./case-number.js";
import { type CaseView, type CreateCaseInput, createCaseInput } from "./schemas.js";

export function toView(item: CaseItem): CaseView {
  return {
    id: item.caseId,
    number: item.number,
    customerId: item.customerId,
    subject: item.subject,
    ...(item.description ? { description: item.description } : {}),
    type: item.type,
    priority: item.priority,
    channel: item.channel,
    status: item.status,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/**
 * Opens a case for an existing customer. Refuses a missing customer before anything is written
 * (not even a case number is taken), then stores the case through `open`.
 */
export async function create(app: AppContext, meta: RequestMeta, input: CreateCaseInput): Promise<CaseView> {
  const valid = createCaseInput.parse(input);
  const { data: customer } = await app.store.entities.customer.get({ customerId: valid.customerId }).go();
  if (!customer)
    throw new Unprocessable(`Customer ${valid.customerId} does not exist`, { customerId: valid.customerId });
  return open(app, meta, valid, await nextCaseNumber(app.store));
}

/**
 * The write itself: the case, its audit entry and its `case.created` event in one transaction, with
 * the customer's existence as a condition of that same transaction (it may vanish after the check above).
 */
export async function open(
  app: AppContext,
  meta: RequestMeta,
  valid: z.output<typeof createCaseInput>,
  number: string,
): Promise<CaseView> {
  const now = app.clock().toISOString();
  const item = {
    caseId: ulid(),
    number,
    ...valid,
    status: "new" as const,
    createdAt: now,
    createdBy: meta.actor.sub,
    updatedAt: now,
    version: 1,
  };
  const view = toView(item as CaseItem);
  const result = await app.store.transaction
    .write(({ customer, case: kase, audit, outbox }) => [
      customer
        .check({ customerId: valid.customerId })
        .where((attr, op) => op.exists(attr.customerId))
        .commit(),
      kase.create(item).commit(),
      audit
        .create(auditEntryFor(meta, now, { entityType: "case", entityId: item.caseId, action: "create", after: view }))
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "case.created", {
            caseId: item.caseId,
            number,
            customerId: item.customerId,
            type: item.type,
            priority: item.priority,
            createdAt: now,
          }),
        )
        .commit(),
    ])
    .go();
  assertCommitted(result, [
    `Customer ${valid.customerId} does not exist`,
    { conflict: "A case with this id already exists" },
  ]);
  return view;
}

export async function get(app: AppContext, caseId: string): Promise<CaseView> {
  const { data } = await app.store.entities.case.get({ caseId }).go();
  if (!data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  return toView(data);
}
