import { z } from "zod";

/** Cursor pagination: `?cursor=&limit=`; the response carries the next cursor, null on the last page. */
export const pageQuery = z.object({
  cursor: z.string().min(1).max(4096).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), cursor: z.string().nullable() });
}

export interface Page<T> {
  readonly items: T[];
  readonly cursor: string | null;
}
