import { describe, expect, it } from "vitest";
import { InvalidInput, Unprocessable } from "../errors.js";
import { add, between, businessIntervals } from "./business-time.js";
import { type CalendarDefinition, type CalendarInput, calendarDefinition, twentyFourSeven } from "./calendar-schema.js";

const officeDay = [
  { start: "09:00", end: "13:00" },
  { start: "14:00", end: "18:00" },
];
const officeWeek = { mon: officeDay, tue: officeDay, wed: officeDay, thu: officeDay, fri: officeDay, sat: [], sun: [] };

/** The calendar of the issue: Lisbon is UTC+0 in winter (WET) and UTC+1 in summer (WEST). */
const lisbon = calendarDefinition.parse({
  name: "Lisbon office",
  timeZone: "Europe/Lisbon",
  weekly: officeWeek,
  holidays: [
    { name: "Christmas", month: 12, day: 25 },
    { name: "Office move", date: "2026-03-02" },
  ],
  closures: [{ name: "Power cut", start: "2026-05-04T10:00:00Z", end: "2026-05-04T12:30:00Z" }],
});

function calendar(timeZone: string, weekly: CalendarInput["weekly"], rest: Partial<CalendarInput> = {}) {
  return calendarDefinition.parse({ name: "test", timeZone, weekly, ...rest });
}

const iso = (date: Date) => date.toISOString();
const spans = (c: CalendarDefinition, from: string, to: string) =>
  [...businessIntervals(c, from, to)].map((i) => `${iso(i.start)}/${iso(i.end)}`);

describe("the worked example of the issue (Lisbon office, winter: local time = UTC)", () => {
  it("10 hours from Friday 16:30 with Monday a holiday: Fri 1.5 h + Tue 8 h + Wed 0.5 h → Wednesday 09:30", () => {
    // Friday 2026-02-27 16:30; Monday 2026-03-02 is the "Office move" holiday.
    expect(iso(add(lisbon, "2026-02-27T16:30:00Z", 600))).toBe("2026-03-04T09:30:00.000Z");
    // Without the holiday the tenth hour ends on Tuesday: Fri 1.5 h + Mon 8 h + Tue 0.5 h.
    const noMove = { ...lisbon, holidays: [{ name: "Christmas", month: 12, day: 25 }] };
    expect(iso(add(noMove, "2026-02-27T16:30:00Z", 600))).toBe("2026-03-03T09:30:00.000Z");
    // Friday 16:30 → Tuesday 10:30: 1.5 h on Friday, none on the holiday, 1.5 h on Tuesday.
    expect(between(lisbon, "2026-02-27T16:30:00Z", "2026-03-03T10:30:00Z")).toBe(180);
  });

  it("a case opened on a Saturday is first answered from Monday 09:00", () => {
    const saturday = "2026-03-07T11:00:00Z";
    expect(iso(add(lisbon, saturday, 0))).toBe("2026-03-09T09:00:00.000Z");
    expect(iso(add(lisbon, saturday, 60))).toBe("2026-03-09T10:00:00.000Z");
    expect(between(lisbon, saturday, "2026-03-09T09:45:00Z")).toBe(45);
  });

  it("a holiday inside the span counts nothing (Christmas 2026 is a Friday)", () => {
    expect(between(lisbon, "2026-12-24T17:00:00Z", "2026-12-28T10:00:00Z")).toBe(120);
    expect(iso(add(lisbon, "2026-12-24T17:00:00Z", 120))).toBe("2026-12-28T10:00:00.000Z");
  });

  it("a closure in the middle of a window removes just its span (summer: local = UTC+1)", () => {
    // The power cut runs 11:00–13:30 local: it takes 11:00–13:00 and nothing of the lunch break.
    expect(spans(lisbon, "2026-05-03T23:00:00Z", "2026-05-04T23:00:00Z")).toEqual([
      "2026-05-04T08:00:00.000Z/2026-05-04T10:00:00.000Z",
      "2026-05-04T13:00:00.000Z/2026-05-04T17:00:00.000Z",
    ]);
    expect(between(lisbon, "2026-05-03T23:00:00Z", "2026-05-04T23:00:00Z")).toBe(360);
    // From 09:00 local, 150 minutes: 2 h before the cut, then 30 min after lunch → 14:30 local.
    expect(iso(add(lisbon, "2026-05-04T08:00:00Z", 150))).toBe("2026-05-04T13:30:00.000Z");
  });
});

describe("the instant a target lands on", () => {
  it("add(t, 0) is t inside business time, else the next business instant", () => {
    expect(iso(add(lisbon, "2026-03-03T10:15:00Z", 0))).toBe("2026-03-03T10:15:00.000Z");
    expect(iso(add(lisbon, "2026-03-03T13:00:00Z", 0))).toBe("2026-03-03T14:00:00.000Z");
    expect(iso(add(lisbon, "2026-03-03T18:00:00Z", 0))).toBe("2026-03-04T09:00:00.000Z");
  });

  it("a target that completes at the end of a window lands there, not after the break", () => {
    expect(iso(add(lisbon, "2026-03-03T09:00:00Z", 240))).toBe("2026-03-03T13:00:00.000Z");
    expect(iso(add(lisbon, "2026-03-03T09:00:00Z", 241))).toBe("2026-03-03T14:01:00.000Z");
  });

  it("counts to the second: fractional minutes in, fractional minutes out", () => {
    expect(iso(add(lisbon, "2026-03-03T09:00:00Z", 1.5))).toBe("2026-03-03T09:01:30.000Z");
    expect(iso(add(lisbon, "2026-03-03T12:59:59Z", 1 / 60))).toBe("2026-03-03T13:00:00.000Z");
    expect(iso(add(lisbon, "2026-03-03T12:59:59Z", 2 / 60))).toBe("2026-03-03T14:00:01.000Z");
    expect(between(lisbon, "2026-03-03T09:00:00Z", "2026-03-03T09:00:30Z")).toBe(0.5);
  });

  it("between is negative when the end comes first", () => {
    expect(between(lisbon, "2026-03-04T09:30:00Z", "2026-02-27T16:30:00Z")).toBe(-600);
    expect(between(lisbon, "2026-03-04T09:30:00Z", "2026-03-04T09:30:00Z")).toBe(0);
  });

  it("refuses a negative amount and an instant that is not one", () => {
    expect(() => add(lisbon, "2026-03-03T09:00:00Z", -1)).toThrow(InvalidInput);
    expect(() => add(lisbon, "2026-03-03T09:00:00Z", Number.NaN)).toThrow(InvalidInput);
    expect(() => add(lisbon, "next Tuesday", 10)).toThrow(InvalidInput);
    expect(() => between(lisbon, new Date(Number.NaN), new Date())).toThrow(InvalidInput);
    // Without Z or an offset a string would be read in the server's own zone.
    expect(() => add(lisbon, "2026-03-03T09:00:00", 10)).toThrow(InvalidInput);
    expect(iso(add(lisbon, "2026-03-03T10:00:00+01:00", 10))).toBe("2026-03-03T09:10:00.000Z");
  });

  it("works up to the edges of the supported years, 1900 to 2299", () => {
    const always = twentyFourSeven("America/New_York");
    expect(between(always, "1900-01-01T00:00:00Z", "1900-02-01T00:00:00Z")).toBe(31 * 24 * 60);
    // 31 Dec 2299 is a Sunday; the answer may lie past the last supported start.
    expect(iso(add(lisbon, "2299-12-31T12:00:00Z", 0))).toBe("2300-01-01T09:00:00.000Z");
    expect(() => between(always, "1899-12-31T23:59:59Z", "1900-01-01T00:00:00Z")).toThrow(InvalidInput);
  });
});

describe("daylight-saving changes: a window lasts the real time between its wall-clock edges", () => {
  const smallHours = (timeZone: string, start: string, end: string) => calendar(timeZone, { sun: [{ start, end }] });

  it("New York spring-forward: 01:00–03:00 lasts 1 h (02:00–03:00 does not exist)", () => {
    const c = smallHours("America/New_York", "01:00", "03:00");
    // 01:00 EST = 06:00Z; 03:00 EDT = 07:00Z.
    expect(spans(c, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z")).toEqual([
      "2026-03-08T06:00:00.000Z/2026-03-08T07:00:00.000Z",
    ]);
    // A window wholly inside the gap maps both edges to 03:00 EDT: it is empty that night.
    expect(
      between(smallHours("America/New_York", "02:15", "02:45"), "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z"),
    ).toBe(0);
  });

  it("New York fall-back: 01:00–03:00 lasts 3 h (01:00–02:00 happens twice)", () => {
    const c = smallHours("America/New_York", "01:00", "03:00");
    // 01:00 EDT = 05:00Z; 03:00 EST = 08:00Z.
    expect(spans(c, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).toEqual([
      "2026-11-01T05:00:00.000Z/2026-11-01T08:00:00.000Z",
    ]);
    // 90 minutes from 00:00 EDT end at the second 01:30 (EST).
    expect(iso(add(c, "2026-11-01T04:00:00Z", 90))).toBe("2026-11-01T06:30:00.000Z");
    // An ambiguous edge is its first occurrence: 01:15–01:45 is 15 min (EDT)…
    expect(
      between(smallHours("America/New_York", "01:15", "01:30"), "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z"),
    ).toBe(15);
    // …and 01:30–09:00 runs from 01:30 EDT to 09:00 EST: 8.5 h of real time.
    expect(
      between(smallHours("America/New_York", "01:30", "09:00"), "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z"),
    ).toBe(510);
  });

  it("London: 00:00–03:00 is 2 h on 29 Mar 2026 and 4 h on 25 Oct 2026; office hours do not move", () => {
    const c = smallHours("Europe/London", "00:00", "03:00");
    expect(between(c, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z")).toBe(120);
    expect(between(c, "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z")).toBe(240);
    const office = calendar("Europe/London", officeWeek);
    // Friday 16:00 BST → Monday 10:00 GMT: 67 h of real time hold Friday's 2 h and Monday's 1 h.
    expect(between(office, "2026-10-23T15:00:00Z", "2026-10-26T10:00:00Z")).toBe(180);
  });

  it("Lord Howe shifts by 30 minutes: 01:00–03:00 is 2.5 h in April and 1.5 h in October", () => {
    const c = smallHours("Australia/Lord_Howe", "01:00", "03:00");
    // 5 Apr 2026: 01:00 (+11) = 14:00Z on the 4th; 03:00 (+10:30) = 16:30Z.
    expect(spans(c, "2026-04-04T00:00:00Z", "2026-04-05T00:00:00Z")).toEqual([
      "2026-04-04T14:00:00.000Z/2026-04-04T16:30:00.000Z",
    ]);
    // 4 Oct 2026: 01:00 (+10:30) = 14:30Z on the 3rd; 03:00 (+11) = 16:00Z.
    expect(spans(c, "2026-10-03T00:00:00Z", "2026-10-04T00:00:00Z")).toEqual([
      "2026-10-03T14:30:00.000Z/2026-10-03T16:00:00.000Z",
    ]);
  });

  it("Chatham (+12:45/+13:45) changes at 02:45/03:45 local: 02:00–04:00 is 3 h in April and 1 h in September", () => {
    const c = smallHours("Pacific/Chatham", "02:00", "04:00");
    expect(between(c, "2026-04-04T00:00:00Z", "2026-04-05T00:00:00Z")).toBe(180);
    expect(between(c, "2026-09-26T00:00:00Z", "2026-09-27T00:00:00Z")).toBe(60);
  });

  it("Santiago changes at midnight: Saturday's 24:00 and Sunday's 00:00 are the same instant", () => {
    const c = calendar("America/Santiago", {
      sat: [{ start: "22:00", end: "24:00" }],
      sun: [{ start: "00:00", end: "01:00" }],
    });
    // 5 Apr 2026 00:00 (-03) falls back to Saturday 23:00 (-04): Saturday's window runs 3 h, then Sunday's 1 h.
    expect(spans(c, "2026-04-04T00:00:00Z", "2026-04-06T00:00:00Z")).toEqual([
      "2026-04-05T01:00:00.000Z/2026-04-05T05:00:00.000Z",
    ]);
    // 6 Sep 2026 00:00 (-04) springs to 01:00 (-03): Sunday's 00:00–01:00 does not exist; Saturday keeps 2 h.
    expect(spans(c, "2026-09-05T00:00:00Z", "2026-09-07T00:00:00Z")).toEqual([
      "2026-09-06T02:00:00.000Z/2026-09-06T04:00:00.000Z",
    ]);
  });
});

describe("24×7 and midnight", () => {
  it("a 24×7 calendar counts wall-clock elapsed time, across both changes of the year", () => {
    for (const zone of ["UTC", "America/New_York", "Pacific/Chatham", "Australia/Lord_Howe"]) {
      const c = twentyFourSeven(zone);
      expect(between(c, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")).toBe(365 * 24 * 60);
      expect(between(c, "2026-03-07T12:34:56Z", "2026-11-02T01:02:03Z")).toBe(
        (Date.parse("2026-11-02T01:02:03Z") - Date.parse("2026-03-07T12:34:56Z")) / 60_000,
      );
      expect(iso(add(c, "2026-03-07T12:34:56Z", 400_000.5))).toBe(
        iso(new Date(Date.parse("2026-03-07T12:34:56Z") + 400_000.5 * 60_000)),
      );
      expect(spans(c, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")).toEqual([
        "2026-03-01T00:00:00.000Z/2026-04-01T00:00:00.000Z",
      ]);
    }
  });

  it('"24:00" closes a window at midnight, and the next day\'s 00:00 window continues it', () => {
    const c = calendar("UTC", { mon: [{ start: "22:00", end: "24:00" }], tue: [{ start: "00:00", end: "02:00" }] });
    expect(spans(c, "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z")).toEqual([
      "2026-03-02T22:00:00.000Z/2026-03-03T02:00:00.000Z",
    ]);
    expect(iso(add(c, "2026-03-02T23:00:00Z", 120))).toBe("2026-03-03T01:00:00.000Z");
    // On London's fall-back Sunday, 00:00–24:00 lasts 25 hours.
    const sunday = calendar("Europe/London", { sun: [{ start: "00:00", end: "24:00" }] });
    expect(between(sunday, "2026-10-24T00:00:00Z", "2026-10-27T00:00:00Z")).toBe(25 * 60);
  });
});

describe("a calendar with no working time", () => {
  it("is refused when no weekday has a window", () => {
    const empty = { name: "closed", timeZone: "UTC", weekly: {}, holidays: [], closures: [] };
    expect(calendarDefinition.safeParse(empty).success).toBe(false);
    expect(() => add(empty as unknown as CalendarDefinition, "2026-03-02T00:00:00Z", 1)).toThrow(
      /at least one working window/,
    );
  });

  it("throws rather than search forever when closures leave no business time for ten years", () => {
    const shut = calendar("Europe/Lisbon", officeWeek, {
      closures: [{ name: "Closed", start: "2026-01-01T00:00:00Z", end: "2037-01-01T00:00:00Z" }],
    });
    expect(() => add(shut, "2026-03-02T09:00:00Z", 1)).toThrow(Unprocessable);
    expect(() => add(shut, "2026-03-02T09:00:00Z", 0)).toThrow(/ten years/);
    expect(between(shut, "2026-01-01T00:00:00Z", "2036-01-01T00:00:00Z")).toBe(0);
    // Business time resumes right after the closure.
    expect(iso(add(shut, "2036-12-31T12:00:00Z", 0))).toBe("2037-01-01T09:00:00.000Z");
  });
});
