import { performance } from "node:perf_hooks";
import { type Summary, summarize } from "./stats.js";

export interface ClosedLoopOptions {
  /** Workers, each running one operation at a time, back to back. */
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Told when the measured window opens and closes (the CPU meter). */
  readonly window?: { start(): void; stop(): void };
}

/**
 * Runs `operation` from `concurrency` workers for the warm-up, then for the measured window. A sample
 * is kept when its operation started and finished inside the window, so the few operations that
 * straddle either edge are left out; the rate is kept samples over the window's length.
 */
export async function closedLoop(
  options: ClosedLoopOptions,
  operation: (worker: number, sequence: number) => Promise<unknown>,
): Promise<Summary> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: unknown;
  let sequence = 0;
  const started = performance.now();
  const windowStart = started + options.warmupMs;
  const windowEnd = windowStart + options.durationMs;

  const worker = async (id: number) => {
    for (;;) {
      const begin = performance.now();
      if (begin >= windowEnd) return;
      let failed = false;
      try {
        await operation(id, sequence++);
      } catch (error) {
        failed = true;
        firstError ??= error;
      }
      const end = performance.now();
      if (begin >= windowStart && end <= windowEnd) {
        if (failed) errors++;
        else samples.push(end - begin);
      }
    }
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    options.window?.stop();
  };
  const opens = setTimeout(() => options.window?.start(), options.warmupMs);
  const closes = setTimeout(close, options.warmupMs + options.durationMs);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, id) => worker(id)));
  } finally {
    clearTimeout(opens);
    clearTimeout(closes);
    close();
  }
  if (firstError && samples.length === 0) throw firstError;
  if (firstError) process.stderr.write(`  first error: ${String(firstError)}\n`);
  return summarize(samples, options.durationMs / 1000, errors);
}
