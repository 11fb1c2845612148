import "./local-defaults.js";
import "./polyfills.js";
import { parseArgs } from "node:util";
import { organizationDefaults, parseFieldGrants } from "@caseline/core/config";
import { loadDemoData } from "./demo.js";
import { AlreadyRunning } from "./instance-lock.js";
import { startRuntime } from "./runtime.js";
import { quietNodeVersionWarning } from "./warnings.js";

quietNodeVersionWarning();

const { values } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    port: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
});

if (values.help) {
  console.log(`Usage: npm start [-- --demo] [-- --port N]

Runs Caseline on this machine: the embedded DynamoDB engine, the API, the change stream, the event
bus, timers and workflows. Data is kept in CASELINE_DATA_DIR (default .caseline/).
  --demo      also load demo data (safe to repeat)
  --port N    HTTP port (default PORT or 3000)`);
  process.exit(0);
}

const dataDir = process.env.CASELINE_DATA_DIR ?? ".caseline";
const port = Number.parseInt(values.port ?? process.env.PORT ?? "3000", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}

try {
  const runtime = await startRuntime({
    dataDir,
    port,
    host: process.env.HOST ?? "127.0.0.1",
    ...(process.env.CASELINE_DYNAMODB_ENDPOINT ? { dynamodbEndpoint: process.env.CASELINE_DYNAMODB_ENDPOINT } : {}),
    ...(process.env.CASELINE_TABLE ? { tableName: process.env.CASELINE_TABLE } : {}),
    ...(process.env.CASELINE_CASE_ACK_SECONDS ? { caseAckSeconds: Number(process.env.CASELINE_CASE_ACK_SECONDS) } : {}),
    ...(process.env.CASELINE_ISSUERS ? { extraIssuers: process.env.CASELINE_ISSUERS } : {}),
    ...(process.env.CASELINE_REOPEN_WINDOW_DAYS
      ? { reopenWindowDays: Number(process.env.CASELINE_REOPEN_WINDOW_DAYS) }
      : {}),
    ...(process.env.CASELINE_DEFAULT_PHONE_REGION
      ? { defaultPhoneRegion: process.env.CASELINE_DEFAULT_PHONE_REGION }
      : {}),
    fieldGrants: parseFieldGrants(process.env.CASELINE_FIELD_GRANTS),
    vinRule: { checkDigit: process.env.CASELINE_VIN_CHECK_DIGIT !== "ignored" },
    organization: {
      name: process.env.CASELINE_ORG_NAME || organizationDefaults.name,
      address: process.env.CASELINE_ORG_ADDRESS || organizationDefaults.address,
      registration: process.env.CASELINE_ORG_REGISTRATION || organizationDefaults.registration,
    },
    log: (message) => console.log(`caseline: ${message}`),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\ncaseline: ${signal} received, stopping…`);
    await runtime.stop();
    console.log("caseline: stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  if (values.demo) {
    console.log("caseline: loading demo data (a few minutes the first time)…");
    const started = Date.now();
    try {
      const scale = Number(process.env.CASELINE_DEMO_SCALE ?? "1");
      const loaded = await loadDemoData(runtime.app, (message) => console.log(`caseline: demo: ${message}`), {
        customers: Math.max(1, Math.round(300 * scale)),
        cases: Math.max(1, Math.round(700 * scale)),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(loaded ? `caseline: demo data loaded in ${seconds} s` : "caseline: demo data already present");
    } catch (error) {
      // Stopped while loading: the engine is gone, and so is the point of finishing.
      if (stopping) await new Promise(() => undefined);
      throw error;
    }
  }

  console.log(`
Caseline is running (stage local)
  API       ${runtime.url}
  Health    ${runtime.url}/health
  OpenAPI   ${runtime.url}/openapi.json
  Console   ${runtime.url}/
  Engine    dynoxide at ${runtime.engineEndpoint}, table ${runtime.tableName}, data in ${runtime.dataDir}

Get a token:
  npm run token -- --role agent --sub u-1
  curl -s -X POST ${runtime.url}/local/token -H 'content-type: application/json' -d '{"sub":"u-1","roles":["agent"]}'
Then: curl ${runtime.url}/cases/<id> -H "authorization: Bearer $TOKEN"

Press Ctrl-C to stop.`);
} catch (error) {
  if (error instanceof AlreadyRunning) {
    console.error(`caseline: ${error.message}`);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`caseline: port ${port} is in use. Set PORT or pass -- --port N.`);
    process.exit(1);
  }
  throw error;
}
