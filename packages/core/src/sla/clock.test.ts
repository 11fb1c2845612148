import { describe, expect, it } from "vitest";
import type { StatusChange } from "../cases/schemas.js";
import { type CalendarInput, calendarDefinition, twentyFourSeven } from "./calendar-schema.js";
import { type ClockInteraction, deriveClocks } from "./clock.js";
import { type PolicyInput, policyDefinition } from "./policy-schema.js";

const nineToFive = [{ start: "09:00", end: "17:00" }];
function office(timeZone: string, extra: Partial<CalendarInput> = {}) {
  return calendarDefinition.parse({
    name: `Office ${timeZone}`,
    timeZone,
    weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
    ...extra,
  });
}

function policy(metrics: PolicyInput["metrics"]) {
  return policyDefinition.parse({ name: "Test", position: 1, calendarId: "any", metrics });
}

function history(...steps: [string, StatusChange["to"]][]): StatusChange[] {
  return steps.map(([at, to]) => ({ at, to, by: "u-1" }));
}

const reply = (occurredAt: string): ClockInteraction => ({
  occurredAt,
  author: "agent",
  direction: "outbound",
  visibility: "public",
});
const message = (occurredAt: string): ClockInteraction => ({
  occurredAt,
  author: "customer",
  direction: "inbound",
  visibility: "public",
});

function clocks(input: {
  createdAt: string;
  statusHistory?: StatusChange[];
  interactions?: ClockInteraction[];
  policy: ReturnType<typeof policy>;
  calendar: ReturnType<typeof office>;
  now: string;
}) {
  return deriveClocks({
    kase: {
      createdAt: input.createdAt,
      priority: "normal",
      statusHistory: input.statusHistory ?? history([input.createdAt, "new"]),
    },
    interactions: input.interactions ?? [],
    policy: input.policy,
    calendar: input.calendar,
    now: new Date(input.now),
  });
}

describe("SLA clocks", () => {
  it("starts the first-response clock of a case opened on a Saturday at Monday's opening (across a DST change)", () => {
    // Saturday 7 March 2026, 10:00 EST; New York springs forward on Sunday the 8th.
    const [clock] = clocks({
      createdAt: "2026-03-07T15:00:00.000Z",
      policy: policy({ firstResponse: { targets: { normal: 60 }, warning: { percent: 50 } } }),
      calendar: office("America/New_York"),
      now: "2026-03-08T12:00:00.000Z",
    });
    expect(clock).toMatchObject({
      metric: "firstResponse",
      state: "running",
      elapsedMinutes: 0,
      remainingMinutes: 60,
      // Monday 9 March 09:30 and 10:00 EDT (UTC-4).
      warningAt: "2026-03-09T13:30:00.000Z",
      dueAt: "2026-03-09T14:00:00.000Z",
    });
  });

  it("places a target across the end of summer time at the same local hour, an hour later in UTC", () => {
    // Friday 23 October 2026 13:00 BST; London falls back on Sunday the 25th. 8 business hours.
    const [clock] = clocks({
      createdAt: "2026-10-23T12:00:00.000Z",
      policy: policy({ resolution: { targets: { normal: 480 } } }),
      calendar: office("Europe/London"),
      now: "2026-10-23T12:00:00.000Z",
    });
    expect(clock?.dueAt).toBe("2026-10-26T13:00:00.000Z"); // Monday 13:00 GMT
  });

  it("does not count a pause that spans a holiday and a weekend, and reports the paused business time", () => {
    const calendar = office("America/New_York", { holidays: [{ name: "Christmas", month: 12, day: 25 }] });
    const [clock] = clocks({
      // Thursday 24 December 2026, 09:00 EST.
      createdAt: "2026-12-24T14:00:00.000Z",
      statusHistory: history(
        ["2026-12-24T14:00:00.000Z", "new"],
        ["2026-12-24T14:00:00.000Z", "open"],
        ["2026-12-24T18:00:00.000Z", "pending_customer"], // Thu 13:00
        ["2026-12-28T16:00:00.000Z", "open"], // Mon 11:00
      ),
      policy: policy({ resolution: { targets: { normal: 960 } } }),
      calendar,
      now: "2026-12-28T16:00:00.000Z",
    });
    expect(clock).toMatchObject({
      state: "running",
      elapsedMinutes: 240,
      pausedMinutes: 360, // Thu 13–17 and Mon 9–11; not Friday (Christmas) nor the weekend
      remainingMinutes: 720,
      dueAt: "2026-12-29T20:00:00.000Z", // Tuesday 15:00 EST
    });
  });

  it("shows a paused clock as paused, its target projected from now", () => {
    const [clock] = clocks({
      createdAt: "2026-06-01T00:00:00.000Z",
      statusHistory: history(["2026-06-01T00:00:00.000Z", "new"], ["2026-06-01T00:10:00.000Z", "pending_customer"]),
      policy: policy({ resolution: { targets: { normal: 60 } } }),
      calendar: twentyFourSeven(),
      now: "2026-06-01T02:00:00.000Z",
    });
    expect(clock).toMatchObject({
      state: "paused",
      elapsedMinutes: 10,
      pausedMinutes: 110,
      dueAt: "2026-06-01T02:50:00.000Z",
      running: false,
    });
  });

  it("restarts resolution on a reopen from the time it had already used", () => {
    const [clock] = clocks({
      createdAt: "2026-06-01T00:00:00.000Z",
      statusHistory: history(
        ["2026-06-01T00:00:00.000Z", "new"],
        ["2026-06-01T00:00:00.000Z", "open"],
        ["2026-06-01T02:00:00.000Z", "resolved"],
        ["2026-06-01T05:00:00.000Z", "open"],
      ),
      policy: policy({ resolution: { targets: { normal: 240 } } }),
      calendar: twentyFourSeven(),
      now: "2026-06-01T06:00:00.000Z",
    });
    expect(clock).toMatchObject({ state: "running", elapsedMinutes: 180, dueAt: "2026-06-01T07:00:00.000Z" });
    const [resolved] = clocks({
      createdAt: "2026-06-01T00:00:00.000Z",
      statusHistory: history(["2026-06-01T00:00:00.000Z", "new"], ["2026-06-01T02:00:00.000Z", "resolved"]),
      policy: policy({ resolution: { targets: { normal: 240 } } }),
      calendar: twentyFourSeven(),
      now: "2026-06-01T06:00:00.000Z",
    });
    expect(resolved).toMatchObject({ state: "met", metAt: "2026-06-01T02:00:00.000Z", elapsedMinutes: 120 });
  });

  it("meets first response with the first public agent reply, not a note or a customer message", () => {
    const note: ClockInteraction = {
      ...reply("2026-06-01T00:05:00.000Z"),
      direction: "internal",
      visibility: "internal",
    };
    const [clock] = clocks({
      createdAt: "2026-06-01T00:00:00.000Z",
      interactions: [note, message("2026-06-01T00:06:00.000Z"), reply("2026-06-01T00:20:00.000Z")],
      policy: policy({ firstResponse: { targets: { normal: 15 } } }),
      calendar: twentyFourSeven(),
      now: "2026-06-01T01:00:00.000Z",
    });
    expect(clock).toMatchObject({ state: "breached", metAt: "2026-06-01T00:20:00.000Z", breached: true });
  });

  it("runs next response from each unanswered customer message to the next agent reply", () => {
    const policyWithNext = policy({ nextResponse: { targets: { normal: 30 }, warning: { minutesBefore: 10 } } });
    const base = {
      createdAt: "2026-06-01T00:00:00.000Z",
      policy: policyWithNext,
      calendar: twentyFourSeven(),
    };
    expect(clocks({ ...base, now: "2026-06-01T00:30:00.000Z" })[0]).toMatchObject({ state: "inactive", cycle: 0 });
    const answered = [
      reply("2026-06-01T01:00:00.000Z"),
      message("2026-06-01T03:00:00.000Z"),
      message("2026-06-01T03:05:00.000Z"),
    ];
    expect(clocks({ ...base, interactions: answered, now: "2026-06-01T03:10:00.000Z" })[0]).toMatchObject({
      state: "running",
      cycle: 1,
      startedAt: "2026-06-01T03:00:00.000Z",
      warningAt: "2026-06-01T03:20:00.000Z",
      dueAt: "2026-06-01T03:30:00.000Z",
    });
    const again = [...answered, reply("2026-06-01T03:25:00.000Z"), message("2026-06-01T04:00:00.000Z")];
    expect(clocks({ ...base, interactions: again, now: "2026-06-01T04:01:00.000Z" })[0]).toMatchObject({
      state: "running",
      cycle: 2,
      dueAt: "2026-06-01T04:30:00.000Z",
    });
  });

  it("sets only the metrics with a target for the case's priority", () => {
    const result = clocks({
      createdAt: "2026-06-01T00:00:00.000Z",
      policy: policy({ firstResponse: { targets: { urgent: 5 } }, resolution: { targets: { normal: 60 } } }),
      calendar: twentyFourSeven(),
      now: "2026-06-01T00:00:00.000Z",
    });
    expect(result.map((clock) => clock.metric)).toEqual(["resolution"]);
  });
});
