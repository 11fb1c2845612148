import type { backgroundFunctions } from "../events/rules.js";

/**
 * State machines and the functions their ASL `${...}` placeholders stand for. The Workflows stack
 * substitutes function ARNs; the local interpreter maps the same placeholders to the same handlers.
 */
export const workflows = {
  exportCases: {
    aslFile: "packages/functions/src/workflows/export-cases.asl.json",
    substitutions: {
      ExportPageFunctionArn: "exportPage",
      WriteManifestFunctionArn: "writeManifest",
    } satisfies Record<string, keyof typeof backgroundFunctions>,
  },
} as const;

export type WorkflowName = keyof typeof workflows;
