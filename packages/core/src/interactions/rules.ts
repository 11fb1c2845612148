import type { Actor } from "../context.js";
import type { interactionAuthors, interactionDirections, interactionVisibilities } from "../entities/interaction.js";
import { Unprocessable } from "../errors.js";
import { occurredAtSkewSeconds } from "./schemas.js";

export type InteractionAuthor = (typeof interactionAuthors)[number];
type Direction = (typeof interactionDirections)[number];
type Visibility = (typeof interactionVisibilities)[number];

const staffRoles = new Set(["admin", "supervisor", "agent"]);

/** Who wrote it, from who is acting: the portal's customer, a staff member, or the system itself. */
export function authorOf(actor: Actor): InteractionAuthor {
  if (actor.roles.includes("customer")) return "customer";
  if (actor.sub !== "system" && actor.roles.some((role) => staffRoles.has(role))) return "agent";
  return "system";
}

/**
 * `occurredAt` normalized to `toISOString()` form: it is a sort-key part, so "…00Z" and "…00.000Z"
 * must not sort as two different instants. Defaults to now; refuses an instant in the future.
 */
export function resolveOccurredAt(now: Date, given: string | undefined): string {
  if (given === undefined) return now.toISOString();
  const at = new Date(given);
  if (Number.isNaN(at.getTime())) throw new Unprocessable("occurredAt is not a valid instant", { occurredAt: given });
  if (at.getTime() > now.getTime() + occurredAtSkewSeconds * 1000) {
    throw new Unprocessable(`occurredAt may be at most ${occurredAtSkewSeconds / 60} minutes in the future`, {
      occurredAt: given,
    });
  }
  return at.toISOString();
}

/** An internal note is never shown to the customer; anything else is public unless said otherwise. */
export function visibilityFor(direction: Direction, given: Visibility | undefined): Visibility {
  return given ?? (direction === "internal" ? "internal" : "public");
}
