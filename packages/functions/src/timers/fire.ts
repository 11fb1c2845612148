import { Timers } from "@caseline/core";
// Registers the SLA warning and breach effects with the timer registry.
import "@caseline/core/sla/sla";
// Registers the donor module's timer effects (recurring installments, lapses, pledge reminders).
import "@caseline/core/donors/timers";
import type { TimerPayload } from "@caseline/core/ports";
import { z } from "zod";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";

const timerPayload = z.object({
  timerName: z.string().min(1),
  dueAt: z.iso.datetime(),
  kind: z.string().min(1),
  subjectId: z.string().min(1),
});

/** Invoked by EventBridge Scheduler in AWS and by the timer loop locally, with the armed payload. */
export const handler = backgroundHandler("timer", async (event: TimerPayload) => {
  const payload = timerPayload.parse(event);
  const outcome = await Timers.fire(useRuntime().app, payload);
  logger.info("timer delivered", { ...payload, outcome });
  return { outcome };
});
