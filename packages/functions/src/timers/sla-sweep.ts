import { sweep } from "@caseline/core/sla/sla";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";

/** The SLA reconcile: every 5 minutes from an EventBridge schedule in AWS, every 30 s locally. */
export const handler = backgroundHandler("sla-sweep", async () => {
  const result = await sweep(useRuntime().app);
  if (result.fired || result.jobsResumed) logger.warn("sla sweep repaired missed work", { ...result });
  else logger.info("sla sweep", { ...result });
  return result;
});
