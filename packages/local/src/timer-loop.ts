import { randomUUID } from "node:crypto";

import type { TableTimers, TimerItem } from "@caseline/core/adapters/local/table-timers";
import type { TimerPayload } from "@caseline/core/ports";

export interface TimerLoopOptions {
  readonly timers: TableTimers;
  /** The timer handler (the function EventBridge Scheduler invokes in AWS). */
  readonly fire: (payload: TimerPayload) => Promise<unknown>;
  readonly intervalMs?: number;
  /** How long a claim holds before another loop may take the timer over. */
  readonly leaseMs?: number;
  readonly concurrency?: number;
  readonly clock?: () => Date;
  readonly onError?: (error: unknown, timer?: TimerItem) => void;
  readonly onFired?: (timer: TimerItem, firedAt: Date) => void;
}

/**
 * Polls the table for due timers, claims each with a conditional write (so of several loops, also
 * across processes and restarts, one wins), runs its handler, then removes it. A loop that dies
 * mid-firing leaves a lease that expires, and the handler's own conditional write keeps the effect single.
 */
export class TimerLoop {
  readonly owner = `loop-${randomUUID()}`;
  private timeout: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(private readonly options: TimerLoopOptions) {}

  start(): void {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.tick().catch((error) => {
        this.options.onError?.(error);
        return 0;
      });
      const fired = await this.running;
      // When a full page fired, more may be due already: go again at once.
      if (!this.stopped)
        this.timeout = setTimeout(loop, fired >= this.pageSize() ? 0 : (this.options.intervalMs ?? 200));
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timeout);
    await this.running;
  }

  /**
   * One pass: claims what is due now (a page in one transaction), runs the handlers, then completes the
   * fired ones together. Returns how many timers this loop fired.
   */
  async tick(): Promise<number> {
    const now = (this.options.clock ?? (() => new Date()))();
    const { timers } = this.options;
    const due = await timers.due(now, this.pageSize());
    if (due.length === 0) return 0;
    const claimed = await timers.claimAll(due, this.owner, now, this.options.leaseMs ?? 30_000);
    const fired: TimerItem[] = [];
    const queue = [...claimed];
    const worker = async () => {
      for (let timer = queue.shift(); timer; timer = queue.shift()) {
        if (this.stopped) return;
        if (await this.fireOne(timer)) fired.push(timer);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 16 }, worker));
    await timers.completeAll(fired, this.owner);
    return fired.length;
  }

  private async fireOne(timer: TimerItem): Promise<boolean> {
    try {
      await this.options.fire(timer.payload as TimerPayload);
      this.options.onFired?.(timer, new Date());
      return true;
    } catch (error) {
      // The claim's lease runs out and the timer is tried again.
      this.options.onError?.(error, timer);
      return false;
    }
  }

  private pageSize(): number {
    return 100;
  }
}
