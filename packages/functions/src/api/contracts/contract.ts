import type { z } from "zod";

/**
 * A route's request and response shapes. Handlers validate with them and the OpenAPI document is
 * generated from them, so the document cannot drift from what the API does.
 */
export interface Contract {
  readonly body?: z.ZodType;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /**
   * An update: If-Match is required (428 without, 412 when stale). "when-exists": a create-or-replace,
   * where If-Match is passed on when sent and the operation requires it only to replace.
   */
  readonly versioned?: boolean | "when-exists";
  /** A create: honours an Idempotency-Key header. */
  readonly idempotent?: boolean;
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
}

export const idPattern = /^[0-9A-Za-z_-]+$/;
