import type { z } from "zod";
import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem } from "../entities/store.js";
import { type CaseTypeCreation, prepareTransfer, transferTransitionGuard } from "../vehicles/transfer-case.js";
import type { CaseGuard } from "./case-write.js";
import type { CaseStatus } from "./lifecycle.js";
import type { createCaseInput } from "./schemas.js";

export type { CaseTypeCreation };

/**
 * The one place where a case type with data of its own plugs into the generic case code: what its
 * creation also writes, and what guards its transitions. Types without an entry are generic.
 */
export async function prepareCreation(
  app: AppContext,
  meta: RequestMeta,
  valid: z.output<typeof createCaseInput>,
): Promise<CaseTypeCreation | undefined> {
  if (valid.type === "vehicle_transfer") return prepareTransfer(app, meta, valid);
  return undefined;
}

export async function transitionGuard(
  app: AppContext,
  current: CaseItem,
  to: CaseStatus,
): Promise<CaseGuard | undefined> {
  if (current.type === "vehicle_transfer") return transferTransitionGuard(app, current, to);
  return undefined;
}
