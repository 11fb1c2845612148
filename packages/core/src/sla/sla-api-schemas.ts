import { z } from "zod";
import { slaMetrics } from "./policy-schema.js";

export const metricClockView = z.object({
  metric: z.enum(slaMetrics),
  state: z.enum(["inactive", "running", "paused", "met", "warned", "breached"]),
  targetMinutes: z.number().describe("The target in business minutes, for the case's priority"),
  cycle: z.number().int().describe("1, or for next response the n-th customer message awaiting a reply"),
  startedAt: z.string().optional(),
  dueAt: z.string().optional().describe("When the target falls (or fell) due; while paused, if resumed now"),
  warningAt: z.string().optional(),
  metAt: z.string().optional(),
  elapsedMinutes: z.number().describe("Business minutes elapsed, to the second"),
  remainingMinutes: z.number(),
  pausedMinutes: z.number().describe("Business minutes the clock stood still in a pause status"),
  warned: z.boolean(),
  breached: z.boolean(),
});

export const caseSlaView = z.object({
  caseId: z.string(),
  at: z.string().describe("The instant the clocks were read at"),
  policy: z.object({ id: z.string(), name: z.string(), calendarId: z.string() }).nullable(),
  metrics: z.array(metricClockView),
});
