import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import middy from "@middy/core";
import type { Context } from "aws-lambda";
import { logger } from "./logger.js";

/**
 * Wraps a non-HTTP handler (stream, bus target, timer, workflow task) with structured logging and a
 * correlation id taken from the event when it carries one. Errors propagate so AWS retries.
 */
export function backgroundHandler<E, R>(
  name: string,
  handler: (event: E) => Promise<R>,
  correlationIdOf: (event: E) => string | undefined = () => undefined,
) {
  return middy<E, R, Error, Context>(handler)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      before: ({ event, context }) => {
        logger.setCorrelationId(correlationIdOf(event) ?? context?.awsRequestId);
        logger.appendKeys({ handler: name });
      },
      onError: ({ error }) => {
        logger.error(`${name} failed`, error as Error);
      },
    });
}
