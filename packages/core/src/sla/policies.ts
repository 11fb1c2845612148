import { ulid } from "ulidx";
import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted } from "../db/transactions.js";
import type { SlaPolicyItem } from "../entities/store.js";
import { Conflict, NotFound, PreconditionFailed, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import { type CalendarDefinition, twentyFourSeven } from "./calendar-schema.js";
import { builtInCalendarId, type PolicyDefinition, type PolicyView, policyDefinition } from "./policy-schema.js";

export function toView(item: SlaPolicyItem): PolicyView {
  return {
    ...(item.definition as PolicyDefinition),
    id: item.policyId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

const alwaysOpen = twentyFourSeven("UTC");

/** The calendar a policy counts in; the built-in 24×7 one needs no item. */
export async function calendarOf(app: AppContext, calendarId: string): Promise<CalendarDefinition | undefined> {
  if (calendarId === builtInCalendarId) return alwaysOpen;
  const { data } = await app.store.entities.calendar.get({ calendarId }).go();
  return data ? (data.definition as CalendarDefinition) : undefined;
}

async function assertCalendarExists(app: AppContext, calendarId: string): Promise<void> {
  if (!(await calendarOf(app, calendarId))) {
    throw new Unprocessable(`Calendar ${calendarId} does not exist`, { calendarId });
  }
}

/** Every policy in the order they are tried (position, then age). */
export async function inOrder(app: AppContext): Promise<PolicyView[]> {
  const { data } = await app.store.entities.slaPolicy.query.all({}).go({ pages: "all" });
  return data.map(toView).sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt));
}

export async function get(app: AppContext, policyId: string): Promise<PolicyView> {
  const { data } = await app.store.entities.slaPolicy.get({ policyId }).go();
  if (!data) throw new NotFound(`SLA policy ${policyId} does not exist`, { policyId });
  return toView(data);
}

export async function create(app: AppContext, meta: RequestMeta, input: unknown): Promise<PolicyView> {
  const definition = policyDefinition.parse(input);
  if (meta.idempotency) {
    const prior = await priorResult<PolicyView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  await assertCalendarExists(app, definition.calendarId);
  const now = app.clock().toISOString();
  const item = policyItem(ulid(), definition, now);
  const view = toView(item);
  const { idempotency } = meta;
  const result = await app.store.transaction
    .write(({ slaPolicy, calendar, audit, outbox, idempotency: records }) => [
      slaPolicy.create(item).commit(),
      ...calendarStillThere(calendar, definition.calendarId),
      audit
        .create(
          auditEntryFor(meta, now, { entityType: "slaPolicy", entityId: item.policyId, action: "create", after: view }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "sla.policy_changed", { policyId: item.policyId, change: "created", version: 1 }),
        )
        .commit(),
      ...(idempotency
        ? [
            records
              .create(
                idempotencyRecord(idempotency, now, { type: "slaPolicy", id: item.policyId, status: 201, body: view }),
              )
              .commit(),
          ]
        : []),
    ])
    .go();
  const keyIndex = definition.calendarId === builtInCalendarId ? 3 : 4;
  const replay = await replayIfKeyTaken<PolicyView>(app, idempotency, result, keyIndex);
  if (replay) return replay;
  assertCommitted(result, [
    { conflict: "A policy with this id already exists" },
    ...(definition.calendarId === builtInCalendarId ? [] : [`Calendar ${definition.calendarId} does not exist`]),
  ]);
  return view;
}

/** A new policy's stored item. */
export function policyItem(policyId: string, definition: PolicyDefinition, now: string) {
  return {
    policyId,
    name: definition.name,
    position: definition.position,
    calendarId: definition.calendarId,
    definition,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

type CalendarEntity = Parameters<Parameters<AppContext["store"]["transaction"]["write"]>[0]>[0]["calendar"];

/** The calendar may be deleted between the check before a write and the write: the write checks again. */
function calendarStillThere(calendar: CalendarEntity, calendarId: string) {
  if (calendarId === builtInCalendarId) return [];
  return [
    calendar
      .check({ calendarId })
      .where((attr, op) => op.exists(attr.calendarId))
      .commit(),
  ];
}

/** Replaces a policy's whole definition at the version the caller read (If-Match). */
export async function replace(
  app: AppContext,
  meta: RequestMeta,
  policyId: string,
  input: unknown,
  expectedVersion: number,
): Promise<PolicyView> {
  const definition = policyDefinition.parse(input);
  const before = await get(app, policyId);
  if (before.version !== expectedVersion) throw stale(policyId, before.version, expectedVersion);
  await assertCalendarExists(app, definition.calendarId);
  const now = app.clock().toISOString();
  const version = before.version + 1;
  const after: PolicyView = { ...definition, id: policyId, createdAt: before.createdAt, updatedAt: now, version };
  const result = await app.store.transaction
    .write(({ slaPolicy, calendar, audit, outbox }) => [
      slaPolicy
        .patch({ policyId })
        .set({
          name: definition.name,
          position: definition.position,
          calendarId: definition.calendarId,
          definition,
          updatedAt: now,
          version,
        })
        .where((attr, op) => op.eq(attr.version, expectedVersion))
        .commit(),
      ...calendarStillThere(calendar, definition.calendarId),
      audit
        .create(
          auditEntryFor(meta, now, { entityType: "slaPolicy", entityId: policyId, action: "update", before, after }),
        )
        .commit(),
      outbox
        .create(outboxEventFor(meta, now, "sla.policy_changed", { policyId, change: "replaced", version }))
        .commit(),
    ])
    .go();
  if (result.canceled) {
    const current = await get(app, policyId);
    if (current.version !== expectedVersion) throw stale(policyId, current.version, expectedVersion);
    assertCommitted(result, [undefined, `Calendar ${definition.calendarId} does not exist`]);
  }
  return after;
}

export async function remove(app: AppContext, meta: RequestMeta, policyId: string, expectedVersion: number) {
  const before = await get(app, policyId);
  if (before.version !== expectedVersion) throw stale(policyId, before.version, expectedVersion);
  const now = app.clock().toISOString();
  const result = await app.store.transaction
    .write(({ slaPolicy, audit, outbox }) => [
      slaPolicy
        .delete({ policyId })
        .where((attr, op) => op.eq(attr.version, expectedVersion))
        .commit(),
      audit
        .create(auditEntryFor(meta, now, { entityType: "slaPolicy", entityId: policyId, action: "delete", before }))
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "sla.policy_changed", { policyId, change: "deleted", version: before.version + 1 }),
        )
        .commit(),
    ])
    .go();
  if (result.canceled) throw stale(policyId, (await get(app, policyId)).version, expectedVersion);
}

/** Refuses to delete a calendar a policy still counts in. */
export async function assertCalendarUnused(app: AppContext, calendarId: string): Promise<void> {
  const users = (await inOrder(app)).filter((policy) => policy.calendarId === calendarId);
  if (users.length > 0) {
    throw new Conflict(`Calendar ${calendarId} is used by SLA policies: ${users.map((p) => p.name).join(", ")}`, {
      policyIds: users.map((p) => p.id),
    });
  }
}

function stale(policyId: string, current: number, expected: number) {
  return new PreconditionFailed(`SLA policy ${policyId} is at version ${current}, not ${expected}`, {
    currentVersion: current,
  });
}
