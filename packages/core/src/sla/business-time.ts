/**
 * Business-time arithmetic over a calendar: `add`, `between` and `businessIntervals`.
 *
 * How wall-clock windows become real time. Windows are read in the calendar's zone, one local day at a time.
 * Business time follows real elapsed time between the instants that start and end a window. A wall time that
 * does not exist (spring-forward gap) maps to the first instant after the gap; an ambiguous one (fall-back
 * overlap) to its first occurrence. So a window 01:00–03:00 lasts 1 hour on a night whose 02:00–03:00 is
 * skipped and 3 hours on a night whose 01:00–02:00 happens twice. Holidays remove whole local days; closures
 * remove spans of real time.
 *
 * Cost. Only a few days are walked window by window: the days an operation starts and ends on. In between,
 * whole days are summed from the weekly template (business ms per weekday: O(1) for any number of weeks) plus
 * a correction for each exceptional day: a holiday, a day near a UTC offset change, or a day a closure touches.
 * Every other day holds exactly its weekday's template. The exceptional days are found once per aligned block
 * of 256 days and kept, with running sums of their corrections, on the compiled calendar; so a span costs a
 * lookup per block and a binary search, however long it is.
 */
import { InvalidInput, Unprocessable } from "../errors.js";
import { type CompiledCalendar, compileCalendar, type ExceptionBlock, lowerBound, upperBound } from "./calendar.js";
import type { CalendarDefinition } from "./calendar-schema.js";
import { DAY, MAX_INSTANT, MIN_INSTANT, MINUTE, weekdayOf } from "./time-zone.js";

/** `add` looks this far (about ten years) for the business time it is asked for, then gives up. */
export const MAX_SEARCH_DAYS = 3653;

/** A Date, an ISO-8601 string, or epoch milliseconds. */
export type Instant = Date | string | number;

export interface BusinessInterval {
  readonly start: Date;
  readonly end: Date;
}

/**
 * The instant `minutes` of business time after `instant` (minutes may be fractional; rounded to the millisecond).
 * `add(c, t, 0)` is `t` itself when `t` is business time, else the next instant that is. For more than 0 the
 * result is the instant the last minute completes, which may be the end of a window (13:00, not 14:00 after
 * lunch).
 */
export function add(calendar: CalendarDefinition, instant: Instant, minutes: number): Date {
  const cal = compileCalendar(calendar);
  const t = toMs(instant, "instant");
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new InvalidInput("minutes: a finite number of business minutes, 0 or more", { minutes });
  }
  if (cal.weekMs === 0) throw new Unprocessable(`calendar "${calendar.name}" has no working time`);
  return new Date(addMs(cal, t, Math.round(minutes * MINUTE)));
}

/** Business minutes in [a, b), to the millisecond; negative when b is before a. */
export function between(calendar: CalendarDefinition, a: Instant, b: Instant): number {
  const cal = compileCalendar(calendar);
  const from = toMs(a, "a");
  const to = toMs(b, "b");
  const ms = from <= to ? betweenMs(cal, from, to) : -betweenMs(cal, to, from);
  return ms === 0 ? 0 : ms / MINUTE;
}

/** The business time in [from, to) as ascending, disjoint [start, end) intervals; touching ones are joined. */
export function* businessIntervals(
  calendar: CalendarDefinition,
  from: Instant,
  to: Instant,
): Generator<BusinessInterval, void, undefined> {
  const cal = compileCalendar(calendar);
  const a = toMs(from, "from");
  const b = toMs(to, "to");
  if (b <= a) return;
  let start = Number.NaN;
  let end = Number.NaN;
  const last = localDay(cal, b) + 1;
  for (let day = localDay(cal, a); day <= last; day++) {
    const intervals = dayIntervals(cal, day);
    for (let i = 0; i < intervals.length; i += 2) {
      const s = Math.max(intervals[i] as number, a);
      const e = Math.min(intervals[i + 1] as number, b);
      if (e <= s) continue;
      if (s === end) end = e;
      else {
        if (end > start) yield { start: new Date(start), end: new Date(end) };
        start = s;
        end = e;
      }
    }
  }
  if (end > start) yield { start: new Date(start), end: new Date(end) };
}

function addMs(cal: CompiledCalendar, t: number, amount: number): number {
  const state = { rest: amount };
  const first = localDay(cal, t);
  // The first two local days may hold business time before t (a fall-back across midnight): walk them clipped.
  for (let day = first; day <= first + 1; day++) {
    const found = walk(dayIntervals(cal, day), t, state);
    if (found !== undefined) return found;
  }
  // Later days start after t. Take whole blocks of days from the template while they hold less than the rest.
  const limit = first + MAX_SEARCH_DAYS;
  for (let from = first + 2; from < limit; ) {
    const goal = Math.max(state.rest, 1); // 0 asks for the first business instant: the first day with any
    const block = exceptionBlock(cal, from);
    const to = Math.min(limit, block.start + BLOCK_DAYS);
    const total = blockMs(cal, block, from, to);
    if (total < goal) {
      state.rest -= total;
      from = to;
      continue;
    }
    // The day the rest runs out in: the first x with blockMs(from, x + 1) ≥ goal.
    let lo = from;
    let hi = to - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (blockMs(cal, block, from, mid + 1) >= goal) hi = mid;
      else lo = mid + 1;
    }
    state.rest -= blockMs(cal, block, from, lo);
    const found = walk(dayIntervals(cal, lo), Number.NEGATIVE_INFINITY, state);
    if (found === undefined) throw new Error(`business-time template disagrees with day ${lo}`);
    return found;
  }
  throw new Unprocessable(`no business time in the ten years after ${new Date(t).toISOString()}`);
}

/**
 * Walks the flat [start, end, …] intervals from `notBefore`: the instant where `state.rest` ms run out (the first
 * business instant when it is 0), or undefined with the time walked taken off `state.rest`.
 */
function walk(intervals: readonly number[], notBefore: number, state: { rest: number }): number | undefined {
  for (let i = 0; i < intervals.length; i += 2) {
    const start = Math.max(intervals[i] as number, notBefore);
    const end = intervals[i + 1] as number;
    if (end <= start) continue;
    if (state.rest === 0) return start;
    if (end - start >= state.rest) return start + state.rest;
    state.rest -= end - start;
  }
  return undefined;
}

function betweenMs(cal: CompiledCalendar, a: number, b: number): number {
  if (a === b) return 0;
  const first = localDay(cal, a);
  const last = localDay(cal, b);
  if (last - first < 4) return clippedMs(cal, first, last + 1, a, b);
  // Days first+2 … last-1 lie wholly inside [a, b); only the edge days need clipping.
  return clippedMs(cal, first, first + 1, a, b) + daysMs(cal, first + 2, last) + clippedMs(cal, last, last + 1, a, b);
}

/** Business ms of days firstDay…lastDay (inclusive) that fall in [a, b). */
function clippedMs(cal: CompiledCalendar, firstDay: number, lastDay: number, a: number, b: number): number {
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    const intervals = dayIntervals(cal, day);
    for (let i = 0; i < intervals.length; i += 2) {
      total += Math.max(0, Math.min(intervals[i + 1] as number, b) - Math.max(intervals[i] as number, a));
    }
  }
  return total;
}

/** Business ms of the whole days [from, to): the template plus each block's corrections. */
function daysMs(cal: CompiledCalendar, from: number, to: number): number {
  let total = 0;
  for (let day = from; day < to; ) {
    const block = exceptionBlock(cal, day);
    const end = Math.min(to, block.start + BLOCK_DAYS);
    total += blockMs(cal, block, day, end);
    day = end;
  }
  return total;
}

/** Business ms of the whole days [from, to), all inside `block`. */
function blockMs(cal: CompiledCalendar, block: ExceptionBlock, from: number, to: number): number {
  const { days, cumulative } = block;
  return (
    cal.nominalSum(from, to) +
    (cumulative[lowerBound(days, to)] as number) -
    (cumulative[lowerBound(days, from)] as number)
  );
}

/** Exceptions are kept per aligned block of this many days: a year's span reads two or three blocks. */
const BLOCK_DAYS = 256;

/** The block holding `day`, computed on first use. */
function exceptionBlock(cal: CompiledCalendar, day: number): ExceptionBlock {
  const start = Math.floor(day / BLOCK_DAYS) * BLOCK_DAYS;
  let block = cal.blocks.get(start);
  if (!block) {
    if (cal.blocks.size >= 4096) cal.blocks.clear();
    block = computeBlock(cal, start, start + BLOCK_DAYS);
    cal.blocks.set(start, block);
  }
  return block;
}

/**
 * The days of [from, to) whose business time may differ from the template: holidays; days within two days of
 * an offset change (the only ones whose windows may not all map with one offset, see dayIntervals); days a
 * closure touches. Every other day holds exactly its weekday's template.
 */
function computeBlock(cal: CompiledCalendar, from: number, to: number): ExceptionBlock {
  const candidates = cal.holidaysIn(from, to);
  for (const change of cal.zone.transitions(from * DAY - 2 * DAY, (to - 1) * DAY + 2 * DAY)) {
    for (let day = Math.ceil((change - 2 * DAY) / DAY); day * DAY < change + 2 * DAY; day++) {
      if (day >= from && day < to) candidates.push(day);
    }
  }
  const { closureStarts, closureEnds } = cal;
  // Wall and UTC differ by under a day, so these bounds catch every closure that reaches a day of the range.
  for (let k = upperBound(closureEnds, from * DAY - 2 * DAY); k < closureStarts.length; k++) {
    const start = closureStarts[k] as number;
    if (start >= to * DAY + 2 * DAY) break;
    // Days before the start's local day end by the start; days after the end's next day begin after the end.
    const last = Math.min(to - 1, localDay(cal, closureEnds[k] as number) + 1);
    for (let day = Math.max(from, localDay(cal, start)); day <= last; day++) candidates.push(day);
  }
  candidates.sort((x, y) => x - y);
  const days: number[] = [];
  const cumulative = [0];
  let sum = 0;
  let previous = Number.NaN;
  for (const day of candidates) {
    if (day === previous) continue;
    previous = day;
    const delta = dayDelta(cal, day);
    if (delta === 0) continue;
    sum += delta;
    days.push(day);
    cumulative.push(sum);
  }
  return { start: from, days, cumulative };
}

/** Business ms of a day minus its weekday's template. */
function dayDelta(cal: CompiledCalendar, day: number): number {
  const intervals = dayIntervals(cal, day);
  let delta = -(cal.nominal[weekdayOf(day)] as number);
  for (let i = 0; i < intervals.length; i += 2) delta += (intervals[i + 1] as number) - (intervals[i] as number);
  return delta;
}

const NONE: readonly number[] = [];

/** Business time of local day `day` as flat UTC [start, end, …], ascending and disjoint. */
function dayIntervals(cal: CompiledCalendar, day: number): readonly number[] {
  const windows = cal.windows[weekdayOf(day)] as readonly number[];
  if (windows.length === 0 || cal.isHoliday(day)) return NONE;
  const midnight = day * DAY;
  // With no offset change within two days of midnight, every wall time of the day maps with one offset.
  const offset = cal.zone.constantOffset(midnight - 2 * DAY, midnight + 2 * DAY);
  const out: number[] = [];
  for (let i = 0; i < windows.length; i += 2) {
    const wallStart = midnight + (windows[i] as number);
    const wallEnd = midnight + (windows[i + 1] as number);
    const start = offset === undefined ? cal.zone.toInstant(wallStart) : wallStart - offset;
    const end = offset === undefined ? cal.zone.toInstant(wallEnd) : wallEnd - offset;
    if (end > start) out.push(start, end);
  }
  return cal.closureStarts.length === 0 ? out : subtractClosures(cal, out);
}

function subtractClosures(cal: CompiledCalendar, intervals: number[]): number[] {
  if (intervals.length === 0) return intervals;
  const { closureStarts, closureEnds } = cal;
  let k = upperBound(closureEnds, intervals[0] as number);
  if (k === closureStarts.length || (closureStarts[k] as number) >= (intervals[intervals.length - 1] as number)) {
    return intervals;
  }
  const out: number[] = [];
  for (let i = 0; i < intervals.length; i += 2) {
    let start = intervals[i] as number;
    const end = intervals[i + 1] as number;
    while (start < end) {
      while (k < closureStarts.length && (closureEnds[k] as number) <= start) k++;
      const closureStart = k < closureStarts.length ? (closureStarts[k] as number) : Number.POSITIVE_INFINITY;
      if (closureStart >= end) {
        out.push(start, end);
        break;
      }
      if (closureStart > start) out.push(start, closureStart);
      start = closureEnds[k] as number;
    }
  }
  return out;
}

function localDay(cal: CompiledCalendar, t: number): number {
  return Math.floor(cal.zone.wall(t) / DAY);
}

/** ISO 8601 with a zone designator: a string without one would be read in the server's zone. */
const isoInstant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/i;

function toMs(value: Instant, what: string): number {
  const ms =
    typeof value === "number"
      ? value
      : value instanceof Date
        ? value.getTime()
        : isoInstant.test(value)
          ? Date.parse(value)
          : Number.NaN;
  if (!(ms >= MIN_INSTANT && ms < MAX_INSTANT)) {
    throw new InvalidInput(`${what}: an instant between 1900 and 2299`, { [what]: String(value) });
  }
  return ms;
}
