import type { FieldGrants } from "./customers/classification.js";
import type { Store } from "./entities/store.js";
import type { Role } from "./identity/roles.js";
import type { Ports } from "./ports.js";
import type { VinRule } from "./vehicles/vin.js";

/** Who is acting. Built from a verified token at the edge; core trusts it. */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly name?: string;
  /** For the customer role: the one customer whose records this actor may see (`custom:customerId`). */
  readonly customerId?: string;
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
  /** How long after resolution a case may be reopened (days). */
  readonly reopenWindowDays: number;
  /** Customer fields granted to roles beyond their clearance (see customers/classification.ts). */
  readonly fieldGrants?: FieldGrants;
  /** The office's VIN rule (vehicles/vin.ts); by default the check digit is required. */
  readonly vinRule?: VinRule;
  /** Who issues donation receipts (CASELINE_ORG_*): printed on every receipt. */
  readonly organization?: OrganizationSettings;
}

export interface OrganizationSettings {
  readonly name: string;
  /** Postal address, lines separated by newlines or commas. */
  readonly address: string;
  /** Charity or tax registration number. */
  readonly registration: string;
}

/** Per-request facts every write records in its audit entry and event. */
export interface RequestMeta {
  readonly actor: Actor;
  readonly correlationId?: string;
  /** Set when a create came with an Idempotency-Key (see idempotency.ts). */
  readonly idempotency?: IdempotencyRequest;
}

export interface IdempotencyRequest {
  /** Caller and operation, e.g. `u-1 POST /cases`: a key means something only within its scope. */
  readonly scope: string;
  readonly key: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  readonly requestHash: string;
}

/** The system itself, for changes made by timers, workflows and the stream. */
export const systemActor: Actor = { sub: "system", roles: ["admin"], name: "Caseline" };
