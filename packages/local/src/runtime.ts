import "./polyfills.js";
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import type { AppContext } from "@caseline/core";
import { FileBlobs } from "@caseline/core/adapters/local/file-blobs";
import { TableTimers } from "@caseline/core/adapters/local/table-timers";
import { organizationDefaults } from "@caseline/core/config";
import type { OrganizationSettings } from "@caseline/core/context";
import type { FieldGrants } from "@caseline/core/customers/classification";
import { setDefaultPhoneRegion } from "@caseline/core/customers/phones";
import { createTableClients } from "@caseline/core/db/client";
import { createStore } from "@caseline/core/entities/store";
import { createTokenVerifier, parseIssuers } from "@caseline/core/identity/verify";
import { seedDefaultPolicies } from "@caseline/core/sla/defaults";
import type { VinRule } from "@caseline/core/vehicles/vin";
import { installRuntime } from "@caseline/functions/commons/runtime";
import { backgroundFunctions, busRules } from "@caseline/functions/events/rules";
import { startEngine } from "./engine.js";
import { EngineDatabase } from "./engine-database.js";
import { LocalEventBus } from "./event-bus.js";
import { createGateway } from "./gateway.js";
import { invoke } from "./handlers.js";
import { AlreadyRunning, acquireInstanceLock } from "./instance-lock.js";
import { currentHandler } from "./invocation-context.js";
import { jwksPath, LocalIssuer } from "./issuer.js";
import { fromRepo } from "./paths.js";
import { PeriodicTask } from "./periodic-task.js";
import { StreamPoller } from "./stream-poller.js";
import { StreamRetention } from "./stream-retention.js";
import { ensureTable, ensureTimersTable } from "./table-setup.js";
import { TimerLoop } from "./timer-loop.js";
import { LocalWorkflowRunner } from "./workflows.js";

export interface RuntimeOptions {
  /** Where the engine's database, blobs, keys and checkpoints live (CASELINE_DATA_DIR, default .caseline). */
  readonly dataDir: string;
  /** HTTP port; 0 picks a free one. */
  readonly port?: number;
  readonly host?: string;
  readonly tableName?: string;
  /** Use this DynamoDB-compatible endpoint instead of starting the embedded engine. */
  readonly dynamodbEndpoint?: string;
  readonly caseAckSeconds?: number;
  /** Days after resolution within which a case may be reopened (default 14). */
  readonly reopenWindowDays?: number;
  /** Where phone numbers without a country code are read (default US). */
  readonly defaultPhoneRegion?: string;
  /** Customer fields granted to roles beyond their clearance. */
  readonly fieldGrants?: FieldGrants;
  /** The office's VIN rule (default: the check digit is required). */
  readonly vinRule?: VinRule;
  /** What "now" is for the domain (tests move it; default the system clock). */
  readonly clock?: () => Date;
  /** Who issues donation receipts (default: organizationDefaults). */
  readonly organization?: OrganizationSettings;
  readonly timerIntervalMs?: number;
  readonly streamIntervalMs?: number;
  /** How often the SLA sweep runs (default 30 s, as AWS runs it every 5 minutes). */
  readonly slaSweepIntervalMs?: number;
  /**
   * How the embedded engine's change stream is trimmed: records older than `retentionMs` (default 24 h,
   * as in AWS) that the poller has delivered, every `intervalMs` (default 10 minutes); `clock` is what
   * "now" is for it (tests move it to age the records).
   */
  readonly streamRetention?: {
    readonly retentionMs?: number;
    readonly intervalMs?: number;
    readonly clock?: () => Date;
  };
  /** Replaces every ASL Retry interval (seconds); tests use 0. */
  readonly workflowRetrySeconds?: number;
  /** Extra trusted issuers (JSON, as CASELINE_ISSUERS), e.g. a real Cognito pool. */
  readonly extraIssuers?: string;
  /**
   * Sees every request the runtime's table client sends, in the low-level (marshalled) form, with the
   * handler that sent it (undefined for the runtime's own work, such as the timer loop): tests count a
   * route's Queries and Scans with it, and the bench replays what it saw.
   */
  readonly onEngineRequest?: (commandName: string, input: unknown, handler: string | undefined) => void;
  /** Runs the timer loop and stream poller; tests that drive them by hand turn this off. */
  readonly background?: boolean;
  readonly log?: (message: string) => void;
}

export interface LocalRuntime {
  readonly url: string;
  readonly port: number;
  readonly engineEndpoint: string;
  readonly tableName: string;
  readonly dataDir: string;
  readonly app: AppContext;
  readonly issuer: LocalIssuer;
  readonly bus: LocalEventBus;
  readonly timers: TableTimers;
  readonly timerLoop: TimerLoop;
  readonly streamPoller: StreamPoller;
  /** Trims the embedded engine's change stream (undefined with an external engine endpoint). */
  readonly streamRetention: StreamRetention | undefined;
  readonly workflows: LocalWorkflowRunner;
  /** A token from the local issuer (what `npm run token` prints). */
  token(request: { sub: string; roles: string[]; name?: string; customerId?: string }): Promise<string>;
  /** Waits until the stream, the bus and running workflows have nothing left in flight. */
  settle(): Promise<void>;
  /**
   * Waits until background work has caught up with every write so far: the stream delivered, and
   * every timer already due (an SLA warning or breach in the past, say) fired, with what that causes.
   */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/** Handlers find their adapters through one process-wide slot, so one runtime per process. */
let activeInProcess = false;

/** Starts the whole laptop stack: engine, table, gateway, stream, bus, timers, workflows. */
export async function startRuntime(options: RuntimeOptions): Promise<LocalRuntime> {
  if (activeInProcess) throw new AlreadyRunning("This process already runs a Caseline runtime; stop it first.");
  activeInProcess = true;
  try {
    return await startRuntimeOnce(options);
  } catch (error) {
    activeInProcess = false;
    throw error;
  }
}

async function startRuntimeOnce(options: RuntimeOptions): Promise<LocalRuntime> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  await mkdir(dataDir, { recursive: true });
  const lock = acquireInstanceLock(dataDir);
  const cleanups: (() => Promise<void> | void)[] = [
    () => {
      activeInProcess = false;
    },
    () => lock.release(),
  ];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step();
    cleanups.length = 0;
  };

  try {
    const dbPath = join(dataDir, "caseline.db");
    if (!options.dynamodbEndpoint) EngineDatabase.prepareBeforeStart(dbPath, log);
    const engine = options.dynamodbEndpoint
      ? { endpoint: options.dynamodbEndpoint, stop: async () => undefined }
      : await startEngine(dbPath);
    cleanups.push(() => engine.stop());
    // Before the first write: without this index every write scans the whole change stream.
    const engineDatabase = options.dynamodbEndpoint ? undefined : EngineDatabase.open(dbPath);
    if (engineDatabase) {
      cleanups.push(() => engineDatabase.close());
      if (engineDatabase.ensureStreamIndex()) log("indexed the engine's change stream");
    }

    const tableName = options.tableName ?? "caseline-local";
    const { raw, document } = createTableClients({ endpoint: engine.endpoint, region: "us-east-1" });
    cleanups.push(() => raw.destroy());
    if (options.onEngineRequest) {
      const observe = options.onEngineRequest;
      raw.middlewareStack.add(
        (next, context) => async (args) => {
          observe(context.commandName ?? "unknown", args.input, currentHandler());
          return next(args);
        },
        // At "build" the input is what goes on the wire: a document-client command's is marshalled by then.
        { step: "build", name: "caselineEngineRequestObserver" },
      );
    }
    const { streamArn, created } = await ensureTable(raw, tableName);
    const timersTableName = `${tableName}-timers`;
    await ensureTimersTable(raw, timersTableName);
    log(created ? `created table ${tableName}` : `table ${tableName} is up to date`);

    setDefaultPhoneRegion(options.defaultPhoneRegion ?? "US");
    const issuer = await LocalIssuer.open(dataDir);
    const store = createStore({ table: tableName, client: document });
    const clock = options.clock ?? (() => new Date());
    const bus = new LocalEventBus({
      rules: busRules,
      invoke,
      onError: (error, rule, event) =>
        console.error(`bus: ${rule.name} gave up on ${event.type} ${event.eventId}`, error),
    });
    const timers = new TableTimers({ table: timersTableName, client: document }, clock);
    const workflows = await LocalWorkflowRunner.create({
      executionsDir: join(dataDir, "executions"),
      invoke,
      ...(options.workflowRetrySeconds === undefined ? {} : { retryIntervalSeconds: options.workflowRetrySeconds }),
      onError: (error, workflow, id) => console.error(`workflow ${workflow} ${id} failed`, error),
    });
    const app: AppContext = {
      store,
      ports: { events: bus, timers, blobs: new FileBlobs(join(dataDir, "s3"), "exports"), workflows },
      settings: {
        stage: "local",
        caseAckSeconds: options.caseAckSeconds ?? 3600,
        reopenWindowDays: options.reopenWindowDays ?? 14,
        fieldGrants: options.fieldGrants ?? {},
        ...(options.vinRule ? { vinRule: options.vinRule } : {}),
        organization: options.organization ?? organizationDefaults,
      },
      clock,
    };

    let ready = false;
    const server: Server = createServer(
      createGateway({
        issuer,
        staticDirs: [fromRepo("packages/web/dist"), fromRepo("packages/web/public")],
        invoke: (handler, event) => invoke(handler, event),
        isReady: () => ready,
      }),
    );
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolveListen, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 3000, options.host ?? "127.0.0.1", () => resolveListen());
    });
    cleanups.push(
      () =>
        new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          server.closeAllConnections();
        }),
    );
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : (options.port ?? 3000);
    const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
    const url = `http://${host}:${port}`;

    const verifyToken = createTokenVerifier([
      issuer.trustedIssuer(`${url}${jwksPath}`),
      ...parseIssuers(options.extraIssuers),
    ]);
    installRuntime({ app, verifyToken });
    // The default SLA policies (vehicle transfers, donor requests), once per data directory.
    if (await seedDefaultPolicies(app)) log("seeded the default SLA policies");

    const streamPoller = await StreamPoller.create({
      client: new DynamoDBStreamsClient({
        endpoint: engine.endpoint,
        region: "us-east-1",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
      streamArn,
      handle: (event) => invoke(backgroundFunctions.stream.handler, event),
      checkpointFile: join(dataDir, "stream-checkpoint.json"),
      intervalMs: options.streamIntervalMs ?? 100,
      onError: (error, records) => console.error(`stream: a batch of ${records} record(s) failed`, error),
    });
    const streamRetention = engineDatabase
      ? new StreamRetention({
          database: engineDatabase,
          tableName,
          delivered: () => streamPoller.delivered(),
          ...(options.streamRetention?.retentionMs === undefined
            ? {}
            : { retentionMs: options.streamRetention.retentionMs }),
          ...(options.streamRetention?.clock ? { clock: options.streamRetention.clock } : {}),
        })
      : undefined;
    const streamTrim = new PeriodicTask(
      async () => {
        const pass = await streamRetention?.run();
        if (pass?.deleted) log(`stream retention: ${pass.deleted} delivered record(s) trimmed`);
      },
      options.streamRetention?.intervalMs ?? 600_000,
      (error) => console.error("stream retention failed", error),
    );
    const timerLoop = new TimerLoop({
      timers,
      fire: (payload) => invoke(backgroundFunctions.timer.handler, payload),
      intervalMs: options.timerIntervalMs ?? 200,
      onError: (error, timer) => console.error(`timers: ${timer?.timerName ?? "poll"} failed`, error),
    });
    const slaSweep = new PeriodicTask(
      () => invoke(backgroundFunctions.slaSweep.handler, {}),
      options.slaSweepIntervalMs ?? 30_000,
      (error) => console.error("sla sweep failed", error),
    );
    if (options.background !== false) {
      streamPoller.start();
      timerLoop.start();
      slaSweep.start();
      streamTrim.start({ now: true });
    }
    cleanups.push(async () => {
      await streamTrim.stop();
      await slaSweep.stop();
      await streamPoller.stop();
      await timerLoop.stop();
      await bus.drain();
      await workflows.drain();
    });
    ready = true;

    const settle = async () => {
      for (let round = 0; round < 3; round++) {
        while ((await streamPoller.poll()) > 0) await bus.drain();
        await bus.drain();
      }
      await workflows.drain();
    };
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      engineEndpoint: engine.endpoint,
      tableName,
      dataDir,
      app,
      issuer,
      bus,
      timers,
      timerLoop,
      streamPoller,
      streamRetention,
      workflows,
      token: async (request) => (await issuer.issue(request as never)).token,
      settle,
      catchUp: async () => {
        for (;;) {
          await settle();
          const fired = await timerLoop.tick();
          if (fired > 0) continue;
          if ((await timers.due(clock(), 1)).length > 0 || (await timers.anyFiring())) {
            await new Promise((resolveLater) => setTimeout(resolveLater, 100));
            continue;
          }
          if ((await streamPoller.poll()) === 0) return;
        }
      },
      stop: () => {
        ready = false;
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
