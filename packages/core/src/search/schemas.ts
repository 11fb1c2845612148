import { z } from "zod";

export const searchQuery = z.object({
  q: z.string().trim().min(2).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const searchHit = z.object({
  type: z.enum(["customer", "case"]),
  id: z.string(),
  label: z.string(),
  /** Which search form found it: email, phone, name, externalId or caseNumber. */
  matchedBy: z.string(),
});

export const searchResult = z.object({ query: z.string(), items: z.array(searchHit) });
