import { Logger } from "@aws-lambda-powertools/logger";

type LogLevel = NonNullable<ConstructorParameters<typeof Logger>[0]>["logLevel"];

/** One structured JSON logger for every handler; the correlation id is set per invocation. */
export const logger = new Logger({
  serviceName: "caseline",
  logLevel: (process.env.CASELINE_LOG_LEVEL ?? process.env.POWERTOOLS_LOG_LEVEL ?? "INFO") as LogLevel,
});
