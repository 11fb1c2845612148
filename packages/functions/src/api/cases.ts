import { Case } from "@caseline/core";
import type { BulkOutcome } from "@caseline/core/cases/bulk";
import type { BulkResult, CaseView } from "@caseline/core/cases/schemas";
import { etagOf } from "@caseline/core/db/versioned";
import { httpApi } from "../commons/http.js";
import { logger } from "../commons/logger.js";
import { problemBase, toProblem } from "../commons/problem.js";

/** Every single-case answer names the version it shows, for the next If-Match. */
function caseResponse(view: CaseView, status = 200, headers: Record<string, string> = {}) {
  return { status, body: view, headers: { etag: etagOf(view.version), ...headers } };
}

/** A bulk outcome as the problem (or case) its own request would have answered. */
function bulkResult({ id, ...outcome }: BulkOutcome): BulkResult["results"][number] {
  if ("case" in outcome) return { id, status: 200, case: outcome.case };
  const { problem, expected } = toProblem(outcome.error);
  if (!expected) logger.error("bulk action failed on one case", { caseId: id, error: outcome.error as Error });
  const status = (expected ? problem.status : 500) as BulkResult["results"][number]["status"];
  return {
    id,
    status,
    problem: {
      type: problemBase + problem.slug,
      title: problem.title,
      status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...problem.extensions,
    },
  };
}

export const handler = httpApi("cases", {
  "POST /cases": async ({ app, meta, body }) => {
    const opened = await Case.create(app, meta, body);
    return caseResponse(opened, 201, { location: `/cases/${opened.id}` });
  },
  "GET /cases": async ({ app, query }) => ({ status: 200, body: await Case.list(app, query) }),
  "GET /cases/{id}": async ({ app, params }) => caseResponse(await Case.get(app, params.id)),
  "PATCH /cases/{id}": async ({ app, meta, params, body, expectedVersion }) =>
    caseResponse(await Case.update(app, meta, params.id, body, expectedVersion)),
  "POST /cases/{id}/transitions": async ({ app, meta, params, body, expectedVersion }) =>
    caseResponse(await Case.transition(app, meta, params.id, body, expectedVersion)),
  "POST /cases/bulk": async ({ app, meta, body }) => {
    const outcomes = await Case.bulk(app, meta, body);
    return { status: 200, body: { results: outcomes.map(bulkResult) } satisfies BulkResult };
  },
});
