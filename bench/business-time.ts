/**
 * The cost of business-time arithmetic against the length of the span: `add` with a 1-hour target and with a
 * 1-year target (52 ordinary weeks of business time, ~2080 h) on a realistic office calendar. The goal is a
 * 1-year add within 5× the cost of a 1-hour add: cost should follow the windows crossed, not the span.
 *
 * Run with `node --import tsx bench/business-time.ts`. Each case is warmed up, then measured in alternating
 * rounds of a fixed duration (the machine is shared, so the median round is reported). Results go to stdout
 * as a table and one `BENCH_JSON {...}` line.
 */
import { performance } from "node:perf_hooks";
import { add, between } from "@caseline/core/sla/business-time";
import { type CalendarDefinition, calendarDefinition } from "@caseline/core/sla/calendar-schema";

const officeDay = [
  { start: "09:00", end: "13:00" },
  { start: "14:00", end: "18:00" },
];

/** A Lisbon office: Mon–Fri 9–18 with lunch, Portugal's public holidays, and a few closures. */
const lisbon: CalendarDefinition = calendarDefinition.parse({
  name: "Lisbon office",
  timeZone: "Europe/Lisbon",
  weekly: { mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay },
  holidays: [
    { name: "New Year", month: 1, day: 1 },
    { name: "Freedom Day", month: 4, day: 25 },
    { name: "Labour Day", month: 5, day: 1 },
    { name: "Portugal Day", month: 6, day: 10 },
    { name: "Assumption", month: 8, day: 15 },
    { name: "Republic Day", month: 10, day: 5 },
    { name: "All Saints", month: 11, day: 1 },
    { name: "Restoration of Independence", month: 12, day: 1 },
    { name: "Immaculate Conception", month: 12, day: 8 },
    { name: "Christmas", month: 12, day: 25 },
    ...["2026-04-03", "2027-03-26", "2028-04-14"].map((date) => ({ name: "Good Friday", date })),
    ...["2026-06-04", "2027-05-27", "2028-06-15"].map((date) => ({ name: "Corpus Christi", date })),
  ],
  closures: [
    { name: "Power cut", start: "2026-05-04T10:00:00Z", end: "2026-05-04T12:30:00Z" },
    { name: "Training afternoon", start: "2026-09-15T13:00:00Z", end: "2026-09-15T17:00:00Z" },
    { name: "System migration", start: "2027-02-10T08:00:00Z", end: "2027-02-12T18:00:00Z" },
    { name: "Fire drill", start: "2027-06-08T09:30:00Z", end: "2027-06-08T10:15:00Z" },
  ],
});

const HOUR_TARGET = 60;
const YEAR_TARGET = 52 * 5 * 8 * 60;
const WARMUP_MS = 1000;
const ROUND_MS = 400;
const ROUNDS = 7;

/** Start instants spread over 2026–2027 at random seconds (a fixed sequence, so runs compare). */
const starts: Date[] = [];
let seed = 20_260_101;
for (let i = 0; i < 4096; i++) {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  starts.push(new Date(Date.UTC(2026, 0, 1) + Math.floor((seed / 2_147_483_648) * 2 * 365 * 86_400) * 1000));
}

let sink = 0;

type Operation = (start: Date) => number;
const cases: Record<string, Operation> = {
  "add 1 hour": (start) => add(lisbon, start, HOUR_TARGET).getTime(),
  "add 1 year": (start) => add(lisbon, start, YEAR_TARGET).getTime(),
  "between 1 hour": (start) => between(lisbon, start, new Date(start.getTime() + 3_600_000)),
  "between 1 year": (start) => between(lisbon, start, new Date(start.getTime() + 365 * 86_400_000)),
};

/** Runs `operation` over the start instants for about `ms` milliseconds; returns operations per second. */
function run(operation: Operation, ms: number): number {
  let count = 0;
  const began = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 256; i++) sink += operation(starts[(count + i) % starts.length] as Date);
    count += 256;
    elapsed = performance.now() - began;
  }
  return (count / elapsed) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const firstCallMs = (() => {
  const began = performance.now();
  sink += add(lisbon, new Date("2026-03-06T16:30:00Z"), YEAR_TARGET).getTime();
  return performance.now() - began;
})();

for (const operation of Object.values(cases)) run(operation, WARMUP_MS);
const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, operation] of Object.entries(cases)) rounds[name]?.push(run(operation, ROUND_MS));
}
const opsPerSec = Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, median(values)]));

const addRatio = (opsPerSec["add 1 hour"] ?? 0) / (opsPerSec["add 1 year"] ?? 1);
const betweenRatio = (opsPerSec["between 1 hour"] ?? 0) / (opsPerSec["between 1 year"] ?? 1);

const lines = [
  `business time on "${lisbon.name}" (${lisbon.timeZone}), ${lisbon.holidays.length} holidays, ${lisbon.closures.length} closures`,
  `median of ${ROUNDS} rounds of ${ROUND_MS} ms after ${WARMUP_MS} ms warm-up per case`,
  "",
  ...Object.entries(opsPerSec).map(
    ([name, ops]) =>
      `${name.padEnd(16)} ${Math.round(ops).toLocaleString("en-US").padStart(10)} ops/s  ${(1e6 / ops).toFixed(2).padStart(7)} µs/op`,
  ),
  "",
  `add: 1 year costs ${addRatio.toFixed(2)}× 1 hour (goal ≤ 5×)`,
  `between: 1 year costs ${betweenRatio.toFixed(2)}× 1 hour`,
  `first call (cold zone rules, 1-year add): ${firstCallMs.toFixed(1)} ms`,
];
const json = {
  bench: "business-time",
  calendar: lisbon.name,
  timeZone: lisbon.timeZone,
  addHourOpsPerSec: Math.round(opsPerSec["add 1 hour"] ?? 0),
  addYearOpsPerSec: Math.round(opsPerSec["add 1 year"] ?? 0),
  addYearToHourCostRatio: Number(addRatio.toFixed(3)),
  betweenHourOpsPerSec: Math.round(opsPerSec["between 1 hour"] ?? 0),
  betweenYearOpsPerSec: Math.round(opsPerSec["between 1 year"] ?? 0),
  betweenYearToHourCostRatio: Number(betweenRatio.toFixed(3)),
  goalRatio: 5,
  withinGoal: addRatio <= 5,
  firstCallMs: Number(firstCallMs.toFixed(2)),
  checksum: sink % 1_000_003,
};
process.stdout.write(`${lines.join("\n")}\n\nBENCH_JSON ${JSON.stringify(json)}\n`);
