import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port.js";

export interface Engine {
  readonly endpoint: string;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// The engine must never outlive us, whichever way we exit.
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

function binaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@dynoxide/linux-x64/package.json")), "dynoxide");
}

/** Starts dynoxide on a free loopback port with its SQLite file at `dbPath`, and waits until it answers. */
export async function startEngine(dbPath: string): Promise<Engine> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(binaryPath(), ["--host", "127.0.0.1", "--port", String(port), "--db-path", dbPath], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
    child.once("exit", () => children.delete(child));
    const endpoint = `http://127.0.0.1:${port}`;
    if (await waitUntilReady(endpoint, child)) {
      return {
        endpoint,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill("SIGTERM");
          const killed = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
          if (!killed) {
            child.kill("SIGKILL");
            await exited;
          }
        },
      };
    }
    child.kill("SIGKILL");
    await exited;
    lastError = new Error(`dynoxide did not start on port ${port}: ${output.trim()}`);
  }
  throw lastError;
}

async function waitUntilReady(endpoint: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) return false;
    try {
      // Any answer (even "missing authentication token") means the engine is listening.
      await fetch(endpoint, { method: "POST" });
      return true;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  return false;
}
