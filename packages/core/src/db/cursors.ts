/**
 * Cursors are ElectroDB's: the last key read, base64url-encoded JSON. Refusing one that is not a key of
 * the Query it is handed to (garbage, or another listing's cursor) makes it a 400 on every engine, not a
 * 500 on some.
 */
import { InvalidInput } from "../errors.js";

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString("base64url") : null;
}

/** The key a cursor holds, when it holds one (an object of string attributes). */
function keyOf(cursor: string): Record<string, string> | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const isKey =
      typeof key === "object" && key !== null && Object.values(key).every((value) => typeof value === "string");
    return isKey ? (key as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the cursor is a key of the ElectroDB Query these params describe (its partition and sort prefix). */
export function cursorFits(
  cursor: string,
  params: { ExpressionAttributeValues?: Record<string, unknown> },
  index: "gsi1" | "gsi2" | "gsi3",
): boolean {
  const key = keyOf(cursor);
  const prefix = String(params.ExpressionAttributeValues?.[":sk1"]);
  return (
    key?.[`${index}pk`] === params.ExpressionAttributeValues?.[":pk"] &&
    Boolean(key?.[`${index}sk`]?.startsWith(prefix))
  );
}

/** The key a cursor holds, or a 400 when it is not a key of `partition` on `index`. */
export function decodeCursor(cursor: string, index: string, partition: string): Record<string, string> {
  const key = keyOf(cursor);
  if (key?.[`${index}pk`] !== partition)
    throw new InvalidInput("cursor is not one this listing handed out", { cursor });
  return key;
}
