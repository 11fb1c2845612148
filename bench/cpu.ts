import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";

/**
 * CPU accounting for a measured window, from /proc (Linux; elsewhere every figure is NaN):
 * this process (the raw client, or the gateway and handlers), the engine, the load generator, and
 * whatever else ran on the machine meanwhile. Tells where the time goes without a profiler, and
 * flags a run that shared the machine with something else.
 */

const ticksPerSecond = 100; // USER_HZ: 100 on every Linux Node supports
const coreCount = cpus().length;

function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** utime + stime of a process, in seconds; undefined once it is gone. */
export function processSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** A descendant of this process running `command` (the engine binary; it may sit behind a shell wrapper). */
export function findDescendant(command: string): number | undefined {
  const parents = new Map<number, number>();
  const matches: number[] = [];
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
        if (comm === command) matches.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    return undefined; // no /proc
  }
  return matches.find((pid) => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) {
      if (at === process.pid) return true;
    }
    return false;
  });
}

interface Snapshot {
  readonly at: number;
  readonly self: NodeJS.CpuUsage;
  readonly engine: number | undefined;
  readonly machine: ReturnType<typeof machineTicks>;
}

export interface CpuWindow {
  /** CPU seconds of this process (the raw client, or the gateway + handlers + app SDK client). */
  readonly self: number;
  readonly engine: number;
  /** CPU seconds of the HTTP load generator, when there is one. */
  readonly loadGenerator: number;
  /** Share of the whole machine (all cores) that was busy during the window, 0–1. */
  readonly machineBusy: number;
  /** Share of the whole machine used by processes other than these three, 0–1. */
  readonly others: number;
  readonly seconds: number;
}

export class CpuMeter {
  private begin: Snapshot | undefined;
  private end: Snapshot | undefined;

  constructor(private readonly enginePid: number | undefined) {}

  private snapshot(): Snapshot {
    return {
      at: performance.now(),
      self: process.cpuUsage(),
      engine: processSeconds(this.enginePid),
      machine: machineTicks(),
    };
  }

  start(): void {
    this.begin = this.snapshot();
  }

  stop(): void {
    this.end = this.snapshot();
  }

  /** The window between `start` and `stop`; `loadGenerator` is what that process measured of itself. */
  result(loadGenerator = 0): CpuWindow {
    const { begin, end } = this;
    if (!begin || !end) throw new Error("CpuMeter: start and stop first");
    const seconds = (end.at - begin.at) / 1000;
    const self = (end.self.user - begin.self.user + end.self.system - begin.self.system) / 1e6;
    const engine = begin.engine !== undefined && end.engine !== undefined ? end.engine - begin.engine : Number.NaN;
    let machineBusy = Number.NaN;
    if (begin.machine && end.machine) {
      const total = end.machine.total - begin.machine.total;
      machineBusy = total > 0 ? (end.machine.busy - begin.machine.busy) / total : Number.NaN;
    }
    const capacity = seconds * coreCount;
    const others = Math.max(0, machineBusy - (self + engine + loadGenerator) / capacity);
    return { self, engine, loadGenerator, machineBusy, others, seconds };
  }
}

/** How busy the machine is right now, sampled over `ms` (0–1), before anything of ours runs. */
export async function machineBusyOver(ms: number): Promise<number> {
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  if (!before || !after || after.total === before.total) return Number.NaN;
  return (after.busy - before.busy) / (after.total - before.total);
}
