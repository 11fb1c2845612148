import { z } from "zod";
import { calendarDefinition } from "./calendar-schema.js";

export const calendarView = calendarDefinition.and(
  z.object({ id: z.string(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int() }),
);
export type CalendarView = z.infer<typeof calendarView>;

const instant = z.iso.datetime({ offset: true });

/** `{from, addMinutes}` → when is it due; `{from, to}` → how much business time lies between. */
export const businessTimeQuestion = z.union([
  z
    .object({
      from: instant,
      addMinutes: z
        .number()
        .min(0)
        .max(10 * 365 * 24 * 60),
    })
    .strict(),
  z.object({ from: instant, to: instant }).strict(),
]);

export const businessTimeAnswer = z.union([
  z.object({ from: z.string(), addMinutes: z.number(), due: z.string() }),
  z.object({ from: z.string(), to: z.string(), businessMinutes: z.number() }),
]);
