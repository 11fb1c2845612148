import { Timers } from "@caseline/core";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";
import { type BusEvent, correlationIdOf, detailOf } from "./bus-event.js";

/** On `case.created`, arms the case's acknowledgement timer. Arming is idempotent, so redelivery is harmless. */
export const handler = backgroundHandler(
  "arm-case-timers",
  async (event: BusEvent<"case.created">) => {
    const detail = detailOf("case.created", event);
    const { app } = useRuntime();
    const timer = Timers.caseAckTimer(detail.caseId, detail.createdAt, app.settings.caseAckSeconds);
    await app.ports.timers.arm(timer);
    logger.info("case timer armed", { timerName: timer.timerName, dueAt: timer.dueAt });
  },
  correlationIdOf,
);
