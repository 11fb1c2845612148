import { auditContracts } from "./contracts/audit.js";
import { calendarsContracts } from "./contracts/calendars.js";
import { casesContracts } from "./contracts/cases.js";
import type { Contract } from "./contracts/contract.js";
import { customersContracts } from "./contracts/customers.js";
import { donorsContracts } from "./contracts/donors.js";
import { exportsContracts } from "./contracts/exports.js";
import { healthContracts } from "./contracts/health.js";
import { interactionsContracts } from "./contracts/interactions.js";
import { portalContracts } from "./contracts/portal.js";
import { searchContracts } from "./contracts/search.js";
import { slaContracts, workContracts } from "./contracts/sla.js";
import { vehiclesContracts } from "./contracts/vehicles.js";
import type { routeGroups } from "./routes.js";

export type { Contract };

type RouteKey = { [G in keyof typeof routeGroups]: keyof (typeof routeGroups)[G]["routes"] }[keyof typeof routeGroups];

/** Every route's contract, one file per route group (./contracts/<group>.ts). */
export const contracts = {
  ...healthContracts,
  ...customersContracts,
  ...casesContracts,
  ...interactionsContracts,
  ...portalContracts,
  ...searchContracts,
  ...auditContracts,
  ...calendarsContracts,
  ...slaContracts,
  ...workContracts,
  ...vehiclesContracts,
  ...exportsContracts,
  ...donorsContracts,
} as const satisfies Record<RouteKey, Contract>;
