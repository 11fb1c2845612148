import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type LocalRuntime, startRuntime } from "@caseline/local/runtime";
import { closedLoop } from "./closed-loop.js";
import { CpuMeter, type CpuWindow, findDescendant, machineBusyOver } from "./cpu.js";
import { httpLoad } from "./http.js";
import type { LoadJob } from "./http-load.js";
import { RowProfiler } from "./profiler.js";
import {
  describeCalls,
  type EngineCall,
  EngineRecorder,
  type RawWorkloads,
  type Recording,
  rawClient,
  rawWorkloads,
  replayWorkload,
} from "./raw-workloads.js";
import { roundSummary, type Summary, table } from "./stats.js";

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** Fixed settings, printed with the results (BENCH_WARMUP_S / BENCH_DURATION_S override them for a quick try). */
export const settings = {
  warmupSeconds: seconds("BENCH_WARMUP_S", 1),
  durationSeconds: seconds("BENCH_DURATION_S", 5),
  rawWorkers: 10,
  httpConnections: 10,
  customers: 20,
  cases: 200,
  caseAckSeconds: 86_400,
  /** Fresh cases per transitions stage: each can make its first move (new → open) once. */
  transitionCases: 2000,
  /** Before starting, wait up to this long for the whole machine to be less busy than `quietBelow`. */
  quietWaitSeconds: 10,
  quietBelow: 0.15,
};

const subject = "Order 48213 arrived damaged, requesting a replacement";
/** Every bench customer is "Bench Customer <n>": a name-prefix search that finds them all. */
const searchQuery = "bench cust";
const actor = { sub: "bench-agent", roles: ["agent" as const], name: "Bench Agent" };

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits: number) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;

type Row = {
  readonly key: string;
  readonly label: string;
  readonly via: "engine" | "http";
  readonly concurrency: number;
  readonly summary: Summary;
  readonly cpu: CpuWindow;
};

/** One runtime on a fresh data directory, with its fixtures and everything a row needs to talk to it. */
interface Stage {
  readonly runtime: LocalRuntime;
  readonly client: DynamoDBClient;
  readonly enginePid: number | undefined;
  readonly auth: { authorization: string };
  readonly customerIds: readonly string[];
  readonly caseIds: readonly string[];
  /** POSTs `body` as JSON and returns the parsed answer; anything but 201 throws. */
  readonly post: (path: string, body: unknown) => Promise<Record<string, unknown>>;
}

export async function main(): Promise<number> {
  const begun = performance.now();
  // Other work on the machine skews every figure: give it a few seconds to go quiet, then say how busy it was.
  let busyBefore = await machineBusyOver(1000);
  for (let waited = 1; busyBefore > settings.quietBelow && waited < settings.quietWaitSeconds; waited++) {
    if (waited === 1) progress(`machine ${(busyBefore * 100).toFixed(0)}% busy, waiting for it to quieten`);
    busyBefore = await machineBusyOver(1000);
  }
  progress(`machine busy before start: ${(busyBefore * 100).toFixed(0)}% of ${cpus().length} cores`);
  if (busyBefore > settings.quietBelow) progress("WARNING: the machine is busy; figures from this run are skewed");

  const profileDir = process.env.BENCH_PROFILE;
  if (profileDir) {
    await mkdir(profileDir, { recursive: true });
    progress(`profiling each row into ${profileDir} (figures of this run are skewed by the profiler)`);
  }
  const profiler = await RowProfiler.open(profileDir);

  // Ctrl-C stops whichever runtime is up and removes its data directory.
  let current: (() => Promise<void>) | undefined;
  const onSignal = () => {
    progress("interrupted, stopping the runtime");
    void (current?.() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  /**
   * Runs `body` against a runtime of its own on a fresh temporary data directory, then stops it and
   * removes the directory. Every write row gets one: the engine's writes slow down as its change
   * stream grows (see docs/benchmarks.md), so rows must not inherit each other's data.
   */
  const withStage = async (
    name: string,
    options: { cases: number; observe?: (command: string, input: unknown) => void },
    body: (stage: Stage) => Promise<void>,
  ) => {
    const dataDir = await mkdtemp(join(tmpdir(), "caseline-bench-"));
    let runtime: LocalRuntime | undefined;
    let client: DynamoDBClient | undefined;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      client?.destroy();
      await runtime?.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
    current = stop;
    try {
      runtime = await startRuntime({
        dataDir,
        port: 0,
        caseAckSeconds: settings.caseAckSeconds,
        ...(options.observe ? { onEngineRequest: options.observe } : {}),
      });
      client = rawClient(runtime.engineEndpoint);
      const url = runtime.url;
      const enginePid = findDescendant("dynoxide");
      const token = await runtime.token({ sub: actor.sub, roles: [...actor.roles], name: actor.name });
      const auth = { authorization: `Bearer ${token}` };
      const post = async (path: string, body: unknown) => {
        const response = await fetch(url + path, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const text = await response.text();
        if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${text}`);
        return JSON.parse(text) as Record<string, unknown>;
      };
      const api = async (path: string, body: unknown) => String((await post(path, body)).id);
      // Fixtures, through the API itself: customers, then cases spread over them.
      const customerIds: string[] = [];
      for (let i = 0; i < settings.customers; i++) {
        customerIds.push(
          await api("/customers", {
            kind: "person",
            displayName: `Bench Customer ${i}`,
            emails: [`bench.customer${i}@example.com`],
            phones: ["+5511987654321"],
          }),
        );
      }
      const caseIds: string[] = [];
      const pending = Array.from({ length: options.cases }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          for (let i = pending.shift(); i !== undefined; i = pending.shift()) {
            caseIds.push(
              await api("/cases", { customerId: customerIds[i % customerIds.length], subject, type: "inquiry" }),
            );
          }
        }),
      );
      await runtime.settle();
      progress(
        `${name}: fresh runtime at ${runtime.url} (engine pid ${enginePid ?? "?"}), ` +
          `${customerIds.length} customers, ${caseIds.length} cases`,
      );
      await body({ runtime, client, enginePid, auth, customerIds, caseIds, post });
    } finally {
      await stop();
      current = undefined;
    }
  };

  const rows: Row[] = [];
  const measure = async (
    key: string,
    label: string,
    via: Row["via"],
    concurrency: number,
    run: (meter: CpuMeter) => Promise<{ summary: Summary; cpu: CpuWindow }>,
    enginePid: number | undefined,
  ) => {
    progress(
      `${label}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s, concurrency ${concurrency}`,
    );
    await profiler?.start();
    const { summary, cpu } = await run(new CpuMeter(enginePid));
    if (profiler) progress(`  profile ${key}: ${await profiler.stop(key)}`);
    rows.push({ key, label, via, concurrency, summary, cpu });
    progress(
      `  ${Math.round(summary.perSecond)}/s, p50 ${summary.p50.toFixed(2)} ms, p99 ${summary.p99.toFixed(2)} ms` +
        (summary.errors ? `, ${summary.errors} errors` : ""),
    );
  };
  const rawRow = (
    stage: Stage,
    key: string,
    label: string,
    operation: (sequence: number) => Promise<void>,
    concurrency = settings.rawWorkers,
  ) =>
    measure(
      key,
      label,
      "engine",
      concurrency,
      async (meter) => {
        const summary = await closedLoop(
          {
            concurrency,
            warmupMs: settings.warmupSeconds * 1000,
            durationMs: settings.durationSeconds * 1000,
            window: meter,
          },
          (_worker, sequence) => operation(sequence),
        );
        return { summary, cpu: meter.result() };
      },
      stage.enginePid,
    );
  const httpRow = (
    stage: Stage,
    key: string,
    label: string,
    job: Pick<LoadJob, "expectStatus" | "requests" | "rotate"> & { json?: boolean },
  ) =>
    measure(
      key,
      label,
      "http",
      settings.httpConnections,
      async (meter) => {
        const { summary, statuses, cpu } = await httpLoad(
          {
            url: stage.runtime.url,
            connections: settings.httpConnections,
            warmupSeconds: settings.warmupSeconds,
            durationSeconds: settings.durationSeconds,
            headers: { ...stage.auth, ...(job.json ? { "content-type": "application/json" } : {}) },
            expectStatus: job.expectStatus,
            requests: job.requests,
            ...(job.rotate ? { rotate: true } : {}),
          },
          meter,
        );
        if (summary.errors) progress(`  statuses: ${JSON.stringify(statuses)}`);
        // autocannon drops the requests in flight when time is up; the server still finishes them.
        await sleep(Math.min(5000, Math.max(500, 2 * summary.max)));
        return { summary, cpu };
      },
      stage.enginePid,
    );
  const postCases = (stage: Stage) =>
    stage.customerIds.map((customerId) => ({
      method: "POST",
      path: "/cases",
      body: JSON.stringify({ customerId, subject, type: "inquiry" }),
    }));
  /** The stream poller and timer loop off, so a write is measured alone (each would cost a delivery and a timer put). */
  const quiet = async (stage: Stage) => {
    await stage.runtime.streamPoller.stop();
    await stage.runtime.timerLoop.stop();
  };

  // What the API sends the engine for one POST /cases and one GET /cases/{id}: the raw rows replay it.
  const recorder = new EngineRecorder();
  let recording: Recording | undefined;
  let more: { view360: EngineCall[]; search: EngineCall[]; move: EngineCall[] } | undefined;
  await withStage("record", { cases: 0, observe: recorder.observe }, async (stage) => {
    await quiet(stage);
    const customerId = stage.customerIds[0] ?? "";
    let created: Record<string, unknown> = {};
    const create = await recorder.record(async () => {
      created = await stage.post("/cases", { customerId, subject, type: "inquiry" });
    });
    const caseId = String(created.id);
    const get = await recorder.record(async () => {
      const response = await fetch(`${stage.runtime.url}/cases/${caseId}`, { headers: stage.auth });
      if (response.status !== 200) throw new Error(`GET /cases/${caseId}: ${response.status}`);
      await response.arrayBuffer();
    });
    recording = { create, get, customerId, caseId, number: String(created.number) };
    progress(`  POST /cases sends ${describeCalls(create)}; GET /cases/{id} sends ${describeCalls(get)}`);
    const read = (path: string) => async () => {
      const response = await fetch(`${stage.runtime.url}${path}`, { headers: stage.auth });
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
      await response.arrayBuffer();
    };
    const view360 = await recorder.record(read(`/customers/${customerId}/360`));
    const search = await recorder.record(read(`/search?q=${encodeURIComponent(searchQuery)}`));
    const move = await recorder.record(async () => {
      const response = await fetch(`${stage.runtime.url}/cases/${caseId}/transitions`, {
        method: "POST",
        headers: { ...stage.auth, "content-type": "application/json", "if-match": '"1"' },
        body: JSON.stringify({ to: "open" }),
      });
      if (response.status !== 200) throw new Error(`POST /cases/${caseId}/transitions: ${response.status}`);
      await response.arrayBuffer();
    });
    more = { view360, search, move };
    progress(
      `  GET /customers/{id}/360 sends ${describeCalls(view360)}; GET /search?q=${searchQuery} sends ` +
        `${describeCalls(search)}; POST /cases/{id}/transitions sends ${describeCalls(move)}`,
    );
  });
  if (!recording || !more) throw new Error("nothing recorded");
  const recorded = recording;
  const flows = more;
  const ids = { customerId: recorded.customerId, caseId: recorded.caseId };
  const workloads = (stage: Stage): RawWorkloads =>
    rawWorkloads(stage.client, recorded, { caseIds: stage.caseIds, customerIds: stage.customerIds });
  const transactCall = recorded.create.find((call) => call.command === "TransactWriteItemsCommand");
  const transactItems = Array.isArray(transactCall?.input.TransactItems) ? transactCall.input.TransactItems.length : 0;
  const transactBytes = Buffer.byteLength(JSON.stringify(transactCall?.input ?? {}));
  const createCalls = describeCalls(recorded.create);
  let backlogSeconds = Number.NaN;

  // Reads: one runtime with the cases to read; nothing is written while they run.
  await withStage("reads", { cases: settings.cases }, async (stage) => {
    await quiet(stage);
    await rawRow(stage, "rawGetItem", "raw GetItem (case)", workloads(stage).getCase);
    await httpRow(stage, "apiGet", "API GET /cases/{id}", {
      expectStatus: 200,
      requests: stage.caseIds.map((id) => ({ method: "GET", path: `/cases/${id}` })),
    });
    // The 360 view: one Query on a customer's partition (each bench customer has ~10 cases).
    const query360 = replayWorkload(stage.client, flows.view360, ids);
    await rawRow(stage, "raw360", "raw Query (customer 360)", (sequence) =>
      query360({ customerId: stage.customerIds[sequence % stage.customerIds.length] ?? "" }),
    );
    await httpRow(stage, "api360", "API GET /customers/{id}/360", {
      expectStatus: 200,
      requests: stage.customerIds.map((id) => ({ method: "GET", path: `/customers/${id}/360` })),
    });
    // A name search: one Query on the name bucket.
    const searchQueryCalls = replayWorkload(stage.client, flows.search, ids);
    await rawRow(stage, "rawSearch", `raw Query (search "${searchQuery}")`, () => searchQueryCalls({}));
    await httpRow(stage, "apiSearch", `API GET /search?q=${searchQuery}`, {
      expectStatus: 200,
      requests: [{ method: "GET", path: `/search?q=${encodeURIComponent(searchQuery)}` }],
    });
  });
  // Transitions: every request moves a different new case to open (its If-Match holds once).
  await withStage("raw transitions", { cases: settings.transitionCases }, async (stage) => {
    await quiet(stage);
    const moveCalls = replayWorkload(stage.client, flows.move, ids);
    await rawRow(stage, "rawTransition", "raw transition (GetItem + TransactWriteItems)", (sequence) =>
      moveCalls({ caseId: stage.caseIds[sequence] ?? "" }),
    );
  });
  await withStage("API transitions", { cases: settings.transitionCases }, async (stage) => {
    await quiet(stage);
    const headers = { ...stage.auth, "content-type": "application/json", "if-match": '"1"' };
    await httpRow(stage, "apiTransition", "API POST /cases/{id}/transitions", {
      expectStatus: 200,
      rotate: true,
      requests: stage.caseIds.map((id) => ({
        method: "POST",
        path: `/cases/${id}/transitions`,
        body: JSON.stringify({ to: "open" }),
        headers,
      })),
    });
  });
  // Writes: a fresh runtime each, all from the same starting data (the customers only).
  await withStage("raw transact", { cases: 0 }, async (stage) => {
    await quiet(stage);
    const label = `raw TransactWriteItems (${transactItems} items)`;
    await rawRow(stage, "rawTransactWrite", label, workloads(stage).transactWrite);
  });
  await withStage("raw transact, 1 worker", { cases: 0 }, async (stage) => {
    await quiet(stage);
    // Not in the ratios: the same write from one worker, to show what concurrency does to the engine.
    await rawRow(
      stage,
      "rawTransactWriteSerial",
      "raw TransactWriteItems, 1 worker",
      workloads(stage).transactWrite,
      1,
    );
  });
  await withStage("raw create sequence", { cases: 0 }, async (stage) => {
    await quiet(stage);
    await rawRow(stage, "rawCreateSequence", "raw create sequence", workloads(stage).createSequence);
  });
  await withStage("API POST", { cases: 0 }, async (stage) => {
    await quiet(stage);
    await httpRow(stage, "apiPost", "API POST /cases", { expectStatus: 201, json: true, requests: postCases(stage) });
  });
  // POST as `npm start` runs it: the stream poller publishes each case.created and the bus arms a timer.
  await withStage("API POST, background on", { cases: 0 }, async (stage) => {
    await httpRow(stage, "apiPostWithBackground", "API POST /cases, background on", {
      expectStatus: 201,
      json: true,
      requests: postCases(stage),
    });
    const settleStart = performance.now();
    await stage.runtime.settle();
    backlogSeconds = (performance.now() - settleStart) / 1000;
    progress(`  stream backlog left after the row drained in ${backlogSeconds.toFixed(2)} s`);
  });
  profiler?.close();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);

  const byKey = new Map(rows.map((row) => [row.key, row.summary]));
  const ratio = (label: string, api: string, base: string) => {
    const a = byKey.get(api);
    const b = byKey.get(base);
    if (!a || !b) throw new Error(`missing ${api} or ${base}`);
    return {
      label,
      api,
      base,
      p50: round(a.p50 / b.p50, 2),
      p99: round(a.p99 / b.p99, 2),
      throughput: round(b.perSecond / a.perSecond, 2),
    };
  };
  const ratios = [
    ratio("GET /cases/{id} vs GetItem", "apiGet", "rawGetItem"),
    ratio("POST /cases vs create sequence", "apiPost", "rawCreateSequence"),
    ratio("POST /cases vs TransactWriteItems alone", "apiPost", "rawTransactWrite"),
    ratio("POST /cases, background on vs create sequence", "apiPostWithBackground", "rawCreateSequence"),
    ratio("GET /customers/{id}/360 vs its Query", "api360", "raw360"),
    ratio("GET /search vs its Query", "apiSearch", "rawSearch"),
    ratio("POST /cases/{id}/transitions vs its calls", "apiTransition", "rawTransition"),
  ];

  const cpu = cpus();
  const machine = {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? "unknown",
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
  const date = new Date().toISOString();
  const order = [
    "rawGetItem",
    "rawTransactWrite",
    "rawTransactWriteSerial",
    "rawCreateSequence",
    "apiGet",
    "apiPost",
    "apiPostWithBackground",
    "raw360",
    "api360",
    "rawSearch",
    "apiSearch",
    "rawTransition",
    "apiTransition",
  ];
  const ordered = order.map((key) => rows.find((row) => row.key === key)).filter((row) => row !== undefined);
  const fixed = (value: number | null, digits = 2) =>
    value !== null && Number.isFinite(value) ? value.toFixed(digits) : "-";
  const perOp = (cpuSeconds: number, count: number) => (cpuSeconds * 1000) / count;
  const percent = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : "-");

  const out: string[] = [];
  out.push(`Caseline benchmark, ${date}`);
  out.push(`machine: ${machine.platform}, ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}`);
  out.push(
    `settings: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s measured per row; ` +
      `raw = AWS SDK v3 DynamoDBClient -> dynoxide, ${settings.rawWorkers} workers; ` +
      `http = autocannon (own process), ${settings.httpConnections} connections -> gateway -> handler -> dynoxide`,
  );
  out.push(
    `data: a fresh runtime per write row with ${settings.customers} customers; the read rows' runtime also has ` +
      `${settings.cases} cases; caseAckSeconds ${settings.caseAckSeconds}`,
  );
  out.push(
    `raw rows replay what the API sent for one request: create sequence = ${createCalls}; ` +
      `the TransactWriteItems is ${transactBytes} bytes of marshalled JSON`,
  );
  out.push("");
  out.push(
    table(
      ["measurement", "via", "conc", "ops/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "count", "errors"],
      ordered.map(({ label, via, concurrency, summary }) => [
        label,
        via,
        String(concurrency),
        Math.round(summary.perSecond).toString(),
        fixed(summary.p50),
        fixed(summary.p90),
        fixed(summary.p99),
        fixed(summary.max),
        String(summary.count),
        String(summary.errors),
      ]),
    ),
  );
  out.push("");
  out.push("ratios: latency = API / raw at p50 and p99; throughput = raw ops/s / API req/s");
  out.push(
    table(
      ["comparison", "p50 x", "p99 x", "throughput x"],
      ratios.map((r) => [r.label, fixed(r.p50), fixed(r.p99), fixed(r.throughput)]),
    ),
  );
  out.push("");
  out.push("CPU per operation in the measured window (ms, from /proc); busy = whole machine, others = not this bench");
  out.push(
    table(
      ["measurement", "node main", "engine", "autocannon", "busy", "others"],
      ordered.map(({ label, via, summary, cpu }) => [
        label,
        fixed(perOp(cpu.self, summary.count), 3),
        fixed(perOp(cpu.engine, summary.count), 3),
        via === "http" ? fixed(perOp(cpu.loadGenerator, summary.count), 3) : "-",
        percent(cpu.machineBusy),
        percent(cpu.others),
      ]),
    ),
  );
  out.push(
    "node main = the bench process: the SDK client for raw rows; gateway + handlers + their SDK client for http",
  );
  out.push("background on = stream poller and timer loop running (each POST publishes case.created, arms a timer);");
  out.push(`  every other row has both stopped. Backlog left after that row drained in ${fixed(backlogSeconds)} s.`);
  out.push(`machine busy before start: ${percent(busyBefore)}${profileDir ? "; PROFILED RUN (skewed)" : ""}`);
  const othersMax = Math.max(busyBefore, ...rows.map((row) => (Number.isFinite(row.cpu.others) ? row.cpu.others : 0)));
  const contended = othersMax > settings.quietBelow;
  if (contended) {
    out.push(
      `WARNING: other processes used up to ${percent(othersMax)} of the machine during this run; ` +
        "its figures are skewed, compare only uncontended runs",
    );
  }

  const json = {
    date,
    machine,
    settings,
    createSequence: createCalls,
    transactBytes,
    busyBefore: round(busyBefore, 2),
    profiled: Boolean(profileDir),
    contended,
    results: Object.fromEntries(
      ordered.map((row) => [
        row.key,
        {
          label: row.label,
          via: row.via,
          concurrency: row.concurrency,
          ...roundSummary(row.summary),
          cpuMsPerOp: {
            nodeMain: round(perOp(row.cpu.self, row.summary.count), 3),
            engine: round(perOp(row.cpu.engine, row.summary.count), 3),
            ...(row.via === "http" ? { autocannon: round(perOp(row.cpu.loadGenerator, row.summary.count), 3) } : {}),
          },
          machineBusy: round(row.cpu.machineBusy, 2),
          others: round(row.cpu.others, 2),
        },
      ]),
    ),
    ratios,
    backlogSeconds: round(backlogSeconds, 2),
    totalSeconds: round((performance.now() - begun) / 1000, 1),
  };
  out.push(`total ${json.totalSeconds} s`);
  process.stdout.write(`${out.join("\n")}\n\nBENCH_JSON ${JSON.stringify(json)}\n`);
  return rows.every((row) => row.summary.count > 0) ? 0 : 1;
}
