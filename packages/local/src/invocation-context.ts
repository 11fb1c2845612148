import { AsyncLocalStorage } from "node:async_hooks";

/** Which handler the current code runs in, so engine requests can be told apart by who made them. */
const invocations = new AsyncLocalStorage<{ readonly handler: string }>();

export function runInInvocation<T>(handler: string, work: () => Promise<T>): Promise<T> {
  return invocations.run({ handler }, work);
}

export function currentHandler(): string | undefined {
  return invocations.getStore()?.handler;
}
