import { z } from "zod";

export const searchQuery = z.object({
  /** An email, a phone in any common format, a case number, an external id, or the start of names. */
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** How a hit was found: one of the exact forms, or a name prefix. */
export const matchForms = ["email", "phone", "caseNumber", "externalId", "name"] as const;
export type MatchForm = (typeof matchForms)[number];

export const searchHit = z.object({
  type: z.enum(["customer", "case"]),
  id: z.string(),
  /** A customer's display name; a case's number and subject. */
  label: z.string(),
  /** Which search form found it: email, phone, caseNumber, externalId or name. */
  matchedBy: z.enum(matchForms),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResult = z.object({ query: z.string(), items: z.array(searchHit) });
