/**
 * Firing lateness of local timers: 10,000 timers armed in the table, their due instants spread over a window
 * that starts after the last is armed, fired by the local timer loop through the real timer handler (each
 * delivery claims, runs `Timers.fire` — a conditional firing record — and completes). Lateness is the time
 * from a timer's due instant to the end of its handler. Goal: p99 ≤ 1 s, and exactly 10,000 fired.
 *
 * Run with `node --import tsx bench/timers.ts` (part of `npm run bench`). Environment: BENCH_TIMERS (count,
 * default 10000), BENCH_TIMER_SPREAD_S (window, default 120: about 83 due a second, which the engine's single-item write rate — an fsync'd SQLite commit each — can follow; see docs/benchmarks.md).
 */
process.env.CASELINE_LOG_LEVEL = "ERROR";
await import("@caseline/local/polyfills");
const { quietNodeVersionWarning } = await import("@caseline/local/warnings");
quietNodeVersionWarning();

const { mkdtemp, rm } = await import("node:fs/promises");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const { Timers } = await import("@caseline/core");
const { backgroundFunctions } = await import("@caseline/functions/events/rules");
const { invoke } = await import("@caseline/local/handlers");
const { startRuntime } = await import("@caseline/local/runtime");
const { TimerLoop } = await import("@caseline/local/timer-loop");
const { percentile } = await import("./stats.js");

const COUNT = Number(process.env.BENCH_TIMERS ?? 10_000);
const SPREAD_S = Number(process.env.BENCH_TIMER_SPREAD_S ?? 120);
const ARM_CONCURRENCY = 32;

const dataDir = await mkdtemp(join(tmpdir(), "caseline-bench-timers-"));
const runtime = await startRuntime({ dataDir, port: 0, background: false });
const { app, timers } = runtime;
try {
  // Arm everything first, due after arming ends, then measure only firing. A first batch (due far away,
  // re-armed below) measures how fast this machine arms, to place the window just after arming.
  const armAll = async (items: { timerName: string; dueAt: string; kind: string; subjectId: string }[]) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: ARM_CONCURRENCY }, async () => {
        for (let i = next++; i < items.length; i = next++) await timers.arm(items[i]!);
      }),
    );
  };
  const timerAt = (i: number, due: number) => ({
    timerName: `bench-${String(i).padStart(6, "0")}`,
    dueAt: new Date(due).toISOString(),
    kind: "bench.timer",
    subjectId: `bench-${i}`,
  });
  const armStarted = Date.now();
  const calibration = Math.min(500, COUNT);
  await armAll(Array.from({ length: calibration }, (_, i) => timerAt(i, armStarted + 3_600_000)));
  const msPerArm = (Date.now() - armStarted) / calibration;
  const firstDue = Date.now() + 3_000 + COUNT * msPerArm * 2;
  const payloads = Array.from({ length: COUNT }, (_, i) =>
    timerAt(i, firstDue + Math.floor((i * SPREAD_S * 1000) / COUNT)),
  );
  await armAll(payloads);
  const armSeconds = (Date.now() - armStarted) / 1000;
  process.stderr.write(`armed ${COUNT} timers in ${armSeconds.toFixed(1)} s; firing over ${SPREAD_S} s\n`);
  if (Date.now() > firstDue) throw new Error("Arming took longer than planned: the first timers were due already");

  const lateness: number[] = [];
  const fired = new Set<string>();
  let duplicates = 0;
  const loop = new TimerLoop({
    timers,
    // The same path as under `npm start`: the timer function's handler (middy, logger, payload check).
    fire: (payload) => invoke(backgroundFunctions.timer.handler, payload),
    onFired: (timer, firedAt) => {
      if (fired.has(timer.timerName)) duplicates++;
      fired.add(timer.timerName);
      lateness.push(firedAt.getTime() - Date.parse(timer.dueAt));
    },
    onError: (error) => process.stderr.write(`timer error: ${String(error)}\n`),
  });
  loop.start();
  const deadline = firstDue + SPREAD_S * 1000 + 30_000;
  while (fired.size < COUNT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  await loop.stop();
  const records = await Promise.all(
    payloads.slice(0, 200).map(async (payload) => (await Timers.firingsOf(app, payload.timerName)).length),
  );

  const sorted = Float64Array.from(lateness).sort();
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  const lines = [
    `local timers: ${COUNT.toLocaleString("en-US")} armed (${armSeconds.toFixed(1)} s, ${Math.round(COUNT / armSeconds)}/s), due over ${SPREAD_S} s (${Math.round(COUNT / SPREAD_S)}/s)`,
    `fired ${fired.size.toLocaleString("en-US")} (${duplicates} duplicate deliveries); firing records of the first 200: ${records.every((n) => n === 1) ? "exactly one each" : "WRONG"}`,
    `lateness p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms (goal p99 ≤ 1000 ms)`,
  ];
  const json = {
    bench: "timers",
    armed: COUNT,
    fired: fired.size,
    duplicates,
    spreadSeconds: SPREAD_S,
    armPerSecond: Math.round(COUNT / armSeconds),
    latenessP50Ms: Math.round(p50),
    latenessP99Ms: Math.round(p99),
    latenessMaxMs: Math.round(max),
    withinGoal: p99 <= 1000 && fired.size === COUNT && duplicates === 0,
  };
  process.stdout.write(`${lines.join("\n")}\n\nBENCH_JSON ${JSON.stringify(json)}\n`);
} finally {
  await runtime.stop();
  await rm(dataDir, { recursive: true, force: true });
}
