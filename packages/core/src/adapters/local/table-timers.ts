import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type EntityItem, Service } from "electrodb";
import { isConditionFailure } from "../../db/transactions.js";
import { timerEntity } from "../../entities/timer.js";
import type { TimerPayload, TimerPort } from "../../ports.js";

function timersService(table: string, client: DynamoDBDocumentClient) {
  return new Service({ timer: timerEntity() }, { table, client });
}

export type TimerItem = EntityItem<ReturnType<typeof timerEntity>>;

/**
 * The local timer port: timers are items in a table of their own, without a change stream (in AWS,
 * EventBridge Scheduler keeps them). `arm` and `cancel` are what the domain sees; `due`, `claimAll` and
 * `completeAll` are the timer loop's side (packages/local/src/timer-loop.ts).
 */
export class TableTimers implements TimerPort {
  private readonly store: ReturnType<typeof timersService>;

  constructor(
    options: { readonly table: string; readonly client: DynamoDBDocumentClient },
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.store = timersService(options.table, options.client);
  }

  /** The armed timer of that name, if any (tests and tools look with it). */
  async find(timerName: string): Promise<TimerItem | undefined> {
    const { data } = await this.store.entities.timer.get({ timerName }).go();
    return data ?? undefined;
  }

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

  /** Whether any timer is being fired right now (claimed and not yet completed). */
  async anyFiring(): Promise<boolean> {
    const { data } = await this.store.entities.timer.query.byWake({ state: "firing" }).go({ limit: 1 });
    return data.length > 0;
  }

  /**
   * Claims a page of timers in one transaction (the engine writes a transaction about as fast as one item),
   * falling back to one claim per timer when any of them was taken meanwhile. Answers the ones claimed.
   */
  async claimAll(timers: readonly TimerItem[], owner: string, now: Date, leaseMs: number): Promise<TimerItem[]> {
    if (timers.length > 1) {
      const wakeAt = new Date(now.getTime() + leaseMs).toISOString();
      const result = await this.store.transaction
        .write(({ timer: entity }) =>
          timers.map((timer) =>
            entity
              .patch({ timerName: timer.timerName })
              .set({ state: "firing", claimedBy: owner, wakeAt })
              .add({ attempts: 1 })
              .where((attr, op) => unchanged(attr, op, timer))
              .commit(),
          ),
        )
        .go();
      if (!result.canceled) return [...timers];
    }
    const won = await Promise.all(timers.map((timer) => this.claim(timer, owner, now, leaseMs)));
    return timers.filter((_, index) => won[index]);
  }

  /** Completes a page of fired timers in one transaction, or one by one when any was re-armed meanwhile. */
  async completeAll(timers: readonly TimerItem[], owner: string): Promise<void> {
    if (timers.length > 1) {
      const result = await this.store.transaction
        .write(({ timer: entity }) =>
          timers.map((timer) =>
            entity
              .delete({ timerName: timer.timerName })
              .where((attr, op) => stillClaimed(attr, op, timer, owner))
              .commit(),
          ),
        )
        .go();
      if (!result.canceled) return;
    }
    await Promise.all(timers.map((timer) => this.complete(timer, owner)));
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
        .where((attr, op) => unchanged(attr, op, timer))
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
        .where((attr, op) => stillClaimed(attr, op, timer, owner))
        .go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** The slice of ElectroDB's `where` callback these conditions use (method syntax: its operators are generic). */
interface TimerAttributes {
  readonly state: unknown;
  readonly wakeAt: unknown;
  readonly dueAt: unknown;
  readonly claimedBy: unknown;
}
interface WhereOperators {
  eq(attribute: unknown, value: unknown): string;
}

/** The timer is as it was read: nobody claimed, re-armed or completed it since. */
function unchanged(attr: TimerAttributes, op: WhereOperators, timer: TimerItem): string {
  return `${op.eq(attr.state, timer.state)} AND ${op.eq(attr.wakeAt, timer.wakeAt)} AND ${op.eq(attr.dueAt, timer.dueAt)}`;
}

/** Still this loop's claim on the same due instant (a re-arm while firing must survive completion). */
function stillClaimed(attr: TimerAttributes, op: WhereOperators, timer: TimerItem, owner: string): string {
  return `${op.eq(attr.claimedBy, owner)} AND ${op.eq(attr.dueAt, timer.dueAt)} AND ${op.eq(attr.state, "firing")}`;
}
