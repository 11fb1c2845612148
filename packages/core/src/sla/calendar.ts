import { InvalidInput } from "../errors.js";
import { type CalendarDefinition, calendarDefinition, minutesOf, weekdays } from "./calendar-schema.js";
import { civilDate, dayNumber, isLeapYear, MINUTE, TimeZoneRules, weekdayOf } from "./time-zone.js";

/** Days of one aligned block whose business time differs from their weekday's template. */
export interface ExceptionBlock {
  /** First day of the block. */
  readonly start: number;
  /** The exceptional days, ascending. */
  readonly days: readonly number[];
  /** cumulative[i] = sum of (business ms − template ms) over days[0 … i-1]; one more entry than days. */
  readonly cumulative: readonly number[];
}

/**
 * A calendar turned into what the arithmetic needs: wall-clock windows in ms per weekday, the weekly template's
 * totals, holidays as day numbers, closures as sorted disjoint UTC spans. Compiled once per definition object.
 */
export class CompiledCalendar {
  readonly zone: TimeZoneRules;
  /** Per weekday (Monday first): flat [start, end, start, end, …] in ms after local midnight, merged. */
  readonly windows: readonly (readonly number[])[];
  /** Business ms of each weekday in an ordinary week (no holiday, closure or offset change). */
  readonly nominal: readonly number[];
  readonly weekMs: number;
  /** cycle[k] = nominal business ms of weekdays 0…k-1 taken cyclically (k < 14): O(1) sums of any day range. */
  private readonly cycle: readonly number[];
  private readonly recurring: readonly (readonly [month: number, day: number])[];
  private readonly recurringKeys: ReadonlySet<number>;
  private readonly oneOff: readonly number[];
  private readonly oneOffSet: ReadonlySet<number>;
  readonly closureStarts: readonly number[];
  readonly closureEnds: readonly number[];
  /** Exceptional days per aligned block of days (see business-time.ts); pure functions of the calendar, so kept. */
  readonly blocks = new Map<number, ExceptionBlock>();

  constructor(readonly definition: CalendarDefinition) {
    this.zone = TimeZoneRules.for(definition.timeZone);
    this.windows = weekdays.map((day) => mergeWindows(definition.weekly[day]));
    this.nominal = this.windows.map((w) => {
      let total = 0;
      for (let i = 0; i < w.length; i += 2) total += (w[i + 1] as number) - (w[i] as number);
      return total;
    });
    this.weekMs = this.nominal.reduce((a, b) => a + b, 0);
    const cycle = [0];
    for (let k = 0; k < 13; k++) cycle.push((cycle[k] as number) + (this.nominal[k % 7] as number));
    this.cycle = cycle;

    const recurring: [number, number][] = [];
    const oneOff = new Set<number>();
    for (const holiday of definition.holidays) {
      if ("date" in holiday) {
        const [y, m, d] = holiday.date.split("-").map(Number) as [number, number, number];
        oneOff.add(dayNumber(y, m, d));
      } else recurring.push([holiday.month, holiday.day]);
    }
    this.recurring = recurring;
    this.recurringKeys = new Set(recurring.map(([m, d]) => m * 100 + d));
    this.oneOffSet = oneOff;
    this.oneOff = [...oneOff].sort((a, b) => a - b);

    const spans = definition.closures
      .map((c) => [Date.parse(c.start), Date.parse(c.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const [start, end] of spans) {
      const last = ends.length - 1;
      if (last >= 0 && start <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, end);
      else {
        starts.push(start);
        ends.push(end);
      }
    }
    this.closureStarts = starts;
    this.closureEnds = ends;
  }

  isHoliday(day: number): boolean {
    if (this.oneOffSet.has(day)) return true;
    if (this.recurringKeys.size === 0) return false;
    const { month, day: dom } = civilDate(day);
    return this.recurringKeys.has(month * 100 + dom);
  }

  /** Nominal business ms of the days [from, to). */
  nominalSum(from: number, to: number): number {
    const n = to - from;
    const weeks = Math.floor(n / 7);
    const first = weekdayOf(from);
    return weeks * this.weekMs + (this.cycle[first + (n - weeks * 7)] as number) - (this.cycle[first] as number);
  }

  /** Holidays in [from, to) that fall on a weekday with working windows, ascending, possibly repeated. */
  holidaysIn(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = lowerBound(this.oneOff, from); i < this.oneOff.length; i++) {
      const day = this.oneOff[i] as number;
      if (day >= to) break;
      if (this.nominal[weekdayOf(day)]) out.push(day);
    }
    if (this.recurring.length > 0) {
      const last = civilDate(to - 1).year;
      for (let year = civilDate(from).year; year <= last; year++) {
        for (const [month, dom] of this.recurring) {
          if (month === 2 && dom === 29 && !isLeapYear(year)) continue;
          const day = dayNumber(year, month, dom);
          if (day >= from && day < to && this.nominal[weekdayOf(day)]) out.push(day);
        }
      }
    }
    return out;
  }
}

/** Joins touching windows (09:00–13:00 + 13:00–18:00): same business time, fewer boundaries to map. */
function mergeWindows(windows: readonly { start: string; end: string }[]): number[] {
  const out: number[] = [];
  for (const { start, end } of windows) {
    const s = minutesOf(start) * MINUTE;
    const e = minutesOf(end) * MINUTE;
    if (out.length > 0 && out[out.length - 1] === s) out[out.length - 1] = e;
    else out.push(s, e);
  }
  return out;
}

/** First index whose value is ≥ x (values ascending). */
export function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x (values ascending). */
export function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const compiled = new WeakMap<CalendarDefinition, CompiledCalendar>();

/**
 * Validates and compiles a calendar, once per definition object (definitions are treated as immutable: a changed
 * calendar is a new object). An invalid one is refused with its issues.
 */
export function compileCalendar(definition: CalendarDefinition): CompiledCalendar {
  let calendar = compiled.get(definition);
  if (!calendar) {
    const parsed = calendarDefinition.safeParse(definition);
    if (!parsed.success) {
      throw new InvalidInput(`calendar: ${parsed.error.issues.map((i) => i.message).join("; ")}`, {
        issues: parsed.error.issues,
      });
    }
    calendar = new CompiledCalendar(parsed.data);
    compiled.set(definition, calendar);
  }
  return calendar;
}
