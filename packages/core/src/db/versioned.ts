import { NotFound, PreconditionFailed } from "../errors.js";
import { isConditionFailure } from "./transactions.js";

/**
 * Runs an update guarded by `version = expected`. When the condition fails, tells a missing item
 * (404) from a stale version (412) by reading the current one.
 */
export async function versionedUpdate<T>(
  update: () => Promise<T>,
  current: () => Promise<{ version: number } | null | undefined>,
  what: string,
  expectedVersion: number,
): Promise<T> {
  try {
    return await update();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const now = await current();
    if (!now) throw new NotFound(`${what} does not exist`);
    throw new PreconditionFailed(`${what} is at version ${now.version}, not ${expectedVersion}: read it again`, {
      currentVersion: now.version,
    });
  }
}

/** The ETag of a versioned item, and back. */
export function etagOf(version: number): string {
  return `"${version}"`;
}
