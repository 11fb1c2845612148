/**
 * The HTTP load generator, run as its own process (bench/http.ts forks it) so that autocannon never
 * shares an event loop with the gateway it measures. Takes one job over IPC, answers with the raw
 * latency samples (ms, from autocannon's per-response hrtime) and exits.
 */
import type { EventEmitter } from "node:events";
import { createRequire } from "node:module";

export interface LoadJob {
  readonly url: string;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly durationSeconds: number;
  readonly expectStatus: number;
  readonly headers: Record<string, string>;
  /**
   * By default every connection cycles through these in order. With `rotate`, the connections share one
   * counter instead, so each request is sent once before any repeats (for requests that can succeed only
   * once, like a transition with its If-Match). A request's own `headers` replace the job's.
   */
  readonly requests: readonly { method: string; path: string; body?: string; headers?: Record<string, string> }[];
  readonly rotate?: boolean;
}

export interface LoadResult {
  readonly samples: number[];
  readonly unexpected: number;
  readonly statuses: Record<string, number>;
  /** autocannon's own figures for the measured run. */
  readonly seconds: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly total: number;
  /** CPU seconds this process spent during the measured run (not the warm-up). */
  readonly cpuSeconds: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  requests: { total: number };
}
type Autocannon = (options: Record<string, unknown>) => EventEmitter & PromiseLike<AutocannonResult>;

/** One counter for all connections (and the warm-up): each call hands out the next request. */
function nextOf(job: LoadJob) {
  let next = 0;
  return (request: Record<string, unknown>) => ({ ...request, ...job.requests[next++ % job.requests.length] });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.durationSeconds,
    warmup: { connections: job.connections, duration: job.warmupSeconds },
    headers: job.headers,
    requests: job.rotate ? [{ setupRequest: nextOf(job) }] : job.requests.map((request) => ({ ...request })),
    timeout: 10,
  });
  // Only the measured run reports here; the warm-up has its own tracker.
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  instance.on("start", () => {
    cpuAtStart = process.cpuUsage();
    process.send?.({ phase: "start" });
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === job.expectStatus) samples.push(responseTime);
    else unexpected++;
  });
  const result = await instance;
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    cpuSeconds: cpuAtStart ? (cpu.user + cpu.system) / 1e6 : Number.NaN,
    samples,
    unexpected,
    statuses,
    seconds: result.duration,
    errors: result.errors,
    timeouts: result.timeouts,
    total: result.requests.total,
  };
}

// The bench went away (Ctrl-C): stop loading its gateway.
process.once("disconnect", () => process.exit(0));
process.once("message", (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ phase: "done", ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ phase: "done", ok: false, error: String(error) }, () => process.exit(1)),
  );
});
