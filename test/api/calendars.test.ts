import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});
afterAll(async () => {
  await rt?.stop();
});

const splitShift = [
  { start: "09:00", end: "13:00" },
  { start: "14:00", end: "18:00" },
];
const lisbon = {
  name: "Lisbon office",
  timeZone: "Europe/Lisbon",
  weekly: { mon: splitShift, tue: splitShift, wed: splitShift, thu: splitShift, fri: splitShift, sat: [], sun: [] },
  holidays: [
    { name: "Christmas", month: 12, day: 25 },
    { name: "Office move", date: "2026-03-02" },
  ],
  closures: [{ name: "Power cut", start: "2026-05-04T10:00:00Z", end: "2026-05-04T12:30:00Z" }],
};

describe("calendars", () => {
  it("creates (201 with its id), reads, lists, replaces with If-Match and deletes", async () => {
    const created = await rt.request("POST", "/calendars", { roles: ["admin"], body: lisbon });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...lisbon, version: 1 });
    expect(created.headers.get("location")).toBe(`/calendars/${created.body.id}`);
    const path = `/calendars/${created.body.id}`;
    expect((await rt.request("GET", path, { roles: ["viewer"] })).body).toEqual(created.body);
    const listed = await rt.request("GET", "/calendars");
    expect(listed.body.items.map((calendar: { id: string }) => calendar.id)).toContain(created.body.id);

    const replaced = await rt.request("PUT", path, {
      roles: ["admin"],
      body: { ...lisbon, name: "Lisbon office (summer hours)" },
      headers: { "if-match": '"1"' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ name: "Lisbon office (summer hours)", version: 2 });
    expect(replaced.headers.get("etag")).toBe('"2"');
    const stale = await rt.request("PUT", path, { roles: ["admin"], body: lisbon, headers: { "if-match": '"1"' } });
    expect(stale.status).toBe(412);
    expect((await rt.request("DELETE", path, { roles: ["admin"] })).status).toBe(428);
    expect((await rt.request("DELETE", path, { roles: ["admin"], headers: { "if-match": '"2"' } })).status).toBe(204);
    expect((await rt.request("GET", path)).status).toBe(404);

    const { data: trail } = await rt.app.store.entities.audit.query
      .byEntity({ entityType: "calendar", entityId: created.body.id })
      .go();
    expect(trail.map((entry) => entry.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses invalid calendars with 400 naming what is wrong, writing nothing", async () => {
    const before = await rt.quietSnapshot();
    const invalid: [unknown, RegExp][] = [
      [{ ...lisbon, timeZone: "Europe/Atlantis" }, /timeZone/],
      [{ ...lisbon, weekly: { ...lisbon.weekly, mon: [{ start: "10:00", end: "09:00" }] } }, /weekly\.mon/],
      [
        {
          ...lisbon,
          weekly: {
            ...lisbon.weekly,
            tue: [
              { start: "09:00", end: "12:00" },
              { start: "11:00", end: "13:00" },
            ],
          },
        },
        /tue/,
      ],
      [{ ...lisbon, weekly: { ...lisbon.weekly, wed: [{ start: "09:00", end: "24:30" }] } }, /weekly\.wed/],
      [{ ...lisbon, holidays: [{ name: "Nope", month: 2, day: 30 }] }, /holidays/],
      [{ ...lisbon, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, /weekly/],
    ];
    for (const [body, where] of invalid) {
      const response = await rt.request("POST", "/calendars", { roles: ["admin"], body });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(where);
    }
    expect((await rt.request("POST", "/calendars", { roles: ["supervisor"], body: lisbon })).status).toBe(403);
    expect(await rt.quietSnapshot()).toEqual(before);
  });
});

describe("the business-time preview", () => {
  it("answers when a target falls due and how much business time lies between, exact to the second", async () => {
    const { body: calendar } = await rt.request("POST", "/calendars", { roles: ["admin"], body: lisbon });
    const preview = (question: unknown) =>
      rt.request("POST", `/calendars/${calendar.id}/business-time`, { roles: ["agent"], body: question });

    // A case opened on Saturday: its 1-hour target counts from Monday 09:00 Lisbon (UTC+0 in November).
    const saturday = await preview({ from: "2026-11-28T10:00:00Z", addMinutes: 60 });
    expect(saturday.status, JSON.stringify(saturday.body)).toBe(200);
    expect(saturday.body).toEqual({ from: "2026-11-28T10:00:00Z", addMinutes: 60, due: "2026-11-30T10:00:00.000Z" });

    // Friday 27 Feb 16:30 + 10 business hours (Lisbon is UTC+0 in winter): Friday gives 1.5 h (to 18:00),
    // the weekend nothing, Monday 2 March is a holiday, Tuesday gives 8 h (09–13, 14–18): the last 0.5 h
    // ends Wednesday 09:30.
    const overHoliday = await preview({ from: "2026-02-27T16:30:00Z", addMinutes: 600 });
    expect(overHoliday.body.due).toBe("2026-03-04T09:30:00.000Z");

    // Between: Monday 09:00 to 18:00 is 8 business hours (the lunch hour does not count).
    const day = await preview({ from: "2026-11-30T09:00:00Z", to: "2026-11-30T18:00:00Z" });
    expect(day.body.businessMinutes).toBe(480);

    // Monday 4 May, Lisbon summer time (UTC+1): the morning window 09:00–13:00 local is 08:00–12:00 UTC, and
    // the power cut (10:00–12:30 UTC) takes its last 2 hours: 2 hours remain.
    const cut = await preview({ from: "2026-05-04T08:00:00Z", to: "2026-05-04T12:00:00Z" });
    expect(cut.body.businessMinutes).toBe(120);
  });

  it("writes nothing: it is a computation, open to viewers", async () => {
    const { body: calendar } = await rt.request("POST", "/calendars", { roles: ["admin"], body: lisbon });
    const before = await rt.quietSnapshot();
    const answer = await rt.request("POST", `/calendars/${calendar.id}/business-time`, {
      roles: ["viewer"],
      body: { from: "2026-11-30T09:00:00Z", addMinutes: 30 },
    });
    expect(answer.body.due).toBe("2026-11-30T09:30:00.000Z");
    expect(await rt.quietSnapshot()).toEqual(before);
  });

  it("refuses a malformed question and answers 404 for a missing calendar", async () => {
    const { body: calendar } = await rt.request("POST", "/calendars", { roles: ["admin"], body: lisbon });
    const path = `/calendars/${calendar.id}/business-time`;
    expect((await rt.request("POST", path, { body: { from: "yesterday", addMinutes: 5 } })).status).toBe(400);
    expect((await rt.request("POST", path, { body: { from: "2026-11-28T10:00:00Z" } })).status).toBe(400);
    expect((await rt.request("POST", path, { body: { from: "2026-11-28T10:00:00Z", addMinutes: -5 } })).status).toBe(
      400,
    );
    expect(
      (
        await rt.request("POST", "/calendars/NO-SUCH/business-time", {
          body: { from: "2026-11-28T10:00:00Z", addMinutes: 5 },
        })
      ).status,
    ).toBe(404);
  });
});
