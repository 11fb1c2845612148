import type { Store } from "../entities/store.js";

/**
 * Hands out the next case number with an atomic ADD. A number taken by a create that then fails is
 * skipped, never reused: numbers are unique, not gap-free.
 */
export async function nextCaseNumber(store: Store): Promise<string> {
  const { data } = await store.entities.counter
    .update({ name: "case-number" })
    .add({ value: 1 })
    .go({ response: "all_new" });
  if (typeof data.value !== "number") throw new Error("The case-number counter returned no value");
  return formatCaseNumber(data.value);
}

export function formatCaseNumber(value: number): string {
  return `CL-${String(value).padStart(6, "0")}`;
}
