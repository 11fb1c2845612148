import { recompute } from "@caseline/core/sla/sla";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";
import { type BusEvent, correlationIdOf } from "./bus-event.js";

type ClockEvent = BusEvent<"case.created" | "case.updated" | "case.status_changed" | "interaction.logged">;

/**
 * Every event that can move a case's SLA clocks (a new case, a change of priority or queue, a status
 * change, a reply or a customer message) recomputes them and re-arms the case's timers. Recomputing is
 * idempotent, so a redelivered event changes nothing.
 */
export const handler = backgroundHandler(
  "sla-clock",
  async (event: ClockEvent) => {
    const caseId = (event.detail as { caseId?: string }).caseId;
    if (!caseId) return;
    const { pending } = await recompute(useRuntime().app, caseId);
    logger.info("sla clock recomputed", { caseId, pending: pending.length, next: pending[0]?.at });
  },
  correlationIdOf,
);
