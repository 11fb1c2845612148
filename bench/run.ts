/**
 * `npm run bench`: the cost of the API path over the engine it stands on, measured in one run on one
 * machine against the local runtime. See docs/benchmarks.md for what each row means.
 *
 * Progress goes to stderr; the results (a table, then one `BENCH_JSON {...}` line) go to stdout.
 */

// Before anything imports the handlers' logger (it reads the level once, at import).
process.env.CASELINE_LOG_LEVEL = "ERROR";
await import("@caseline/local/polyfills");
const { quietNodeVersionWarning } = await import("@caseline/local/warnings");
quietNodeVersionWarning();
const { main } = await import("./main.js");

process.exitCode = await main();
