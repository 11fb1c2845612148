import { CasesExport } from "@caseline/core";
import { backgroundHandler } from "../commons/background.js";
import { useRuntime } from "../commons/runtime.js";

/** Step Functions task: one page of cases → one CSV part. */
export const exportPage = backgroundHandler("export-page", async (input: unknown) =>
  CasesExport.exportPage(useRuntime().app, input),
);

/** Step Functions task: the manifest over all parts. */
export const writeManifest = backgroundHandler("write-manifest", async (input: unknown) =>
  CasesExport.writeManifest(useRuntime().app, input),
);
