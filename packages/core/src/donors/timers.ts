import * as Case from "../cases/case.js";
import { type AppContext, type RequestMeta, systemActor } from "../context.js";
import type { RecurringGiftItem } from "../entities/store.js";
import type { TimerPayload } from "../ports.js";
import { type FireOutcome, firingRecord, onTimer } from "../timers/timer-handlers.js";
import { commitOptimistically, type TxItem } from "./optimistic.js";
import { donorTimerKinds, nextDueAfter, recurringCheckTimer } from "./recurring.js";
import { auditItem, eventItem } from "./tx-items.js";
import { toRecurringView } from "./views.js";

/**
 * The donor module's timer effects. Each writes its firing record in the same transaction as its
 * effect (exactly once). The timers that follow an installment are armed from its
 * `recurring_gift.installment_due` event (events/arm-donor-timers.ts), written in that transaction.
 */
const meta: RequestMeta = { actor: systemActor };

async function alreadyFired(app: AppContext, payload: TimerPayload): Promise<boolean> {
  const { data } = await app.store.entities.timerFiring
    .get({ timerName: payload.timerName, dueAt: payload.dueAt })
    .go({ consistent: true });
  return Boolean(data);
}

/** The subject of an installment's timer, `<id>@<due>` (see recurringCheckTimer, pledgeReminderTimer). */
function installmentSubject(subjectId: string): [id: string, due: string] {
  const at = subjectId.indexOf("@");
  return [subjectId.slice(0, at), subjectId.slice(at + 1)];
}

/** A timer's change to a recurring gift, audited as the system's update. */
function recurringAudit(before: RecurringGiftItem, after: RecurringGiftItem, now: string): TxItem {
  return auditItem(meta, now, {
    entityType: "recurringGift",
    entityId: before.recurringGiftId,
    action: "update",
    before: toRecurringView(before),
    after: toRecurringView(after),
  });
}

const firing = (payload: TimerPayload, now: string): TxItem => ({
  write: ({ timerFiring }) => timerFiring.create(firingRecord(payload, now)).commit(),
  // A concurrent delivery wrote it first: the next attempt sees it and answers "already-fired".
  refused: "retry",
});

/** A due instant: the expected installment, the gift's next due instant, and the timers that follow. */
export async function onRecurringDue(app: AppContext, payload: TimerPayload): Promise<FireOutcome> {
  const recurringGiftId = payload.subjectId;
  return commitOptimistically<FireOutcome>(app, undefined, async () => {
    const now = app.clock().toISOString();
    const { data: gift } = await app.store.entities.recurringGift.get({ recurringGiftId }).go({ consistent: true });
    if (await alreadyFired(app, payload)) return { done: "already-fired" };
    if (gift?.status !== "active" || gift.nextDueAt !== payload.dueAt) return { done: "stale" };
    const nextDueAt = nextDueAfter(payload.dueAt, gift.frequency);
    const after = { ...gift, nextDueAt, updatedAt: now, version: gift.version + 1 };
    return {
      result: "fired",
      items: [
        firing(payload, now),
        {
          write: ({ installment }) =>
            installment
              .create({
                recurringGiftId,
                dueAt: payload.dueAt,
                amountMinor: gift.amountMinor,
                currency: gift.currency,
                status: "expected",
                updatedAt: now,
              })
              .commit(),
          refused: "retry",
        },
        {
          write: ({ recurringGift }) =>
            recurringGift
              .patch({ recurringGiftId })
              .set({ nextDueAt, updatedAt: now, version: gift.version + 1 })
              .where((attr, op) => `${op.eq(attr.version, gift.version)} AND ${op.eq(attr.status, "active")}`)
              .commit(),
          refused: "retry",
        },
        recurringAudit(gift, after, now),
        eventItem(meta, now, "recurring_gift.installment_due", {
          recurringGiftId,
          customerId: gift.customerId,
          dueAt: payload.dueAt,
          amountMinor: gift.amountMinor,
          currency: gift.currency,
          nextDueAt,
          checkAt: recurringCheckTimer(recurringGiftId, payload.dueAt, gift.graceSeconds).dueAt,
        }),
      ],
    };
  });
}

/** The end of an installment's grace: unpaid, it is missed; enough misses in a row lapse the gift. */
export async function onRecurringCheck(app: AppContext, payload: TimerPayload): Promise<FireOutcome> {
  const [recurringGiftId, dueAt] = installmentSubject(payload.subjectId);
  let lapsed = false;
  const outcome = await commitOptimistically<FireOutcome>(app, undefined, async () => {
    const now = app.clock().toISOString();
    const [{ data: gift }, { data: installment }] = await Promise.all([
      app.store.entities.recurringGift.get({ recurringGiftId }).go({ consistent: true }),
      app.store.entities.installment.get({ recurringGiftId, dueAt }).go({ consistent: true }),
    ]);
    if (await alreadyFired(app, payload)) {
      lapsed = gift?.status === "lapsed";
      return { done: "already-fired" };
    }
    if (!gift || !installment || installment.status !== "expected" || gift.status !== "active") {
      return { result: "stale", items: [firing(payload, now)] };
    }
    const missedCount = gift.missedCount + 1;
    lapsed = missedCount >= gift.lapseAfterMissed;
    const after = {
      ...gift,
      missedCount,
      ...(lapsed ? { status: "lapsed" as const, lapsedAt: now } : {}),
      updatedAt: now,
      version: gift.version + 1,
    };
    return {
      result: "fired",
      items: [
        firing(payload, now),
        {
          write: ({ installment: i }) =>
            i
              .patch({ recurringGiftId, dueAt })
              .set({ status: "missed", updatedAt: now })
              .where((attr, op) => op.eq(attr.status, "expected"))
              .commit(),
          refused: "retry",
        },
        {
          write: ({ recurringGift }) =>
            recurringGift
              .patch({ recurringGiftId })
              .set({
                missedCount,
                ...(lapsed ? { status: "lapsed" as const, lapsedAt: now } : {}),
                updatedAt: now,
                version: gift.version + 1,
              })
              .where((attr, op) => op.eq(attr.version, gift.version))
              .commit(),
          refused: "retry",
        },
        recurringAudit(gift, after, now),
        ...(lapsed
          ? [
              eventItem(meta, now, "recurring_gift.lapsed", {
                recurringGiftId,
                customerId: gift.customerId,
                missedCount,
              }),
            ]
          : []),
      ],
    };
  });
  if (lapsed) await openLapseCase(app, recurringGiftId);
  return outcome;
}

/**
 * The donor case for a lapsed recurring gift, opened once: its Idempotency-Key is the recurring gift,
 * so a redelivered timer (or a crash between the lapse and the case) answers with the same case.
 */
async function openLapseCase(app: AppContext, recurringGiftId: string) {
  const { data: gift } = await app.store.entities.recurringGift.get({ recurringGiftId }).go({ consistent: true });
  if (!gift) return;
  await Case.create(
    app,
    { actor: systemActor, idempotency: { scope: "system donor-lapse", key: recurringGiftId, requestHash: "lapse" } },
    {
      customerId: gift.customerId,
      subject: `Recurring gift lapsed after ${gift.missedCount} missed installments`,
      description: `Recurring gift ${recurringGiftId} (${gift.frequency}) missed ${gift.missedCount} installments in a row and lapsed.`,
      type: "donor_request",
      category: "recurring_lapsed",
      channel: "web_form",
      customFields: { recurringGiftId },
    },
  );
}

/** A few days before a pledge installment: a reminder event when the payments are behind it. */
export async function onPledgeReminder(app: AppContext, payload: TimerPayload): Promise<FireOutcome> {
  const [pledgeId, dueDate] = installmentSubject(payload.subjectId);
  return commitOptimistically<FireOutcome>(app, undefined, async () => {
    const now = app.clock().toISOString();
    if (await alreadyFired(app, payload)) return { done: "already-fired" };
    const { data: pledge } = await app.store.entities.pledge.get({ pledgeId }).go({ consistent: true });
    const schedule = (pledge?.schedule ?? []) as { dueDate: string; amountMinor: number }[];
    const dueMinor = schedule.filter((s) => s.dueDate <= dueDate).reduce((sum, s) => sum + s.amountMinor, 0);
    if (pledge?.status !== "open" || pledge.paidMinor >= dueMinor) {
      return { result: "stale", items: [firing(payload, now)] };
    }
    return {
      result: "fired",
      items: [
        firing(payload, now),
        eventItem(meta, now, "pledge.installment_reminder", {
          pledgeId,
          customerId: pledge.customerId,
          dueDate,
          dueMinor: dueMinor - pledge.paidMinor,
          balanceMinor: pledge.totalMinor - pledge.paidMinor,
          currency: pledge.currency,
        }),
      ],
    };
  });
}

onTimer(donorTimerKinds.recurringDue, onRecurringDue);
onTimer(donorTimerKinds.recurringCheck, onRecurringCheck);
onTimer(donorTimerKinds.pledgeReminder, onPledgeReminder);
