import type { AppContext } from "../context.js";
import { Unprocessable } from "../errors.js";

const batchAttempts = 3;

/**
 * One BatchGet, reading again only the keys DynamoDB left unprocessed (it may, under load).
 * Returns what it found; keys it could not read after a few rounds are a fault, not "missing".
 */
async function batchRead<K, T>(read: (keys: K[]) => Promise<{ data: T[]; unprocessed: K[] }>, keys: K[]) {
  const found: T[] = [];
  let pending = keys;
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > batchAttempts) throw new Error(`BatchGet left ${pending.length} keys unprocessed`);
    const { data, unprocessed } = await read(pending);
    found.push(...data);
    pending = unprocessed;
  }
  return found;
}

/**
 * Refuses links to cases that do not exist or holdings that are not this customer's, before anything
 * is written (so a refused create does not even take a case number).
 */
export async function assertLinksExist(
  app: AppContext,
  customerId: string,
  links: { relatedCaseIds?: readonly string[] | undefined; holdingIds?: readonly string[] | undefined },
): Promise<void> {
  const { case: kase, holding } = app.store.entities;
  const caseIds = links.relatedCaseIds ?? [];
  const holdingIds = links.holdingIds ?? [];
  const [cases, holdings] = await Promise.all([
    caseIds.length === 0
      ? []
      : batchRead(
          (keys) => kase.get(keys).go({ attributes: ["caseId"] }),
          caseIds.map((caseId) => ({ caseId })),
        ),
    holdingIds.length === 0
      ? []
      : batchRead(
          (keys) => holding.get(keys).go({ attributes: ["holdingId", "customerId"] }),
          holdingIds.map((holdingId) => ({ holdingId })),
        ),
  ]);
  const foundCases = new Set(cases.map((item) => item.caseId));
  const missingCaseIds = caseIds.filter((id) => !foundCases.has(id));
  if (missingCaseIds.length > 0) {
    throw new Unprocessable(`Related cases do not exist: ${missingCaseIds.join(", ")}`, { missingCaseIds });
  }
  const held = new Set(holdings.filter((item) => item.customerId === customerId).map((item) => item.holdingId));
  const foreignHoldingIds = holdingIds.filter((id) => !held.has(id));
  if (foreignHoldingIds.length > 0) {
    throw new Unprocessable(`Not products of customer ${customerId}: ${foreignHoldingIds.join(", ")}`, {
      holdingIds: foreignHoldingIds,
    });
  }
}
