import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import { runInInvocation } from "./invocation-context.js";
import { fromRepo } from "./paths.js";

export type Handler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<Handler>>();

/**
 * Loads a handler by its SST path ("packages/functions/src/api/cases.handler"): the same module and
 * export that the stacks deploy.
 */
export function loadHandler(path: string): Promise<Handler> {
  let handler = loaded.get(path);
  if (!handler) {
    const dot = path.lastIndexOf(".");
    const file = fromRepo(`${path.slice(0, dot)}.ts`);
    const exportName = path.slice(dot + 1);
    handler = import(pathToFileURL(file).href).then((module) => {
      const fn = module[exportName];
      if (typeof fn !== "function") throw new Error(`${file} has no export ${exportName}`);
      return fn as Handler;
    });
    loaded.set(path, handler);
  }
  return handler;
}

/** A Lambda context for a local invocation. */
export function lambdaContext(handlerPath: string, timeoutMs = 30_000): Context {
  const functionName = `caseline-local-${handlerPath.split("/").pop()?.replace(/\W+/g, "-")}`;
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export async function invoke(path: string, event: unknown): Promise<unknown> {
  const handler = await loadHandler(path);
  return runInInvocation(path, () => handler(event, lambdaContext(path)));
}
