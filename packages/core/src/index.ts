export * as Case from "./cases/case.js";
export type { Actor, AppContext, AppSettings, RequestMeta } from "./context.js";
export { systemActor } from "./context.js";
export * as Customer from "./customers/customer.js";
export * as Donors from "./donors/donors.js";
export * from "./errors.js";
export * as CasesExport from "./exports/cases-export.js";
export type { Ports } from "./ports.js";
export * as Timers from "./timers/timer-handlers.js";
