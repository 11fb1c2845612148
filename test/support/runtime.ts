import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { createTableClients } from "@caseline/core/db/client";
import { type LocalRuntime, type RuntimeOptions, startRuntime } from "@caseline/local/runtime";

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "caseline-test-"));
}

/** A whole local runtime on a fresh data directory and a free port: real engine, real gateway. */
export async function startTestRuntime(options: Partial<RuntimeOptions> = {}): Promise<TestRuntime> {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const scans: string[] = [];
  const observe = options.onEngineRequest;
  const runtime = await startRuntime({
    port: 0,
    timerIntervalMs: 50,
    streamIntervalMs: 25,
    workflowRetrySeconds: 0,
    ...options,
    dataDir,
    // Every integration test also proves that no request path scans the table.
    onEngineRequest: (commandName, input, handler) => {
      if (commandName === "ScanCommand" && handler?.startsWith("packages/functions/src/api/")) scans.push(handler);
      observe?.(commandName, input, handler);
    },
  });
  return new TestRuntime(runtime, scans);
}

export class TestRuntime {
  constructor(
    readonly runtime: LocalRuntime,
    private readonly scansOnRequestPaths: string[] = [],
  ) {}

  get url() {
    return this.runtime.url;
  }

  get app() {
    return this.runtime.app;
  }

  /** A token for `roles`; a customer token speaks for `customerId` (any id will do when a test does not care). */
  token(roles: string[] = ["agent"], sub = "u-test", customerId?: string) {
    const forCustomer = roles.includes("customer") ? { customerId: customerId ?? "NO-SUCH-CUSTOMER" } : {};
    return this.runtime.token({ sub, roles, name: "Test User", ...forCustomer });
  }

  /** Calls the API over HTTP with a bearer token for `roles` (or none with `roles: null`). */
  async request(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; roles?: string[] | null; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.roles !== null) headers.authorization ??= `Bearer ${await this.token(options.roles ?? ["agent"])}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(this.url + path, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      headers: response.headers,
      contentType,
      body: (contentType.includes("json") && text ? JSON.parse(text) : text) as any,
    };
  }

  /**
   * The table once the stream, the bus and workflows are idle: what a "nothing was written" check
   * compares, so background work cannot land between the two snapshots.
   */
  async quietSnapshot(): Promise<string[]> {
    await this.runtime.settle();
    return this.tableSnapshot();
  }

  /** Every item in the table (for "nothing was written" checks); a test helper, never a request path. */
  async tableSnapshot(): Promise<string[]> {
    const { raw } = createTableClients({ endpoint: this.runtime.engineEndpoint, region: "us-east-1" });
    const items: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await raw.send(
        new ScanCommand({ TableName: this.runtime.tableName, ...(start ? { ExclusiveStartKey: start as never } : {}) }),
      );
      for (const item of page.Items ?? []) items.push(canonicalJson(item));
      start = page.LastEvaluatedKey;
    } while (start);
    raw.destroy();
    return items.sort();
  }

  async stop({ keepData = false } = {}) {
    await this.runtime.stop();
    if (!keepData) await rm(this.runtime.dataDir, { recursive: true, force: true });
    if (this.scansOnRequestPaths.length > 0) {
      throw new Error(`A request path scanned the table: ${[...new Set(this.scansOnRequestPaths)].join(", ")}`);
    }
  }
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** JSON with object keys sorted at every depth: the engine returns attributes in no fixed order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Records the engine requests that HTTP handlers make while `work` runs (pass `recorder.observe` as
 * the runtime's `onEngineRequest`): how a test proves that a read is one Query and that nothing
 * scans. Background work (stream, bus targets, timers) is left out.
 */
export class EngineRequestRecorder {
  private recording: string[] | undefined;

  readonly observe = (commandName: string, _input: unknown, handler: string | undefined) => {
    if (handler?.startsWith("packages/functions/src/api/")) this.recording?.push(commandName.replace(/Command$/, ""));
  };

  async during<T>(work: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
    this.recording = [];
    try {
      const result = await work();
      return { result, requests: this.recording };
    } finally {
      this.recording = undefined;
    }
  }
}
