import type { MessageKey } from "./en";

/** The keys every portal language translates: the portal's own, case statuses and the shared ones. */
export type PortalKey = Extract<MessageKey, `portal.${string}` | `status.${string}` | `common.${string}`>;
export type PortalMessages = Record<PortalKey, string>;

/** The console's keys (its own and the sign-in page's): translated in `console/<language>.ts`, loaded lazily. */
export type ConsoleKey = Extract<MessageKey, `console.${string}` | `signin.${string}`>;
export type ConsoleMessages = Record<ConsoleKey, string>;
