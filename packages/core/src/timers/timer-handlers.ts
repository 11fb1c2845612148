import type { AppContext } from "../context.js";
import { isConditionFailure } from "../db/transactions.js";
import type { TimerPayload } from "../ports.js";

export const timerKinds = {
  /** Fires a set time after a case opens; later issues hang SLA checks on the same mechanism. */
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

export type FireOutcome = "fired" | "already-fired";

/**
 * A timer's effect, run at most once per (timer, due instant): the firing record is written with a
 * condition, so a second delivery finds it and does nothing.
 */
export async function fire(app: AppContext, payload: TimerPayload): Promise<FireOutcome> {
  try {
    await app.store.entities.timerFiring
      .create({
        timerName: payload.timerName,
        dueAt: payload.dueAt,
        kind: payload.kind,
        subjectId: payload.subjectId,
        firedAt: app.clock().toISOString(),
      })
      .go();
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
