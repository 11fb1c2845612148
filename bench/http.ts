import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CpuMeter, CpuWindow } from "./cpu.js";
import type { LoadJob, LoadResult } from "./http-load.js";
import { type Summary, summarize } from "./stats.js";

export interface HttpMeasurement {
  readonly summary: Summary;
  readonly statuses: Record<string, number>;
  readonly cpu: CpuWindow;
}

type Message =
  | { phase: "start" }
  | { phase: "done"; ok: true; result: LoadResult }
  | { phase: "done"; ok: false; error: string };

/**
 * Runs one autocannon job in a child process (same Node flags as this one, so tsx loads the .ts
 * file) and summarizes its per-response samples exactly. Responses with another status than the
 * expected one, socket errors and timeouts count as errors. The meter runs while the child measures.
 */
export async function httpLoad(job: LoadJob, meter: CpuMeter): Promise<HttpMeasurement> {
  const child = fork(fileURLToPath(new URL("./http-load.ts", import.meta.url)), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  const answer = await new Promise<Extract<Message, { phase: "done" }>>((resolveAnswer, reject) => {
    child.on("message", (message: Message) => {
      if (message.phase === "start") meter.start();
      else {
        meter.stop();
        resolveAnswer(message);
      }
    });
    child.once("error", reject);
    void exited.then((code) => reject(new Error(`the load generator exited with ${code} before answering`)));
    child.send(job);
  });
  await exited;
  if (!answer.ok) throw new Error(`load generator failed: ${answer.error}`);
  const { result } = answer;
  return {
    summary: summarize(result.samples, result.seconds, result.unexpected + result.errors + result.timeouts),
    statuses: result.statuses,
    cpu: meter.result(result.cpuSeconds),
  };
}
