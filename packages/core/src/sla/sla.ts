/** The SLA engine's entry points (see engine.ts, clock.ts and sweep.ts for how it works). */
import type { AppContext } from "../context.js";
import { NotFound } from "../errors.js";
import { onTimer } from "../timers/timer-handlers.js";
import { clocksOf } from "./case-clocks.js";
import { fireThreshold } from "./engine.js";
import { slaTimerKinds } from "./timers.js";

export { defaultPolicies, seedDefaultPolicies } from "./defaults.js";
export { recompute } from "./engine.js";
export { allPolicyScopes, policiesUsingCalendar, resumeJob, startJob } from "./recompute-jobs.js";
export { sweep } from "./sweep.js";

for (const { metric, kind, timerKind } of slaTimerKinds) {
  onTimer(timerKind, (app, payload) => fireThreshold(app, payload, metric, kind));
}

/** `GET /cases/{id}/sla`: each metric's clock at this instant. */
export async function caseSla(app: AppContext, caseId: string) {
  const now = app.clock();
  const evaluation = await clocksOf(app, caseId, now);
  if (!evaluation) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
  const { policy } = evaluation;
  return {
    caseId,
    at: now.toISOString(),
    policy: policy ? { id: policy.id, name: policy.name, calendarId: policy.calendarId } : null,
    metrics: evaluation.clocks.map(({ running: _running, ...clock }) => clock),
  };
}
