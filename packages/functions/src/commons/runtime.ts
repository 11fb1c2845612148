import type { AppContext } from "@caseline/core";
import { createTokenVerifier, type TokenVerifier } from "@caseline/core/identity/verify";
import { awsRuntimeFromEnv } from "./aws-runtime.js";

/** What every handler runs against: the domain's context and the token verifier. */
export interface Runtime {
  readonly app: AppContext;
  readonly verifyToken: TokenVerifier;
}

let installed: Runtime | undefined;

/**
 * The local runtime installs its adapters here once at start-up; in Lambda nothing is installed
 * and the AWS adapters are built from the environment the stacks set.
 */
export function installRuntime(runtime: Runtime): void {
  installed = runtime;
}

export function useRuntime(): Runtime {
  installed ??= awsRuntimeFromEnv(process.env);
  return installed;
}

export { createTokenVerifier };
