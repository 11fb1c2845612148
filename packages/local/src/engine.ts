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
// The engine must never outlive us: on a normal exit we kill its process group here; if we are
// killed outright, the watchdog below sees its stdin close and stops the engine itself.
process.once("exit", () => {
  for (const child of children) killGroup(child, "SIGKILL");
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs the engine under `sh` that kills it once our end of its stdin closes, which happens however
 * this process ends (even SIGKILL). Its own process group keeps a terminal's Ctrl-C away from it, so
 * the runtime can stop it in order.
 */
const watchdog = '"$0" "$@" & engine=$!; read -r _; kill "$engine" 2>/dev/null; wait "$engine"';

function binaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@dynoxide/linux-x64/package.json")), "dynoxide");
}

/** Starts dynoxide on a free loopback port with its SQLite file at `dbPath`, and waits until it answers. */
export async function startEngine(dbPath: string): Promise<Engine> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(
      "sh",
      ["-c", watchdog, binaryPath(), "--host", "127.0.0.1", "--port", String(port), "--db-path", dbPath],
      {
        stdio: ["pipe", "pipe", "pipe"],
        detached: true,
      },
    );
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
          child.stdin?.end();
          const stopped = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
          if (!stopped) {
            killGroup(child, "SIGKILL");
            await exited;
          }
        },
      };
    }
    killGroup(child, "SIGKILL");
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
