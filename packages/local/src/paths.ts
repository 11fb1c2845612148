import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: handler paths in the route table and rules are relative to it, as in SST. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function fromRepo(...parts: string[]): string {
  return join(repoRoot, ...parts);
}
