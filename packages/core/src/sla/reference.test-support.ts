/**
 * A slow reference for business time, for tests only. It shares no code with the engine: it asks Intl for the
 * wall clock of every sampled instant and decides, instant by instant, whether that instant is business time.
 *
 * The rule it encodes: a window [S, E) of local day D covers the instants from the first one whose wall clock
 * has reached D+S to the first one whose wall clock has reached D+E. So an instant is business time when the
 * highest wall-clock reading seen so far (its "high-water mark") lies in a window of a working day, and no
 * closure covers the instant. In an ordinary hour the mark is just the wall clock; during a repeated hour it
 * stays at the reading before the clocks went back, which is what "first occurrence" means.
 */
import type { CalendarDefinition } from "./calendar-schema.js";

export const SECOND = 1000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const jsWeekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** The wall clock of `t` in `timeZone` (as ms, read as if UTC), parsed from Intl's en-GB "dd/mm/yyyy, hh:mm:ss". */
export function wallClock(timeZone: string): (t: number) => number {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  return (t) => {
    const match = /^(\d\d)\/(\d\d)\/(\d{4}), (\d\d):(\d\d):(\d\d)$/.exec(format.format(t));
    if (!match) throw new Error(`unexpected Intl output: ${format.format(t)}`);
    const [, day, month, year, hour, minute, second] = match.map(Number) as number[];
    return Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute, second) + (t % SECOND);
  };
}

/** The instants (to the minute) where `timeZone` changes its UTC offset during the given years. */
export function offsetChanges(timeZone: string, fromYear: number, toYear: number): number[] {
  const wall = wallClock(timeZone);
  const offset = (t: number) => wall(t) - t;
  const changes: number[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  for (let t = Date.UTC(fromYear, 0, 1); t < end; t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    changes.push(hi);
  }
  return changes;
}

/**
 * Business status of the cells [from + i·step, from + (i+1)·step) for i < count. A cell's status is read at its
 * start, so the cells must be fine enough that nothing changes inside one: whole minutes when windows, offset
 * changes and closures all fall on whole minutes, seconds otherwise.
 */
export function referenceStatus(calendar: CalendarDefinition, from: number, count: number, step: number): Uint8Array {
  const wall = wallClock(calendar.timeZone);
  const windows = jsWeekdays.map((day) =>
    calendar.weekly[day].map((w) => [parseTime(w.start), parseTime(w.end)] as const),
  );
  const recurring = new Set<string>();
  const dates = new Set<string>();
  for (const holiday of calendar.holidays) {
    if ("date" in holiday) dates.add(holiday.date);
    else recurring.add(`${holiday.month}-${holiday.day}`);
  }
  const closures = calendar.closures.map((c) => [Date.parse(c.start), Date.parse(c.end)] as const);

  // Warm the high-water mark on the whole minutes of the three hours before `from` (repeated hours are shorter).
  let mark = Number.NEGATIVE_INFINITY;
  for (let u = Math.floor(from / MINUTE) * MINUTE - 180 * MINUTE; u < from; u += MINUTE) mark = Math.max(mark, wall(u));

  const status = new Uint8Array(count);
  let day = Number.NaN;
  let dayWindows: readonly (readonly [number, number])[] = [];
  for (let i = 0; i < count; i++) {
    const t = from + i * step;
    mark = Math.max(mark, wall(t));
    if (Math.floor(mark / DAY) !== day) {
      day = Math.floor(mark / DAY);
      const date = new Date(day * DAY);
      const holiday =
        dates.has(date.toISOString().slice(0, 10)) || recurring.has(`${date.getUTCMonth() + 1}-${date.getUTCDate()}`);
      dayWindows = holiday ? [] : (windows[date.getUTCDay()] ?? []);
    }
    const sinceMidnight = mark - day * DAY;
    if (!dayWindows.some(([s, e]) => s <= sinceMidnight && sinceMidnight < e)) continue;
    if (!closures.some(([start, end]) => start <= t && t < end)) status[i] = 1;
  }
  return status;
}

function parseTime(time: string): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return (h * 60 + m) * MINUTE;
}

/** Cells read by referenceStatus, answering business-time questions by counting. */
export class ReferenceTimeline {
  constructor(
    readonly from: number,
    readonly step: number,
    readonly status: Uint8Array,
  ) {}

  get end(): number {
    return this.from + this.status.length * this.step;
  }

  /** Business ms in [a, b) (a ≤ b, both inside the timeline). */
  between(a: number, b: number): number {
    let total = 0;
    for (let i = this.cellOf(a); i < this.status.length; i++) {
      const cellStart = this.from + i * this.step;
      if (cellStart >= b) break;
      if (this.status[i]) total += Math.min(cellStart + this.step, b) - Math.max(cellStart, a);
    }
    return total;
  }

  /** The instant `ms` of business time after `a` (the first business instant for 0); undefined past the end. */
  add(a: number, ms: number): number | undefined {
    let rest = ms;
    for (let i = this.cellOf(a); i < this.status.length; i++) {
      if (!this.status[i]) continue;
      const start = Math.max(this.from + i * this.step, a);
      const end = this.from + (i + 1) * this.step;
      if (rest === 0) return start;
      if (end - start >= rest) return start + rest;
      rest -= end - start;
    }
    return undefined;
  }

  /** Business intervals within [a, b), joined where they touch. */
  intervals(a: number, b: number): [number, number][] {
    const out: [number, number][] = [];
    for (let i = this.cellOf(a); i < this.status.length; i++) {
      const cellStart = this.from + i * this.step;
      if (cellStart >= b) break;
      if (!this.status[i]) continue;
      const start = Math.max(cellStart, a);
      const end = Math.min(cellStart + this.step, b);
      if (end <= start) continue;
      const last = out[out.length - 1];
      if (last && last[1] === start) last[1] = end;
      else out.push([start, end]);
    }
    return out;
  }

  private cellOf(t: number): number {
    return Math.max(0, Math.floor((t - this.from) / this.step));
  }
}
