import { isConditionFailure } from "../../db/transactions.js";
import type { Store, TimerItem } from "../../entities/store.js";
import type { TimerPayload, TimerPort } from "../../ports.js";

/**
 * The local timer port: timers are items in the table. `arm` and `cancel` are what the domain sees;
 * `due`, `claim` and `complete` are the timer loop's side (packages/local/src/timer-loop.ts).
 */
export class TableTimers implements TimerPort {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Arming a timer already armed for the same instant leaves it untouched (also while it is firing). */
  async arm(timer: TimerPayload): Promise<void> {
    try {
      await this.store.entities.timer
        .put({
          timerName: timer.timerName,
          dueAt: timer.dueAt,
          state: "pending",
          wakeAt: timer.dueAt,
          attempts: 0,
          payload: timer,
          armedAt: this.clock().toISOString(),
        })
        .where((attr, op) => `${op.notExists(attr.dueAt)} OR ${op.ne(attr.dueAt, timer.dueAt)}`)
        .go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async cancel(timerName: string): Promise<void> {
    await this.store.entities.timer.delete({ timerName }).go();
  }

  /** Pending timers that are due, and claims whose lease ran out (their loop died mid-firing). */
  async due(now: Date, limit: number): Promise<TimerItem[]> {
    const upTo = { wakeAt: now.toISOString(), timerName: "\uffff" };
    const [pending, abandoned] = await Promise.all(
      (["pending", "firing"] as const).map((state) =>
        this.store.entities.timer.query.byWake({ state }).lte(upTo).go({ limit }),
      ),
    );
    return [...(pending?.data ?? []), ...(abandoned?.data ?? [])];
  }

  /**
   * Claims a timer for one loop with a conditional write: of loops racing for the same timer,
   * exactly one gets `true`. The claim is a lease, so a loop that dies does not strand the timer.
   */
  async claim(timer: TimerItem, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    try {
      await this.store.entities.timer
        .patch({ timerName: timer.timerName })
        .set({ state: "firing", claimedBy: owner, wakeAt: new Date(now.getTime() + leaseMs).toISOString() })
        .add({ attempts: 1 })
        .where(
          (attr, op) =>
            `${op.eq(attr.state, timer.state)} AND ${op.eq(attr.wakeAt, timer.wakeAt)} AND ${op.eq(attr.dueAt, timer.dueAt)}`,
        )
        .go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Removes a fired timer, unless it was re-armed (or re-claimed) in the meantime. */
  async complete(timer: TimerItem, owner: string): Promise<void> {
    try {
      await this.store.entities.timer
        .delete({ timerName: timer.timerName })
        .where(
          (attr, op) =>
            `${op.eq(attr.claimedBy, owner)} AND ${op.eq(attr.dueAt, timer.dueAt)} AND ${op.eq(attr.state, "firing")}`,
        )
        .go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
