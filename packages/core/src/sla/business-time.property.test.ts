import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, between, businessIntervals } from "./business-time.js";
import { type CalendarDefinition, calendarDefinition, weekdays } from "./calendar-schema.js";
import { DAY, MINUTE, offsetChanges, ReferenceTimeline, referenceStatus, SECOND } from "./reference.test-support.js";

const HOUR = 60 * MINUTE;
const RUNS = { numRuns: 200 };

/** No DST (Kolkata), the usual hour (New York, London), a 30-minute shift (Lord Howe), a +12:45 zone (Chatham). */
const zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham"];
const changes = new Map(zones.map((zone) => [zone, offsetChanges(zone, 2024, 2028)]));

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Window edges: often on the quarter hour, often in the small hours where clocks change, sometimes anywhere. */
const wallMinute = fc.oneof(
  fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 16 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 1440 }),
);

/** Edges between 00:00 and 05:00 only, where every tested zone changes its clocks. */
const smallHoursMinute = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 300 }),
);

/** Empty days, single windows and split shifts (up to three windows). */
const weekly = (edge: fc.Arbitrary<number>) => {
  const dayWindows = fc.oneof(
    { weight: 1, arbitrary: fc.constant<number[]>([]) },
    { weight: 3, arbitrary: fc.uniqueArray(edge, { minLength: 2, maxLength: 6 }) },
  );
  return fc.array(dayWindows, { minLength: 7, maxLength: 7 }).map(toWeek);
};

function toWeek(days: number[][]): CalendarDefinition["weekly"] {
  const week = Object.fromEntries(
    weekdays.map((day, i) => {
      const edges = [...(days[i] ?? [])].sort((x, y) => x - y);
      const windows = [];
      for (let k = 0; k + 1 < edges.length; k += 2) {
        windows.push({ start: hhmm(edges[k] as number), end: hhmm(edges[k + 1] as number) });
      }
      return [day, windows];
    }),
  ) as CalendarDefinition["weekly"];
  if (weekdays.every((day) => week[day].length === 0)) week.mon = [{ start: "09:00", end: "17:00" }];
  return week;
}

/** Instants spread over 1995–2045, or shortly before a UTC offset change (half the time where there are any). */
function instant(zone: string, unit: number, before: number): fc.Arbitrary<number> {
  const uniform = fc
    .integer({ min: Date.UTC(1995, 0, 1) / unit, max: Date.UTC(2045, 0, 1) / unit })
    .map((k) => k * unit);
  const near = changes.get(zone) ?? [];
  if (near.length === 0) return uniform;
  return fc.oneof(
    uniform,
    fc
      .tuple(fc.constantFrom(...near), fc.integer({ min: -before / unit, max: HOUR / unit }))
      .map(([change, k]) => change + k * unit),
  );
}

interface Scenario {
  readonly calendar: CalendarDefinition;
  readonly a: number;
  /** Business minutes of an ordinary week, to size targets the calendar can meet. */
  readonly weekMinutes: number;
}

const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A random calendar in a random zone and a start instant `a`. Holidays and closures are placed around
 * [a, a + span] so that they matter; closures start and end on multiples of `closureUnit`.
 */
function scenario(
  span: number,
  instantUnit: number,
  closureUnit: number,
  edge: fc.Arbitrary<number> = wallMinute,
): fc.Arbitrary<Scenario> {
  const spanDays = Math.ceil(span / DAY);
  const dayOffset = fc.integer({ min: -3, max: spanDays + 3 });
  return fc.constantFrom(...zones).chain((zone) =>
    fc
      .record({
        a: instant(zone, instantUnit, Math.max(span, HOUR)),
        weekly: weekly(edge),
        recurring: fc.array(dayOffset, { maxLength: 3 }),
        leapDay: fc.boolean(),
        dates: fc.array(dayOffset, { maxLength: Math.min(8, spanDays + 2) }),
        closures: fc.array(
          fc.tuple(
            fc.integer({ min: (-2 * DAY) / closureUnit, max: Math.floor(span / closureUnit) }),
            fc.integer({ min: 1, max: (3 * DAY) / closureUnit }),
          ),
          { maxLength: spanDays > 60 ? 8 : 3 },
        ),
      })
      .map(({ a, weekly, recurring, leapDay, dates, closures }) => {
        const origin = Math.floor(a / closureUnit) * closureUnit;
        const calendar = calendarDefinition.parse({
          name: "random",
          timeZone: zone,
          weekly,
          holidays: [
            ...recurring.map((k) => {
              const date = new Date(a + k * DAY);
              return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
            }),
            ...(leapDay ? [{ month: 2, day: 29 }] : []),
            ...dates.map((k) => ({ date: isoDate(a + k * DAY) })),
          ],
          closures: closures.map(([offset, length]) => ({
            start: new Date(origin + offset * closureUnit).toISOString(),
            end: new Date(origin + (offset + length) * closureUnit).toISOString(),
          })),
        });
        let weekMinutes = 0;
        for (const day of weekdays) {
          for (const w of calendar.weekly[day]) weekMinutes += minutesOf(w.end) - minutesOf(w.start);
        }
        return { calendar, a, weekMinutes };
      }),
  );
}

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return h * 60 + m;
}

/** `between` in whole ms (it returns minutes; every expectation here is an integer number of ms). */
const betweenMs = (calendar: CalendarDefinition, a: number, b: number) =>
  Math.round(between(calendar, new Date(a), new Date(b)) * MINUTE);
const addMs = (calendar: CalendarDefinition, a: number, ms: number) =>
  add(calendar, new Date(a), ms / MINUTE).getTime();

/** A business-time target of up to ~100 ordinary weeks of this calendar, in whole seconds. */
const target = (s: Scenario, fraction: number) =>
  Math.floor((fraction * s.weekMinutes * 100 * MINUTE) / SECOND) * SECOND;
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

describe("business time agrees with a slow reference that reads the wall clock of every instant", () => {
  it("minute by minute over up to 5 days (start and end to the second; closures on whole minutes)", () => {
    const span = 5 * DAY;
    fc.assert(
      fc.property(scenario(span, SECOND, MINUTE), fraction, fraction, (s, bFraction, mFraction) => {
        const from = Math.floor(s.a / MINUTE) * MINUTE;
        const timeline = new ReferenceTimeline(
          from,
          MINUTE,
          referenceStatus(s.calendar, from, span / MINUTE + 1, MINUTE),
        );
        const b = s.a + Math.floor((bFraction * span) / SECOND) * SECOND;
        expect(betweenMs(s.calendar, s.a, b)).toBe(timeline.between(s.a, b));
        const intervals = [...businessIntervals(s.calendar, new Date(s.a), new Date(b))];
        expect(intervals.map((i) => [i.start.getTime(), i.end.getTime()])).toEqual(timeline.intervals(s.a, b));

        const available = timeline.between(s.a, s.a + span);
        const m = Math.floor((mFraction * available) / SECOND) * SECOND;
        const expected = timeline.add(s.a, m);
        if (expected !== undefined) expect(addMs(s.calendar, s.a, m)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("minute by minute over 2 days around offset changes, with windows in the small hours", () => {
    const span = 2 * DAY;
    fc.assert(
      fc.property(scenario(span, MINUTE, MINUTE, smallHoursMinute), fraction, fraction, (s, bFraction, mFraction) => {
        const timeline = new ReferenceTimeline(s.a, MINUTE, referenceStatus(s.calendar, s.a, span / MINUTE, MINUTE));
        const b = s.a + Math.floor((bFraction * span) / MINUTE) * MINUTE;
        expect(betweenMs(s.calendar, s.a, b)).toBe(timeline.between(s.a, b));
        const intervals = [...businessIntervals(s.calendar, new Date(s.a), new Date(b))];
        expect(intervals.map((i) => [i.start.getTime(), i.end.getTime()])).toEqual(timeline.intervals(s.a, b));
        const m = Math.floor((mFraction * timeline.between(s.a, timeline.end)) / MINUTE) * MINUTE;
        const expected = timeline.add(s.a, m);
        if (expected !== undefined) expect(addMs(s.calendar, s.a, m)).toBe(expected);
      }),
      RUNS,
    );
  });

  it("second by second over up to 2 hours near offset changes (closures to the second)", () => {
    const span = 2 * HOUR;
    fc.assert(
      fc.property(scenario(span, SECOND, SECOND), fraction, fraction, (s, bFraction, mFraction) => {
        const timeline = new ReferenceTimeline(s.a, SECOND, referenceStatus(s.calendar, s.a, span / SECOND, SECOND));
        const b = s.a + Math.floor((bFraction * span) / SECOND) * SECOND;
        expect(betweenMs(s.calendar, s.a, b)).toBe(timeline.between(s.a, b));
        const m = Math.floor((mFraction * timeline.between(s.a, timeline.end)) / SECOND) * SECOND;
        const expected = timeline.add(s.a, m);
        if (expected !== undefined) expect(addMs(s.calendar, s.a, m)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe("business-time laws over spans of up to two years", () => {
  const span = 730 * DAY;
  const long = scenario(span, SECOND, SECOND);

  it("between(a, add(a, m)) = m, to the second", () => {
    fc.assert(
      fc.property(long, fraction, (s, f) => {
        const m = target(s, f);
        expect(betweenMs(s.calendar, s.a, addMs(s.calendar, s.a, m))).toBe(m);
      }),
      RUNS,
    );
  });

  it("add is monotone in the start: a ≤ b ⇒ add(a, m) ≤ add(b, m)", () => {
    fc.assert(
      fc.property(long, fc.integer({ min: 0, max: (60 * DAY) / SECOND }), fraction, (s, gap, f) => {
        const m = target(s, f);
        expect(addMs(s.calendar, s.a, m)).toBeLessThanOrEqual(addMs(s.calendar, s.a + gap * SECOND, m));
      }),
      RUNS,
    );
  });

  it("add is monotone in the amount: m1 ≤ m2 ⇒ add(a, m1) ≤ add(a, m2)", () => {
    fc.assert(
      fc.property(long, fraction, fraction, (s, f1, f2) => {
        const [m1, m2] = [target(s, f1), target(s, f2)].sort((x, y) => x - y) as [number, number];
        expect(addMs(s.calendar, s.a, m1)).toBeLessThanOrEqual(addMs(s.calendar, s.a, m2));
      }),
      RUNS,
    );
  });

  it("between is additive and antisymmetric: between(a, c) = between(a, b) + between(b, c)", () => {
    const offset = fc.integer({ min: -span / SECOND / 2, max: span / SECOND / 2 }).map((k) => k * SECOND);
    fc.assert(
      fc.property(long, offset, offset, (s, db, dc) => {
        const [a, b, c] = [s.a, s.a + db, s.a + dc];
        expect(betweenMs(s.calendar, a, c)).toBe(betweenMs(s.calendar, a, b) + betweenMs(s.calendar, b, c));
        expect(betweenMs(s.calendar, c, a) + betweenMs(s.calendar, a, c)).toBe(0);
      }),
      RUNS,
    );
  });

  it("the week-skipping fast path equals a day-by-day walk of businessIntervals", () => {
    fc.assert(
      fc.property(long, fraction, fraction, (s, bFraction, mFraction) => {
        const b = s.a + Math.floor((bFraction * span) / SECOND) * SECOND;
        let walked = 0;
        for (const i of businessIntervals(s.calendar, new Date(s.a), new Date(b))) {
          walked += i.end.getTime() - i.start.getTime();
        }
        expect(betweenMs(s.calendar, s.a, b)).toBe(walked);

        const m = target(s, mFraction);
        let rest = m;
        let expected = Number.NaN;
        for (const i of businessIntervals(s.calendar, new Date(s.a), new Date(s.a + 11 * 365 * DAY))) {
          const length = i.end.getTime() - i.start.getTime();
          if (rest === 0 || length >= rest) {
            expected = i.start.getTime() + rest;
            break;
          }
          rest -= length;
        }
        expect(addMs(s.calendar, s.a, m)).toBe(expected);
      }),
      RUNS,
    );
  });
});
