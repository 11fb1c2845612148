import { z } from "zod";

export const searchQuery = z.object({
  /** An email, a phone in any format, a case number, an external id, a VIN (or its last 6 or 8), a plate, or names. */
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** How a hit was found: one of the exact forms, or a name prefix. */
export const matchForms = ["email", "phone", "caseNumber", "externalId", "name", "vin", "vinSuffix", "plate"] as const;
export type MatchForm = (typeof matchForms)[number];

export const searchHit = z.object({
  type: z.enum(["customer", "case", "vehicle", "plate"]),
  id: z.string(),
  /** A customer's display name; a case's number and subject; a vehicle's year, make, model; a plate's number. */
  label: z.string(),
  /** Which search form found it: email, phone, caseNumber, externalId or name. */
  matchedBy: z.enum(matchForms),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({ query: z.string(), items: z.array(searchHit) });
