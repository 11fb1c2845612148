import type { AppContext } from "../context.js";
import { isConditionFailure } from "../db/transactions.js";
import type { TimerPayload } from "../ports.js";

export const timerKinds = {
  /** Fires a set time after a case opens (an acknowledgement reminder). */
  caseAck: "case.ack",
} as const;

export function caseAckTimer(caseId: string, createdAt: string, delaySeconds: number): TimerPayload {
  return {
    timerName: `case-ack-${caseId}`,
    dueAt: new Date(Date.parse(createdAt) + delaySeconds * 1000).toISOString(),
    kind: timerKinds.caseAck,
    subjectId: caseId,
  };
}

/** "stale": the timer was delivered but what it stood for no longer holds (a moved target, say). */
export type FireOutcome = "fired" | "already-fired" | "stale";

/**
 * What a timer of one kind does. It must be exactly-once by itself: write `firingRecord(payload, now)`
 * with `create` (attribute_not_exists) in the same transaction as its effect, and answer
 * "already-fired" when that item's condition refuses it.
 */
export type TimerEffect = (app: AppContext, payload: TimerPayload) => Promise<FireOutcome>;

const effects = new Map<string, TimerEffect>();

/** Registers the effect of a timer kind; modules register theirs when they are imported. */
export function onTimer(kind: string, effect: TimerEffect): void {
  if (effects.has(kind) && effects.get(kind) !== effect) throw new Error(`Timer kind ${kind} registered twice`);
  effects.set(kind, effect);
}

/** The firing record of one delivery, for an effect's own transaction. */
export function firingRecord(payload: TimerPayload, firedAt: string) {
  return {
    timerName: payload.timerName,
    dueAt: payload.dueAt,
    kind: payload.kind,
    subjectId: payload.subjectId,
    firedAt,
  };
}

/**
 * A timer's effect, run at most once per (timer, due instant). Kinds without a registered effect only
 * leave their firing record, written with a condition so a second delivery finds it and does nothing.
 */
export async function fire(app: AppContext, payload: TimerPayload): Promise<FireOutcome> {
  const effect = effects.get(payload.kind);
  if (effect) return effect(app, payload);
  try {
    await app.store.entities.timerFiring.create(firingRecord(payload, app.clock().toISOString())).go();
    return "fired";
  } catch (error) {
    if (isConditionFailure(error)) return "already-fired";
    throw error;
  }
}

export async function firingsOf(app: AppContext, timerName: string) {
  const { data } = await app.store.entities.timerFiring.query.record({ timerName }).go({ pages: "all" });
  return data;
}
