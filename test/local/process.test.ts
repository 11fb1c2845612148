import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../packages/local/src/paths.js";
import { eventually, tempDataDir } from "../support/runtime.js";

const run = promisify(execFile);

/**
 * The environment a person's shell would give npm: without the npm_config_* variables of the npm
 * that runs these tests (`npm test --loglevel=warn` would otherwise override the project's .npmrc).
 */
const { npm_config_loglevel: _inheritedLogLevel, ...personEnv } = process.env;

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start` exactly as the README says, in its own process group (as a terminal would). */
async function npmStart(dataDir: string, args: string[] = []): Promise<Started> {
  const child = spawn("npm", ["start", "--", ...args], {
    cwd: repoRoot,
    // A tenth of the demo data set: enough to exercise loading it, quick enough for a test.
    env: { ...personEnv, CASELINE_DATA_DIR: dataDir, PORT: "0", CASELINE_DEMO_SCALE: "0.1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!/Caseline is running/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  if (!url) throw new Error(`no URL in:\n${output}`);
  return { child, url, output: () => output, exited };
}

/** Processes whose command line mentions the data directory (the engine is started with its db path). */
function processesUsing(dataDir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (cmdline.includes(dataDir) && !cmdline.includes("vitest")) found.push(`${pid}: ${cmdline}`);
    } catch {
      // gone already
    }
  }
  return found;
}

function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function token(dataDir: string, role = "admin") {
  const { stdout, stderr } = await run("npm", ["run", "token", "--", "--role", role, "--sub", "u-1"], {
    cwd: repoRoot,
    env: { ...personEnv, CASELINE_DATA_DIR: dataDir },
  });
  return { stdout, stderr };
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await tempDataDir();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start, as a person runs it", () => {
  it("serves /health, refuses a second instance, stops on SIGTERM with its engine, keeps data across restarts", async () => {
    const first = await npmStart(dataDir, ["--demo"]);
    expect(first.output()).toContain("caseline: demo data loaded");
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(processesUsing(dataDir).some((line) => line.includes("dynoxide"))).toBe(true);

    // `npm run token` prints a token and nothing else on stdout.
    const { stdout } = await token(dataDir);
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const created = await fetch(`${first.url}/customers`, {
      method: "POST",
      headers: { authorization: `Bearer ${stdout.trim()}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "organization", displayName: "Persisted Ltd" }),
    });
    expect(created.status).toBe(201);
    const customer = (await created.json()) as { id: string };

    // A second instance on the same data directory refuses, with a clear message.
    const second = spawn("npm", ["start"], {
      cwd: repoRoot,
      env: { ...personEnv, CASELINE_DATA_DIR: dataDir, PORT: "0" },
    });
    let secondOutput = "";
    second.stderr.on("data", (chunk) => (secondOutput += chunk));
    const secondCode = await new Promise((resolve) => second.once("exit", resolve));
    expect(secondCode).not.toBe(0);
    expect(secondOutput).toMatch(/already using/);

    // SIGTERM stops everything it started, the engine included.
    // (npm forwards the signal to the runtime, then re-raises it on itself, so its own exit code is null.)
    process.kill(first.child.pid!, "SIGTERM");
    await first.exited;
    await eventually(async () => (first.output().includes("caseline: stopped") ? true : undefined));
    await eventually(async () => (processesUsing(dataDir).length === 0 ? true : undefined));

    // Restarted (demo again: already there), the data is all still there; Ctrl-C (SIGINT to the group) stops it.
    const again = await npmStart(dataDir, ["--demo"]);
    expect(again.output()).toContain("caseline: demo data already present");
    const read = await fetch(`${again.url}/customers/${customer.id}`, {
      headers: { authorization: `Bearer ${stdout.trim()}` },
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { displayName: string }).displayName).toBe("Persisted Ltd");
    process.kill(-again.child.pid!, "SIGINT");
    await again.exited;
    await eventually(async () => (again.output().includes("caseline: stopped") ? true : undefined));
    await eventually(async () => (processesUsing(dataDir).length === 0 ? true : undefined));
  });

  it("killed outright (SIGKILL), it leaves no engine behind, and the next start takes over its stale lock", async () => {
    const started = await npmStart(dataDir);
    const runtimePid = childrenOf(started.child.pid!).find((pid) => cmdlineOf(pid).includes("main.ts"));
    expect(runtimePid).toBeDefined();
    process.kill(runtimePid!, "SIGKILL");
    await started.exited;
    await eventually(async () => (processesUsing(dataDir).length === 0 ? true : undefined));

    const next = await npmStart(dataDir);
    expect((await fetch(`${next.url}/health`)).status).toBe(200);
    process.kill(next.child.pid!, "SIGTERM");
    await eventually(async () => (processesUsing(dataDir).length === 0 ? true : undefined));
  });

  it("npm run token explains what is wrong with its arguments, on stderr", async () => {
    const failure = await token(dataDir, "root").then(
      () => undefined,
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    expect(failure?.stdout).toBe("");
    expect(failure?.stderr).toMatch(/roles\.0: Invalid option/);
  });
});
