import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem } from "../entities/store.js";
import { PreconditionFailed } from "../errors.js";
import { load } from "./case-write.js";
import { type BulkAction, type BulkInput, bulkInput, type CaseView } from "./schemas.js";
import { applyTransition } from "./transition.js";
import { applyUpdate } from "./update.js";

/** One case's outcome: the changed case, or the error its own request would have met. */
export type BulkOutcome =
  | { readonly id: string; readonly case: CaseView }
  | { readonly id: string; readonly error: unknown };

/** Cases handled at once: enough to finish 100 in a request's time, few enough to spare the table. */
const parallelism = 8;

/**
 * Applies one action to each case on its own, through the same update and transition code as the
 * single-case routes (so each change is validated, versioned and audited). Outcomes come back in the
 * order of `caseIds`; one case's failure does not stop the others.
 */
export async function bulk(app: AppContext, meta: RequestMeta, input: BulkInput): Promise<BulkOutcome[]> {
  const action = bulkInput.parse(input);
  const outcomes: BulkOutcome[] = new Array(action.caseIds.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < action.caseIds.length; index = next++) {
      const id = action.caseIds[index]!;
      outcomes[index] = await applyToOne(app, meta, action, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelism, action.caseIds.length) }, worker));
  return outcomes;
}

/** Reads the case and applies the action at its current version; a concurrent change gets one retry. */
async function applyToOne(app: AppContext, meta: RequestMeta, action: BulkAction, id: string): Promise<BulkOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { id, case: await apply(app, meta, action, await load(app, id)) };
    } catch (error) {
      if (error instanceof PreconditionFailed && attempt === 1) continue;
      return { id, error };
    }
  }
}

function apply(app: AppContext, meta: RequestMeta, action: BulkAction, current: CaseItem): Promise<CaseView> {
  switch (action.action) {
    case "assign":
      return applyUpdate(app, meta, current, { assigneeId: action.value });
    case "priority":
      return applyUpdate(app, meta, current, { priority: action.value });
    case "queue":
      return applyUpdate(app, meta, current, { queue: action.value });
    case "status":
      return applyTransition(app, meta, current, { to: action.value, reason: action.reason });
  }
}
