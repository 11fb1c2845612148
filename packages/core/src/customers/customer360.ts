import { toView as toCaseView } from "../cases/case.js";
import { openStatuses as openCaseStatuses } from "../cases/lifecycle.js";
import type { CaseView } from "../cases/schemas.js";
import type { AppContext } from "../context.js";
import { encodeCursor } from "../db/cursors.js";
import { byEntity, customer360Query, queryRaw } from "../db/raw-reads.js";
import type { CaseItem, CustomerItem, HoldingItem, InteractionItem, OwnershipItem } from "../entities/store.js";
import { NotFound } from "../errors.js";
import { toView as toInteractionView } from "../interactions/interaction.js";
import type { InteractionView } from "../interactions/schemas.js";
import type { OwnershipView } from "../vehicles/schemas.js";
import { toOwnershipView } from "../vehicles/vehicles.js";
import { toView } from "./customer.js";
import { today, toHoldingView } from "./holdings.js";
import type { CustomerView, HoldingView } from "./schemas.js";

const openStatuses: ReadonlySet<string> = new Set(openCaseStatuses);

export interface Customer360 {
  /** Present on the first page; later pages carry only what follows. */
  readonly profile: CustomerView | null;
  readonly holdings: HoldingView[];
  /** Vehicles the customer owns or owned (vehicle transfer module), newest ownership first. */
  readonly vehicles: OwnershipView[];
  readonly openCases: CaseView[];
  readonly recentCases: CaseView[];
  readonly recentInteractions: InteractionView[];
  readonly cursor: string | null;
}

/**
 * Everything about one customer from ONE Query on its customer360 partition, read descending: the
 * entity names make that order profile, ownerships (vehicles), holdings, cases (newest first), interactions (newest
 * first), so the first page always starts with the profile. Further pages continue with `cursor`.
 */
export async function customer360(
  app: AppContext,
  customerId: string,
  page: { cursor?: string | undefined; limit: number },
): Promise<Customer360> {
  const result = await queryRaw(app.store, customer360Query(app.store, customerId, page));
  const items = byEntity(result);
  const of = <T>(entity: string) => (items.get(entity) ?? []) as T[];
  const profileItem = of<CustomerItem>("profile")[0];
  if (!page.cursor && !profileItem) throw new NotFound(`Customer ${customerId} does not exist`, { customerId });
  const day = today(app);
  const cases = of<CaseItem>("case").map(toCaseView);
  return {
    profile: profileItem ? toView(profileItem) : null,
    holdings: of<HoldingItem>("holding").map((item) => toHoldingView(item, day)),
    vehicles: of<OwnershipItem>("ownership").map(toOwnershipView),
    openCases: cases.filter((item) => openStatuses.has(item.status)),
    recentCases: cases.filter((item) => !openStatuses.has(item.status)),
    recentInteractions: of<InteractionItem>("activity").map(toInteractionView),
    cursor: encodeCursor(result.LastEvaluatedKey),
  };
}
