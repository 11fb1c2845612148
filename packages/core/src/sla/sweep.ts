/**
 * The scheduled reconcile (every 5 minutes in AWS, every 30 s locally). It fires every threshold that is
 * due and unfired, found through the due index, re-arms the timers of thresholds coming up soon (a lost
 * timer is re-created; arming an existing one changes nothing), and resumes abandoned recompute jobs.
 * Running it twice changes nothing: firing is exactly-once and arming is idempotent.
 */
import type { AppContext } from "../context.js";
import { slaDueShards } from "../entities/sla-clock.js";
import { seedDefaultPolicies } from "./defaults.js";
import { fireThreshold, recompute } from "./engine.js";
import { abandonedJobs, resumeJob } from "./recompute-jobs.js";
import { timerFor } from "./timers.js";

export interface SweepResult {
  /** Thresholds this run fired (a timer had not, or was not armed). */
  readonly fired: number;
  /** Clocks whose upcoming timers were armed again. */
  readonly rearmed: number;
  readonly jobsResumed: number;
}

/** How far ahead the sweep re-arms timers: beyond two sweep intervals in AWS. */
export const rearmHorizonMs = 15 * 60_000;

export async function sweep(app: AppContext): Promise<SweepResult> {
  await seedDefaultPolicies(app);
  const now = app.clock();
  const horizon = new Date(now.getTime() + rearmHorizonMs).toISOString();
  let fired = 0;
  let rearmed = 0;
  for (let shard = 0; shard < slaDueShards; shard++) {
    const { data } = await app.store.entities.slaClock.query
      .byDue({ dueState: "pending", dueShard: String(shard) })
      .lte({ nextDueAt: horizon, caseId: "\uffff" })
      .go({ pages: "all", attributes: ["caseId", "nextDueAt"] });
    for (const { caseId, nextDueAt } of data) {
      if (nextDueAt > now.toISOString()) {
        await recompute(app, caseId, { rearm: true });
        rearmed++;
        continue;
      }
      const { pending } = await recompute(app, caseId);
      for (const threshold of pending.filter((t) => t.at <= now.toISOString())) {
        const outcome = await fireThreshold(app, timerFor(caseId, threshold), threshold.metric, threshold.kind);
        if (outcome === "fired") fired++;
      }
    }
  }
  let jobsResumed = 0;
  for (const job of await abandonedJobs(app, now)) {
    await resumeJob(app, job.jobId);
    jobsResumed++;
  }
  return { fired, rearmed, jobsResumed };
}
