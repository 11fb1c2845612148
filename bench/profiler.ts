import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

/**
 * `BENCH_PROFILE=<dir> npm run bench`: a V8 CPU profile of this process per row (the raw client for
 * engine rows; the gateway, handlers and their SDK client for http rows), written as
 * `<dir>/<row>.cpuprofile` (open in Chrome DevTools or speedscope), and a one-line summary of the
 * busiest modules on stderr. Profiling slows the process down: read the figures of such a run as skewed.
 */
export class RowProfiler {
  private readonly session = new Session();

  private constructor(private readonly dir: string) {}

  static async open(dir: string | undefined): Promise<RowProfiler | undefined> {
    if (!dir) return undefined;
    const profiler = new RowProfiler(dir);
    profiler.session.connect();
    await profiler.session.post("Profiler.enable");
    await profiler.session.post("Profiler.setSamplingInterval", { interval: 250 });
    return profiler;
  }

  async start(): Promise<void> {
    await this.session.post("Profiler.start");
  }

  /** Stops, writes the profile, and returns the modules with the most self time, busiest first. */
  async stop(name: string): Promise<string> {
    const { profile } = await this.session.post("Profiler.stop");
    await writeFile(join(this.dir, `${name}.cpuprofile`), JSON.stringify(profile));
    return summarizeProfile(profile);
  }

  close(): void {
    this.session.disconnect();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** Self time by package (node_modules), repository source folder, or Node internals; idle left out. */
export function summarizeProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let busy = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    const delta = deltas[index] ?? 0;
    busy += delta;
    const group = groupOf(frame);
    totals.set(group, (totals.get(group) ?? 0) + delta);
  });
  if (busy === 0) return "no samples";
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([group, time]) => `${group} ${((time / busy) * 100).toFixed(0)}%`)
    .join(", ");
}

function groupOf({ url, functionName }: ProfileNode["callFrame"]): string {
  if (!url) return functionName === "(garbage collector)" ? "gc" : `native:${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const source = /\/(packages\/[^/]+\/src\/[^/]+|bench)\//.exec(url);
  if (source?.[1]) return source[1];
  if (url.startsWith("node:")) return "node";
  return url;
}
