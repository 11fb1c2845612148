import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { CalendarItem } from "../entities/store.js";
import { NotFound, PreconditionFailed } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import type { Page, PageQuery } from "../pagination.js";
import { add, between } from "./business-time.js";
import type { CalendarView } from "./calendar-api-schemas.js";
import { businessTimeQuestion } from "./calendar-api-schemas.js";
import { type CalendarDefinition, calendarDefinition } from "./calendar-schema.js";
import { assertCalendarUnused } from "./policies.js";

export function toView(item: CalendarItem): CalendarView {
  return {
    ...(item.definition as CalendarDefinition),
    id: item.calendarId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

export async function create(app: AppContext, meta: RequestMeta, input: unknown): Promise<CalendarView> {
  const definition = calendarDefinition.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<CalendarView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const now = app.clock().toISOString();
  const item = { calendarId: ulid(), name: definition.name, definition, createdAt: now, updatedAt: now, version: 1 };
  const view = toView(item);
  const idempotency = meta.idempotency;
  const result = await app.store.transaction
    .write(({ calendar, audit, outbox, idempotency: records }) => [
      calendar.create(item).commit(),
      audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "calendar",
            entityId: item.calendarId,
            action: "create",
            after: view,
          }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "calendar.changed", { calendarId: item.calendarId, change: "created", version: 1 }),
        )
        .commit(),
      ...(idempotency
        ? [
            records
              .create(
                idempotencyRecord(idempotency, now, { type: "calendar", id: item.calendarId, status: 201, body: view }),
              )
              .commit(),
          ]
        : []),
    ])
    .go();
  const replay = await replayIfKeyTaken<CalendarView>(app, idempotency, result, 3);
  if (replay) return replay;
  assertCommitted(result, [{ conflict: "A calendar with this id already exists" }]);
  return view;
}

export async function get(app: AppContext, calendarId: string): Promise<CalendarView> {
  const { data } = await app.store.entities.calendar.get({ calendarId }).go();
  if (!data) throw new NotFound(`Calendar ${calendarId} does not exist`, { calendarId });
  return toView(data);
}

export async function list(app: AppContext, page: PageQuery): Promise<Page<CalendarView>> {
  const result = await app.store.entities.calendar.query
    .all({})
    .go({ limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: result.data.map(toView), cursor: result.cursor ?? null };
}

/** Replaces a calendar's whole definition at the version the caller read (If-Match). */
export async function replace(
  app: AppContext,
  meta: RequestMeta,
  calendarId: string,
  input: unknown,
  expectedVersion: number,
): Promise<CalendarView> {
  const definition = calendarDefinition.parse(input);
  const before = await get(app, calendarId);
  if (before.version !== expectedVersion) throw stale(calendarId, before.version, expectedVersion);
  const now = app.clock().toISOString();
  const version = before.version + 1;
  const after: CalendarView = { ...definition, id: calendarId, createdAt: before.createdAt, updatedAt: now, version };
  const result = await app.store.transaction
    .write(({ calendar, audit, outbox }) => [
      calendar
        .patch({ calendarId })
        .set({ name: definition.name, definition, updatedAt: now, version })
        .where((attr, op) => op.eq(attr.version, expectedVersion))
        .commit(),
      audit
        .create(
          auditEntryFor(meta, now, { entityType: "calendar", entityId: calendarId, action: "update", before, after }),
        )
        .commit(),
      outbox
        .create(outboxEventFor(meta, now, "calendar.changed", { calendarId, change: "replaced", version }))
        .commit(),
    ])
    .go();
  if (result.canceled) throw stale(calendarId, (await get(app, calendarId)).version, expectedVersion);
  return after;
}

export async function remove(
  app: AppContext,
  meta: RequestMeta,
  calendarId: string,
  expectedVersion: number,
): Promise<void> {
  const before = await get(app, calendarId);
  if (before.version !== expectedVersion) throw stale(calendarId, before.version, expectedVersion);
  await assertCalendarUnused(app, calendarId);
  const now = app.clock().toISOString();
  const result = await app.store.transaction
    .write(({ calendar, audit, outbox }) => [
      calendar
        .delete({ calendarId })
        .where((attr, op) => op.eq(attr.version, expectedVersion))
        .commit(),
      audit
        .create(auditEntryFor(meta, now, { entityType: "calendar", entityId: calendarId, action: "delete", before }))
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "calendar.changed", { calendarId, change: "deleted", version: before.version + 1 }),
        )
        .commit(),
    ])
    .go();
  if (result.canceled) throw stale(calendarId, (await get(app, calendarId)).version, expectedVersion);
}

function stale(calendarId: string, current: number, expected: number) {
  return new PreconditionFailed(`Calendar ${calendarId} is at version ${current}, not ${expected}`, {
    currentVersion: current,
  });
}

/** The business-time preview: when a target from `from` falls due, or how much business time lies between two instants. */
export async function businessTime(app: AppContext, calendarId: string, question: unknown) {
  const asked = businessTimeQuestion.parse(question);
  const {
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    version: _version,
    ...calendar
  } = await get(app, calendarId);
  if ("addMinutes" in asked) {
    return {
      from: asked.from,
      addMinutes: asked.addMinutes,
      due: add(calendar, asked.from, asked.addMinutes).toISOString(),
    };
  }
  return { from: asked.from, to: asked.to, businessMinutes: round(between(calendar, asked.from, asked.to)) };
}

/** Minutes to the second, without floating-point noise (59.99999999 → 60). */
function round(minutes: number): number {
  return Math.round(minutes * 60) / 60;
}
