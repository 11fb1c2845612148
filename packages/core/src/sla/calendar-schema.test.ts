import { describe, expect, it } from "vitest";
import { type CalendarInput, calendarDefinition, isTimeZone, twentyFourSeven } from "./calendar-schema.js";

const day = [
  { start: "09:00", end: "13:00" },
  { start: "14:00", end: "18:00" },
];
const lisbon: CalendarInput = {
  name: "Lisbon office",
  timeZone: "Europe/Lisbon",
  weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
  holidays: [
    { name: "Christmas", month: 12, day: 25 },
    { name: "Office move", date: "2026-03-02" },
  ],
  closures: [{ name: "Power cut", start: "2026-05-04T10:00:00Z", end: "2026-05-04T12:30:00Z" }],
};

const issues = (input: unknown) => {
  const result = calendarDefinition.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("calendar schema", () => {
  it("accepts the calendar of the issue as it is", () => {
    expect(calendarDefinition.parse(lisbon)).toEqual(lisbon);
  });

  it("fills missing weekdays, holidays and closures with nothing", () => {
    const parsed = calendarDefinition.parse({ name: "Mondays", timeZone: "UTC", weekly: { mon: day } });
    expect(parsed.weekly.sun).toEqual([]);
    expect(parsed.holidays).toEqual([]);
    expect(parsed.closures).toEqual([]);
  });

  it("takes IANA zones, their aliases and UTC; refuses anything else", () => {
    for (const zone of ["Europe/Lisbon", "Asia/Kolkata", "Asia/Calcutta", "Pacific/Chatham", "UTC"]) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ["Europe/Atlantis", "GMT+25", "+05:30", "", "Lisbon"])
      expect(isTimeZone(zone), zone).toBe(false);
    expect(issues({ ...lisbon, timeZone: "Mars/Olympus" })).toEqual([
      "timeZone: an IANA time zone such as Europe/Lisbon, or UTC",
    ]);
  });

  it("takes times from 00:00 to 24:00 and windows that start before they end", () => {
    const window = (start: string, end: string) => issues({ ...lisbon, weekly: { mon: [{ start, end }] } });
    expect(window("00:00", "24:00")).toEqual([]);
    expect(window("23:59", "24:00")).toEqual([]);
    for (const [start, end] of [
      ["9:00", "17:00"],
      ["09:00", "24:01"],
      ["24:00", "24:00"],
      ["09:60", "10:00"],
      ["25:00", "26:00"],
    ] as const) {
      expect(window(start, end).length, `${start}–${end}`).toBeGreaterThan(0);
    }
    expect(window("10:00", "10:00")).toEqual(["weekly.mon.0: a window must start before it ends"]);
    expect(window("18:00", "09:00")).toEqual(["weekly.mon.0: a window must start before it ends"]);
  });

  it("refuses overlapping or unordered windows, naming the day; touching windows are fine", () => {
    expect(
      issues({
        ...lisbon,
        weekly: {
          tue: [
            { start: "09:00", end: "13:00" },
            { start: "12:00", end: "18:00" },
          ],
        },
      }),
    ).toEqual(["weekly.tue.1: tue: windows must be in order and must not overlap (09:00–13:00 then 12:00–18:00)"]);
    expect(
      issues({
        ...lisbon,
        weekly: {
          wed: [
            { start: "14:00", end: "18:00" },
            { start: "09:00", end: "13:00" },
          ],
        },
      }),
    ).toEqual(["weekly.wed.1: wed: windows must be in order and must not overlap (14:00–18:00 then 09:00–13:00)"]);
    expect(
      issues({
        ...lisbon,
        weekly: {
          mon: [
            { start: "09:00", end: "13:00" },
            { start: "13:00", end: "18:00" },
          ],
        },
      }),
    ).toEqual([]);
  });

  it("refuses a week without a single working window", () => {
    expect(issues({ ...lisbon, weekly: { sat: [], sun: [] } })).toEqual([
      "weekly: a calendar needs at least one working window in the week",
    ]);
  });

  it("refuses unknown weekdays and fields instead of ignoring them", () => {
    expect(issues({ ...lisbon, weekly: { monday: day } }).length).toBeGreaterThan(0);
    expect(
      issues({ ...lisbon, weekly: { mon: [{ start: "09:00", end: "17:00", label: "x" }] } }).length,
    ).toBeGreaterThan(0);
    expect(issues({ ...lisbon, timezone: "UTC" }).length).toBeGreaterThan(0);
  });

  it("takes holidays as a month and day (29 February too) or a date, and nothing in between", () => {
    const holiday = (h: unknown) => issues({ ...lisbon, holidays: [h] });
    expect(holiday({ month: 2, day: 29 })).toEqual([]);
    expect(holiday({ month: 4, day: 30 })).toEqual([]);
    expect(holiday({ date: "2028-02-29" })).toEqual([]);
    expect(holiday({ month: 4, day: 31 })).toEqual(["holidays.0.day: no such day in that month"]);
    for (const bad of [
      { month: 2, day: 30 },
      { month: 13, day: 1 },
      { month: 0, day: 1 },
      { month: 1, day: 0 },
      { month: 1.5, day: 1 },
      { date: "2026-02-29" },
      { date: "2026-13-01" },
      { date: "26-03-02" },
      { month: 12, day: 25, date: "2026-12-25" },
      {},
    ]) {
      expect(holiday(bad).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
  });

  it("takes closures as UTC instants that start before they end", () => {
    const closure = (start: string, end: string) => issues({ ...lisbon, closures: [{ start, end }] });
    expect(closure("2026-05-04T10:00:00Z", "2026-05-04T10:00:01Z")).toEqual([]);
    expect(closure("2026-05-04T10:00:00.250Z", "2026-05-04T10:00:00.500Z")).toEqual([]);
    expect(closure("2026-05-04T12:00:00Z", "2026-05-04T10:00:00Z")).toEqual([
      "closures.0: a closure must start before it ends",
    ]);
    expect(closure("2026-05-04T10:00:00Z", "2026-05-04T10:00:00Z").length).toBe(1);
    expect(closure("2026-05-04T10:00:00+01:00", "2026-05-04T12:00:00Z").length).toBeGreaterThan(0);
    expect(closure("2026-05-04", "2026-05-05").length).toBeGreaterThan(0);
  });

  it("builds a 24×7 calendar in any zone", () => {
    const always = twentyFourSeven("Asia/Kolkata");
    expect(always.timeZone).toBe("Asia/Kolkata");
    expect(Object.values(always.weekly)).toEqual(Array(7).fill([{ start: "00:00", end: "24:00" }]));
    expect(twentyFourSeven().timeZone).toBe("UTC");
  });
});
