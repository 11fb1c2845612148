/**
 * An ElectroDB cursor is the last key read, base64url-encoded. Refusing one that is not a key of this
 * Query (garbage, or another listing's cursor) makes it a 400 on every engine, not a 500 on some.
 */
export function cursorFits(
  cursor: string,
  params: { ExpressionAttributeValues?: Record<string, unknown> },
  index: "gsi1" | "gsi2" | "gsi3",
): boolean {
  const partition = params.ExpressionAttributeValues?.[":pk"];
  const prefix = params.ExpressionAttributeValues?.[":sk1"];
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const sortKey = key?.[`${index}sk`];
    return key?.[`${index}pk`] === partition && typeof sortKey === "string" && sortKey.startsWith(String(prefix));
  } catch {
    return false;
  }
}
