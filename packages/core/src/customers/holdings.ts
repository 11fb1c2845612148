import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted, cancellationCode } from "../db/transactions.js";
import type { HoldingItem } from "../entities/store.js";
import { NotFound } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import type { Page, PageQuery } from "../pagination.js";
import { createHoldingInput, type HoldingView } from "./schemas.js";

export function toHoldingView(item: HoldingItem, today: string): HoldingView {
  return {
    id: item.holdingId,
    customerId: item.customerId,
    kind: item.kind,
    productCode: item.productCode,
    productName: item.productName,
    ...(item.reference ? { reference: item.reference } : {}),
    startDate: item.startDate,
    ...(item.endDate ? { endDate: item.endDate } : {}),
    ...(item.serviceLevel ? { serviceLevel: item.serviceLevel } : {}),
    ...(item.warrantyEnd ? { warrantyEnd: item.warrantyEnd } : {}),
    active: item.startDate <= today && (!item.endDate || today <= item.endDate),
  };
}

export function today(app: AppContext): string {
  return app.clock().toISOString().slice(0, 10);
}

/** Adds a product, contract, entitlement or warranty to an active customer. */
export async function add(
  app: AppContext,
  meta: RequestMeta,
  customerId: string,
  input: unknown,
): Promise<HoldingView> {
  const valid = createHoldingInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<HoldingView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const now = app.clock().toISOString();
  const item = { holdingId: ulid(), customerId, ...valid, createdAt: now, updatedAt: now, version: 1 };
  const view = toHoldingView(item as HoldingItem, today(app));
  const idempotency = meta.idempotency;
  const result = await app.store.transaction
    .write(({ customer, holding, audit, outbox, idempotency: records }) => [
      customer
        .check({ customerId })
        .where((attr, op) => op.eq(attr.status, "active"))
        .commit(),
      holding.create(item).commit(),
      audit
        .create(
          auditEntryFor(meta, now, { entityType: "holding", entityId: item.holdingId, action: "create", after: view }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "holding.added", {
            holdingId: item.holdingId,
            customerId,
            kind: item.kind,
            ...(item.serviceLevel ? { serviceLevel: item.serviceLevel } : {}),
          }),
        )
        .commit(),
      ...(idempotency
        ? [
            records
              .create(
                idempotencyRecord(idempotency, now, { type: "holding", id: item.holdingId, status: 201, body: view }),
              )
              .commit(),
          ]
        : []),
    ])
    .go();
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    throw new NotFound(`Customer ${customerId} does not exist`, { customerId });
  }
  const replay = await replayIfKeyTaken<HoldingView>(app, idempotency, result, 4);
  if (replay) return replay;
  assertCommitted(result, []);
  return view;
}

/** A customer's holdings, one Query on the customer360 partition. */
export async function list(app: AppContext, customerId: string, page: PageQuery): Promise<Page<HoldingView>> {
  const result = await app.store.entities.holding.query
    .byCustomer({ customerId })
    .go({ limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  const day = today(app);
  return { items: result.data.map((item) => toHoldingView(item, day)), cursor: result.cursor ?? null };
}
