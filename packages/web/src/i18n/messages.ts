import type { MessageKey } from "./en";

/** The keys every portal language translates: the portal's own, case statuses and the shared ones. */
export type PortalKey = Extract<MessageKey, `portal.${string}` | `status.${string}` | `common.${string}`>;
export type PortalMessages = Record<PortalKey, string>;
