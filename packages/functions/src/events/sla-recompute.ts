import { allPolicyScopes, policiesUsingCalendar, startJob } from "@caseline/core/sla/sla";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";
import { type BusEvent, correlationIdOf, detailOf } from "./bus-event.js";

type ChangeEvent = BusEvent<"calendar.changed" | "sla.policy_changed">;

/**
 * A calendar change recomputes the open cases under the policies counting in it; a policy change recomputes
 * every open case (the order of policies decides which applies, so any case may move). The job is named
 * after the event, so a redelivery resumes it rather than starting another.
 */
export const handler = backgroundHandler(
  "sla-recompute",
  async (event: ChangeEvent) => {
    const { app } = useRuntime();
    const jobId = event.detail._meta?.eventId ?? event.id;
    if (event["detail-type"] === "calendar.changed") {
      const { calendarId } = detailOf("calendar.changed", event as BusEvent<"calendar.changed">);
      const processed = await startJob(
        app,
        jobId,
        `calendar ${calendarId} changed`,
        await policiesUsingCalendar(app, calendarId),
      );
      logger.info("sla recompute after calendar change", { calendarId, processed });
      return;
    }
    const { policyId } = detailOf("sla.policy_changed", event as BusEvent<"sla.policy_changed">);
    const processed = await startJob(app, jobId, `policy ${policyId} changed`, await allPolicyScopes(app));
    logger.info("sla recompute after policy change", { policyId, processed });
  },
  correlationIdOf,
);
