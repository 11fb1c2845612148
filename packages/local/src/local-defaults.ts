// Handler logs are structured JSON at INFO in AWS; on a laptop they drown the console, so the local
// runtime shows warnings and errors unless CASELINE_LOG_LEVEL says otherwise. Imported first by main.ts.
process.env.CASELINE_LOG_LEVEL ??= "WARN";

export {};
