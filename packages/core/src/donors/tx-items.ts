import type { AppContext, IdempotencyRequest, RequestMeta } from "../context.js";
import { Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import type { DomainEventDetail, DomainEventType } from "../events/domain-events.js";
import { idempotencyRecord } from "../idempotency.js";
import type { TxItem } from "./optimistic.js";

/**
 * The transaction items the donor module's writes share (for `commitOptimistically`), and the read
 * check its creates make before planning. Each item builds its record inside `write`, as the
 * transaction is assembled, so ids are those of the attempt that commits.
 */

/** Checked again in the transaction: the customer may be merged between the read and the write. */
export function customerCheck(customerId: string): TxItem {
  return {
    write: ({ customer }) =>
      customer
        .check({ customerId })
        .where((attr, op) => `${op.exists(attr.customerId)} AND ${op.ne(attr.status, "merged")}`)
        .commit(),
    refused: { unprocessable: `Customer ${customerId} does not exist or was merged` },
  };
}

/** The audit entry's id is a fresh ulid: its condition fails only on a collision, never on contention. */
export function auditItem(meta: RequestMeta, now: string, change: Parameters<typeof auditEntryFor>[2]): TxItem {
  return {
    write: ({ audit }) => audit.create(auditEntryFor(meta, now, change)).commit(),
    refused: { conflict: "An audit entry with this id already exists" },
  };
}

/** The outbox event of a change (a fresh ulid too: a refusal is a collision). */
export function eventItem<T extends DomainEventType>(
  meta: RequestMeta,
  now: string,
  type: T,
  detail: DomainEventDetail<T>,
): TxItem {
  return {
    write: ({ outbox }) => outbox.create(outboxEventFor(meta, now, type, detail)).commit(),
    refused: { conflict: "An event with this id already exists" },
  };
}

/**
 * The Idempotency-Key's record, none without a key. Its refusal means a concurrent request with the
 * same key committed first: `commitOptimistically` then answers with that request's result.
 */
export function idempotencyItems(
  idempotency: IdempotencyRequest | undefined,
  now: string,
  result: Parameters<typeof idempotencyRecord>[2],
): TxItem[] {
  if (!idempotency) return [];
  return [
    {
      write: ({ idempotency: keys }) => keys.create(idempotencyRecord(idempotency, now, result)).commit(),
      refused: "idempotency",
    },
  ];
}

/**
 * A create's transaction: the customer check first (when the record belongs to a customer), the
 * create's own writes, its audit entry, its event, and the key's record holding the same view as the
 * 201 answer, so a retry replays exactly what this request answered. The order is kept because the
 * first refused item decides the error.
 */
export function creationItems(
  meta: RequestMeta,
  now: string,
  created: {
    /** The audit entry's entity type, also the key record's result type. */
    readonly entityType: string;
    readonly entityId: string;
    readonly view: unknown;
    readonly customerId?: string | undefined;
    readonly writes: readonly TxItem[];
    readonly event: TxItem;
  },
): TxItem[] {
  const { entityType, entityId, view } = created;
  return [
    ...(created.customerId === undefined ? [] : [customerCheck(created.customerId)]),
    ...created.writes,
    auditItem(meta, now, { entityType, entityId, action: "create", after: view }),
    created.event,
    ...idempotencyItems(meta.idempotency, now, { type: entityType, id: entityId, status: 201, body: view }),
  ];
}

/**
 * Before a pledge or recurring gift is planned: the donor is a live customer and the campaign, when
 * named, is open. Read eventually consistent; the transaction's `customerCheck` is the real guard.
 */
export async function assertCustomerAndOpenCampaign(
  app: AppContext,
  customerId: string,
  campaignId: string | undefined,
): Promise<void> {
  const [{ data: customer }, campaign] = await Promise.all([
    app.store.entities.customer.get({ customerId }).go({ attributes: ["customerId", "status"] }),
    campaignId
      ? app.store.entities.campaign
          .get({ campaignId })
          .go()
          .then((r) => r.data)
      : undefined,
  ]);
  if (!customer || customer.status === "merged") {
    throw new Unprocessable(`Customer ${customerId} does not exist or was merged`);
  }
  if (campaignId && campaign?.status !== "open") {
    throw new Unprocessable(`Campaign ${campaignId} does not exist or is closed`);
  }
}
