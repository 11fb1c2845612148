import { CasesExport, NotFound } from "@caseline/core";
import { ulid } from "ulidx";
import { httpApi } from "../commons/http.js";

const workflow = "exportCases";

export const handler = httpApi("exports", {
  "POST /admin/exports": async ({ app }) => {
    const executionId = ulid();
    await app.ports.workflows.start(workflow, executionId, {
      exportId: executionId,
      cursor: null,
      parts: [],
      pageSize: CasesExport.defaultPageSize,
    });
    return {
      status: 202,
      body: { executionId, status: "RUNNING", startedAt: app.clock().toISOString() },
      headers: { location: `/admin/exports/${executionId}` },
    };
  },
  "GET /admin/exports/{executionId}": async ({ app, params }) => {
    const execution = await app.ports.workflows.describe(workflow, params.executionId);
    if (!execution) throw new NotFound(`Export ${params.executionId} does not exist`);
    const manifest =
      execution.status === "SUCCEEDED" ? await CasesExport.readManifest(app, params.executionId) : undefined;
    return {
      status: 200,
      body: {
        executionId: execution.executionId,
        status: execution.status,
        startedAt: execution.startedAt,
        ...(execution.stoppedAt ? { stoppedAt: execution.stoppedAt } : {}),
        ...(manifest ? { manifest } : {}),
        ...(execution.error ? { error: execution.error } : {}),
      },
    };
  },
});
