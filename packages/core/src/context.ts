import type { Store } from "./entities/store.js";
import type { Role } from "./identity/roles.js";
import type { Ports } from "./ports.js";

/** Who is acting. Built from a verified token at the edge; core trusts it. */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly name?: string;
}

/** What a domain operation needs from the world, passed in explicitly (no module-level state). */
export interface AppContext {
  readonly store: Store;
  readonly ports: Ports;
  readonly settings: AppSettings;
  readonly clock: () => Date;
}

export interface AppSettings {
  readonly stage: string;
  /** Delay after creation at which a new case's acknowledgement timer fires. */
  readonly caseAckSeconds: number;
}

/** Per-request facts every write records in its audit entry and event. */
export interface RequestMeta {
  readonly actor: Actor;
  readonly correlationId?: string;
}

/** The system itself, for changes made by timers, workflows and the stream. */
export const systemActor: Actor = { sub: "system", roles: ["admin"], name: "Caseline" };
