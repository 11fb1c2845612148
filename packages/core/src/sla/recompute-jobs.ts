/**
 * Recomputing every open case under some policies, after a policy or calendar changed: paged, resumable
 * (the job's cursor is saved after each page; the sweep resumes a job whose worker went quiet) and safe to
 * rerun (recomputing a case is idempotent).
 */
import type { AppContext } from "../context.js";
import { isConditionFailure } from "../db/transactions.js";
import type { SlaJobItem } from "../entities/store.js";
import { recompute } from "./engine.js";
import { inOrder } from "./policies.js";

const pageSize = 50;
/** A running job not heard from for this long has lost its worker. */
export const jobStaleAfterMs = 2 * 60_000;

/** Every policy's cases, and those under none (a new or changed policy may now apply to them). */
export async function allPolicyScopes(app: AppContext): Promise<string[]> {
  return [...(await inOrder(app)).map((policy) => policy.id), "none"];
}

/** The policies counting in a calendar. */
export async function policiesUsingCalendar(app: AppContext, calendarId: string): Promise<string[]> {
  return (await inOrder(app)).filter((policy) => policy.calendarId === calendarId).map((policy) => policy.id);
}

/**
 * Starts the job named `jobId` (an event id, so a redelivered event finds its job instead of starting
 * another) and runs it to the end. Answers how many cases it recomputed in this run.
 */
export async function startJob(
  app: AppContext,
  jobId: string,
  reason: string,
  policyIds: readonly string[],
): Promise<number> {
  const now = app.clock().toISOString();
  try {
    await app.store.entities.slaJob
      .create({
        jobId,
        reason,
        policyIds: [...policyIds],
        policyIndex: 0,
        processed: 0,
        state: "running",
        startedAt: now,
        heartbeatAt: now,
      })
      .go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
  return resumeJob(app, jobId);
}

/** Runs a job from its saved position to the end. */
export async function resumeJob(app: AppContext, jobId: string): Promise<number> {
  const { data } = await app.store.entities.slaJob.get({ jobId }).go();
  if (!data || data.state === "done") return 0;
  let job: SlaJobItem = data;
  let processed = 0;
  while (job.policyIndex < job.policyIds.length) {
    const policyId = job.policyIds[job.policyIndex] as string;
    const page = await app.store.entities.slaClock.query
      .byPolicy({ policyId, phase: "open" })
      .go({ limit: pageSize, attributes: ["caseId"], ...(job.cursor ? { cursor: job.cursor } : {}) });
    for (const { caseId } of page.data) await recompute(app, caseId);
    processed += page.data.length;
    const next = page.cursor
      ? { policyIndex: job.policyIndex, cursor: page.cursor }
      : { policyIndex: job.policyIndex + 1, cursor: undefined };
    job = await saveProgress(app, job, next.policyIndex, next.cursor, job.processed + page.data.length);
  }
  await app.store.entities.slaJob.patch({ jobId }).set({ state: "done", finishedAt: app.clock().toISOString() }).go();
  return processed;
}

async function saveProgress(
  app: AppContext,
  job: SlaJobItem,
  policyIndex: number,
  cursor: string | undefined,
  processed: number,
): Promise<SlaJobItem> {
  const heartbeatAt = app.clock().toISOString();
  const patch = app.store.entities.slaJob.patch({ jobId: job.jobId }).set({ policyIndex, processed, heartbeatAt });
  await (cursor ? patch.set({ cursor }) : patch.remove(["cursor"])).go();
  return { ...job, policyIndex, processed, heartbeatAt, ...(cursor ? { cursor } : { cursor: undefined }) };
}

/** Running jobs whose worker went quiet; the sweep resumes them. */
export async function abandonedJobs(app: AppContext, now: Date): Promise<SlaJobItem[]> {
  const { data } = await app.store.entities.slaJob.query.byState({ state: "running" }).go({ pages: "all" });
  return data.filter((job) => Date.parse(job.heartbeatAt) < now.getTime() - jobStaleAfterMs);
}
