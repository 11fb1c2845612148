import { HttpProblem } from "./problem.js";

/** A route declared in the route table whose operation is still being built (answers 501). */
export async function notYet(): Promise<never> {
  throw new HttpProblem(501, "not-implemented", "Not implemented yet");
}
