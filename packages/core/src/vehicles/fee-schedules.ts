import type { AppContext, RequestMeta } from "../context.js";
import { cancellationCode } from "../db/transactions.js";
import type { FeeScheduleItem } from "../entities/store.js";
import { Conflict, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import type { Page, PageQuery } from "../pagination.js";
import type { FeeScheduleTerms } from "./fees.js";
import { type FeeScheduleInput, type FeeScheduleView, feeScheduleInput } from "./schemas.js";

const kind = "vehicle_transfer" as const;

export function toFeeScheduleView(item: FeeScheduleItem): FeeScheduleView {
  const terms = item.terms as FeeScheduleTerms;
  return {
    version: item.versionNumber,
    effectiveFrom: item.effectiveFrom,
    currency: terms.currency,
    fees: terms.fees.map((fee) => ({ ...fee })),
    ...(terms.tax ? { tax: terms.tax } : {}),
    createdAt: item.createdAt,
    createdBy: item.createdBy,
  };
}

const seqOf = (version: number) => String(version).padStart(6, "0");

async function latest(app: AppContext): Promise<FeeScheduleItem | undefined> {
  const { data } = await app.store.entities.feeSchedule.query.record({ kind }).go({ order: "desc", limit: 1 });
  return data[0];
}

/**
 * Publishes the next version of the transfer fee schedule. Versions are never changed; two racing
 * publications cannot take the same number (the version's creation condition), the loser is a 409.
 */
export async function publish(app: AppContext, meta: RequestMeta, input: FeeScheduleInput): Promise<FeeScheduleView> {
  const valid = feeScheduleInput.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<FeeScheduleView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const versionNumber = ((await latest(app))?.versionNumber ?? 0) + 1;
  const now = app.clock().toISOString();
  const terms: FeeScheduleTerms = {
    currency: valid.currency,
    fees: valid.fees,
    ...(valid.tax ? { tax: valid.tax } : {}),
  };
  const item: FeeScheduleItem = {
    kind,
    versionNumber,
    seq: seqOf(versionNumber),
    effectiveFrom: valid.effectiveFrom,
    terms,
    createdAt: now,
    createdBy: meta.actor.sub,
  };
  const view = toFeeScheduleView(item);
  const { idempotency } = meta;
  const result = await app.store.transaction
    .write(({ feeSchedule, audit, outbox, idempotency: records }) => [
      feeSchedule.create(item).commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "feeSchedule",
            entityId: `${kind}/${versionNumber}`,
            action: "create",
            after: view,
          }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "fee_schedule.published", {
            kind,
            version: versionNumber,
            effectiveFrom: valid.effectiveFrom,
          }),
        )
        .commit(),
      ...(idempotency
        ? [
            records
              .create(
                idempotencyRecord(idempotency, now, {
                  type: "feeSchedule",
                  id: `${kind}/${versionNumber}`,
                  status: 201,
                  body: view,
                }),
              )
              .commit(),
          ]
        : []),
    ])
    .go();
  const replay = await replayIfKeyTaken<FeeScheduleView>(app, idempotency, result, 3);
  if (replay) return replay;
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    throw new Conflict(`Fee schedule version ${versionNumber} was published by someone else just now: try again`);
  }
  if (result.canceled) throw new Error("Fee schedule publication was cancelled");
  return view;
}

/** Every version, newest first (paged). */
export async function list(app: AppContext, page: PageQuery): Promise<Page<FeeScheduleView>> {
  const result = await app.store.entities.feeSchedule.query
    .record({ kind })
    .go({ order: "desc", limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: result.data.map(toFeeScheduleView), cursor: result.cursor ?? null };
}

/** The version in force on `date`: the latest effective on or before it (a later version wins a tie). */
export async function inForce(app: AppContext, date: string): Promise<FeeScheduleItem> {
  const { data } = await app.store.entities.feeSchedule.query.record({ kind }).go({ pages: "all" });
  const candidates = data.filter((item) => item.effectiveFrom <= date);
  const chosen = candidates.reduce<FeeScheduleItem | undefined>(
    (best, item) =>
      !best ||
      item.effectiveFrom > best.effectiveFrom ||
      (item.effectiveFrom === best.effectiveFrom && item.versionNumber > best.versionNumber)
        ? item
        : best,
    undefined,
  );
  if (!chosen) throw new Unprocessable(`No transfer fee schedule is in force on ${date}: an admin must publish one`);
  return chosen;
}
