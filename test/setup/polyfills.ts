// Handler logs would drown the test output; tests that need them set the level themselves.
process.env.CASELINE_LOG_LEVEL ??= "ERROR";
// aws-local-stepfunctions 3 targets Node 22; Node 20 lacks Promise.withResolvers.
await import("@caseline/local/polyfills");
const { quietNodeVersionWarning } = await import("@caseline/local/warnings");
quietNodeVersionWarning();
