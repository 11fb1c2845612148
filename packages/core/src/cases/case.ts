import { ulid } from "ulidx";
import type { z } from "zod";
import type { AppContext, RequestMeta } from "../context.js";
import { cursorFits } from "../db/cursors.js";
import { getRaw } from "../db/raw-reads.js";
import { assertCommitted, retryingConflicts } from "../db/transactions.js";
import type { CaseItem } from "../entities/store.js";
import { InvalidInput, NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import type { Page } from "../pagination.js";
import { nextCaseNumber } from "./case-number.js";
import { type CaseTypeCreation, prepareCreation } from "./case-types.js";
import { initialStatus } from "./lifecycle.js";
import { assertLinksExist } from "./links.js";
import { type CaseView, type CreateCaseInput, createCaseInput, defaultQueue } from "./schemas.js";
import { toView } from "./view.js";

export { bulk } from "./bulk.js";
export { transition } from "./transition.js";
export { update } from "./update.js";
export { toView };

/** A validated create; fields with schema defaults may be left out by callers that build one directly. */
export type OpenCaseInput = Omit<z.output<typeof createCaseInput>, "queue" | "transfer"> & {
  queue?: string | undefined;
};

/**
 * Opens a case for an existing customer. A retry with the same Idempotency-Key answers with the first
 * result before any work; a refused request (missing customer, related case or holding) is refused
 * before a case number is taken.
 */
export async function create(app: AppContext, meta: RequestMeta, input: CreateCaseInput): Promise<CaseView> {
  const valid = createCaseInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<CaseView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  // Links are checked while the customer is read; a missing customer is still the error reported.
  const linksChecked = assertLinksExist(app, valid.customerId, valid);
  linksChecked.catch(() => {});
  const { data: customer } = await app.store.entities.customer
    .get({ customerId: valid.customerId })
    .go({ attributes: ["customerId", "status", "mergedInto"] });
  if (!customer)
    throw new Unprocessable(`Customer ${valid.customerId} does not exist`, { customerId: valid.customerId });
  if (customer.status === "merged") {
    throw new Unprocessable(`Customer ${valid.customerId} was merged into ${customer.mergedInto}: use that one`, {
      customerId: valid.customerId,
      mergedInto: customer.mergedInto,
    });
  }
  await linksChecked;
  const typed = await prepareCreation(app, meta, valid);
  return open(app, meta, valid, await nextCaseNumber(app.store), typed);
}

/**
 * The write itself: the case, its audit entry, its `case.created` event and (with an Idempotency-Key)
 * the key's record in one transaction, with the customer's existence as a condition of that same
 * transaction (it may vanish after the check above). When a concurrent request with the same key won,
 * this one answers with the winner's result.
 */
export async function open(
  app: AppContext,
  meta: RequestMeta,
  valid: OpenCaseInput,
  number: string,
  typed?: CaseTypeCreation,
): Promise<CaseView> {
  const now = app.clock().toISOString();
  const status = initialStatus(valid.type);
  const item = {
    caseId: ulid(),
    number,
    customerId: valid.customerId,
    subject: valid.subject,
    ...(valid.description ? { description: valid.description } : {}),
    type: valid.type,
    ...(valid.category ? { category: valid.category } : {}),
    priority: valid.priority,
    channel: valid.channel,
    status,
    queue: valid.queue ?? defaultQueue,
    customFields: valid.customFields ?? {},
    relatedCaseIds: valid.relatedCaseIds ?? [],
    holdingIds: valid.holdingIds ?? [],
    statusHistory: [{ to: status, at: now, by: meta.actor.sub }],
    reopenCount: 0,
    createdAt: now,
    createdBy: meta.actor.sub,
    updatedAt: now,
    version: 1,
  };
  const view = toView(item as CaseItem);
  const { idempotency } = meta;
  const result = await retryingConflicts(() =>
    app.store.transaction
      .write((entities) => [
        entities.customer
          .check({ customerId: valid.customerId })
          .where((attr, op) => `${op.exists(attr.customerId)} AND ${op.ne(attr.status, "merged")}`)
          .commit(),
        entities.case.create(item).commit(),
        entities.audit
          .create(
            auditEntryFor(meta, now, { entityType: "case", entityId: item.caseId, action: "create", after: view }),
          )
          .commit(),
        entities.outbox
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
        ...(idempotency
          ? [
              entities.idempotency
                .create(idempotencyRecord(idempotency, now, { type: "case", id: item.caseId, status: 201, body: view }))
                .commit(),
            ]
          : []),
        ...(typed ? typed.items(entities, { caseId: item.caseId, now }) : []),
      ])
      .go(),
  );
  // The key's record exists: a concurrent request with the same key created the case first.
  const replay = await replayIfKeyTaken<CaseView>(app, idempotency, result, 4);
  if (replay) return replay;
  assertCommitted(result, [
    `Customer ${valid.customerId} does not exist or was merged`,
    { conflict: "A case with this id already exists" },
    { conflict: "An audit entry with this id already exists" },
    { conflict: "An event with this id already exists" },
    ...(idempotency ? [{ conflict: "This Idempotency-Key is being used by another request" }] : []),
    ...(typed?.reasons ?? []),
  ]);
  return view;
}

/** `GET /cases/{id}`: read raw (db/raw-reads.ts), as the view picks the attributes it shows. */
export async function get(app: AppContext, caseId: string): Promise<CaseView> {
  const { case: entity } = app.store.entities;
  const item = await getRaw(
    app.store,
    {
      name: "case",
      key: (probe) => entity.get({ caseId: probe }).params(),
      fallback: async (id) => (await entity.get({ caseId: id }).go()).data,
    },
    caseId,
  );
  if (!item) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  return toView(item as CaseItem);
}

/** A customer's cases, newest first: one Query on the customer360 index. */
export async function list(
  app: AppContext,
  query: { customerId: string; cursor?: string | undefined; limit: number },
): Promise<Page<CaseView>> {
  const byCustomer = app.store.entities.case.query.byCustomer({ customerId: query.customerId });
  if (query.cursor && !cursorFits(query.cursor, byCustomer.params(), "gsi1")) {
    throw new InvalidInput("cursor is not one this listing handed out", { cursor: query.cursor });
  }
  const { data, cursor } = await byCustomer.go({
    order: "desc",
    limit: query.limit,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return { items: data.map(toView), cursor: cursor ?? null };
}
