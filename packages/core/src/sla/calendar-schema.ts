import { z } from "zod";

/** Weekday keys in calendar order; index 0 is Monday throughout the SLA code. */
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const supportedZones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

/**
 * An IANA zone Intl knows. Node's list holds CLDR's canonical names (`Asia/Calcutta`, `Europe/Kiev`), so a
 * name off the list is still accepted when Intl resolves it to one on it (`Asia/Kolkata`, `Europe/Kyiv`).
 */
export function isTimeZone(name: string): boolean {
  if (supportedZones.has(name)) return true;
  try {
    return supportedZones.has(new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** "HH:MM" as minutes after local midnight, 0–1440 ("24:00" closes a window at midnight). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const wallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "a time HH:MM between 00:00 and 24:00");

const workingWindow = z
  .strictObject({ start: wallTime, end: wallTime })
  .refine((w) => minutesOf(w.start) < minutesOf(w.end), { message: "a window must start before it ends" });

const dayWindows = z.array(workingWindow).max(24).default([]);

const weekly = z
  .strictObject({
    mon: dayWindows,
    tue: dayWindows,
    wed: dayWindows,
    thu: dayWindows,
    fri: dayWindows,
    sat: dayWindows,
    sun: dayWindows,
  })
  .superRefine((week, ctx) => {
    for (const day of weekdays) {
      const windows = week[day];
      windows.forEach((window, i) => {
        const previous = windows[i - 1];
        if (previous && minutesOf(window.start) < minutesOf(previous.end)) {
          ctx.addIssue({
            code: "custom",
            path: [day, i],
            message: `${day}: windows must be in order and must not overlap (${previous.start}–${previous.end} then ${window.start}–${window.end})`,
          });
        }
      });
    }
    if (weekdays.every((day) => week[day].length === 0)) {
      ctx.addIssue({ code: "custom", message: "a calendar needs at least one working window in the week" });
    }
  });

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const recurringHoliday = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .refine((h) => h.day <= (daysInMonth[h.month - 1] ?? 0), {
    message: "no such day in that month",
    path: ["day"],
  });

const oneOffHoliday = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  date: z.iso.date(),
});

const closure = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    start: z.iso.datetime(),
    end: z.iso.datetime(),
  })
  .refine((c) => Date.parse(c.start) < Date.parse(c.end), { message: "a closure must start before it ends" });

export const calendarDefinition = z.strictObject({
  name: z.string().trim().min(1).max(200),
  timeZone: z.string().refine(isTimeZone, { message: "an IANA time zone such as Europe/Lisbon, or UTC" }),
  weekly,
  /** Whole local days off: every year on a month and day, or once on a date. */
  holidays: z
    .array(z.union([recurringHoliday, oneOffHoliday]))
    .max(1000)
    .default([]),
  /** Spans of real time off (UTC instants), such as a power cut or an afternoon's training. */
  closures: z.array(closure).max(1000).default([]),
});

export type CalendarDefinition = z.infer<typeof calendarDefinition>;
export type CalendarInput = z.input<typeof calendarDefinition>;
export type Holiday = CalendarDefinition["holidays"][number];

/** A calendar that is always open: business time equals elapsed time. */
export function twentyFourSeven(timeZone = "UTC"): CalendarDefinition {
  const allDay = [{ start: "00:00", end: "24:00" }];
  return calendarDefinition.parse({
    name: "24×7",
    timeZone,
    weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  });
}
