/**
 * Typed domain errors. Core throws these; only the HTTP edge maps them to a status and a
 * problem+json `type` (see packages/functions/src/commons/problem.ts).
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (or the caller may not know it exists). */
export class NotFound extends DomainError {}
/** Input is well-formed but breaks a domain rule (e.g. a case for a customer that does not exist). */
export class Unprocessable extends DomainError {}
/** The change conflicts with the current state (e.g. the item already exists). */
export class Conflict extends DomainError {}
/** Input failed validation; `details.issues` lists what and where. */
export class InvalidInput extends DomainError {}

/** No valid credentials: a missing, malformed, expired or untrusted token. */
export class Unauthenticated extends DomainError {}
/** Valid credentials, but the role may not do this. */
export class Forbidden extends DomainError {}

/** The caller's version (If-Match) is not the current one: someone else changed it first. */
export class PreconditionFailed extends DomainError {}
/** An update came without If-Match: updates must say which version they change. */
export class PreconditionRequired extends DomainError {}
/** The Idempotency-Key was used before with a different request. */
export class IdempotencyKeyReused extends DomainError {}
