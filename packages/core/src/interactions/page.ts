import { InvalidInput } from "../errors.js";
import type { Page, PageQuery } from "../pagination.js";

/** The parts of an ElectroDB query chain that one page needs (its params, and running it). */
interface QueryChain<T> {
  params(options?: object): object;
  go(options: { order: "desc"; limit: number; cursor: string | null }): Promise<{ data: T[]; cursor: string | null }>;
}

/**
 * One page, newest first, in one Query. It asks for one item more than the page, so the cursor is
 * null exactly on the last page (no trailing empty page); the next page starts after the last item
 * shown (`toCursor`, ElectroDB's conversion of an item to its index's start key). A cursor that is
 * malformed or from another partition is refused as bad input instead of reaching the engine.
 */
export async function newestFirst<T, V>(
  query: QueryChain<T>,
  page: PageQuery,
  view: (item: T) => V,
  toCursor: (item: T) => string,
): Promise<Page<V>> {
  const cursor = page.cursor === undefined ? null : checkedCursor(page.cursor, query.params());
  const { data, cursor: engineCursor } = await query.go({ order: "desc", limit: page.limit + 1, cursor });
  const items = data.slice(0, page.limit);
  const last = items.at(-1);
  // More than a page came back: there is a next one. Fewer, with a cursor: the engine stopped early (1 MB).
  const next = data.length > page.limit && last !== undefined ? toCursor(last) : engineCursor;
  return { items: items.map(view), cursor: next };
}

function checkedCursor(cursor: string, params: object): string {
  const { ExpressionAttributeNames: names, ExpressionAttributeValues: values } = params as {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
  const partitionField = names?.["#pk"];
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  const isKey =
    typeof key === "object" &&
    key !== null &&
    !Array.isArray(key) &&
    Object.values(key).every((value) => typeof value === "string");
  if (!isKey || !partitionField || (key as Record<string, string>)[partitionField] !== values?.[":pk"]) {
    throw new InvalidInput("cursor: not a cursor this list gave out", {
      errors: [{ path: "cursor", message: "not a cursor this list gave out" }],
    });
  }
  return cursor;
}
