import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CasesExport } from "@caseline/core";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestRuntime, type TestRuntime } from "../support/runtime.js";

let rt: TestRuntime;
const caseIds: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  const customer = await rt.request("POST", "/customers", {
    body: { kind: "person", displayName: 'Export, "Quoted" Person' },
  });
  for (let i = 0; i < 7; i++) {
    const opened = await rt.request("POST", "/cases", {
      body: {
        customerId: customer.body.id,
        subject: i === 0 ? 'Comma, "quote"\nand newline' : `Case ${i}`,
        type: "inquiry",
      },
    });
    caseIds.push(opened.body.id);
  }
});
afterAll(async () => {
  await rt?.stop();
});

const blobPath = (key: string) => join(rt.runtime.dataDir, "s3", "exports", key);

async function waitForExport(executionId: string) {
  return eventually(async () => {
    const status = await rt.request("GET", `/admin/exports/${executionId}`, { roles: ["admin"] });
    return status.body.status === "RUNNING" ? undefined : status;
  }, 20_000);
}

describe("the analytics export workflow", () => {
  it("POST /admin/exports runs the ASL workflow to CSV + a manifest whose counts and checksums match", async () => {
    const started = await rt.request("POST", "/admin/exports", { roles: ["admin"] });
    expect(started.status).toBe(202);
    expect(started.headers.get("location")).toBe(`/admin/exports/${started.body.executionId}`);

    const done = await waitForExport(started.body.executionId);
    expect(done.body.status).toBe("SUCCEEDED");
    const manifest = done.body.manifest;
    expect(manifest.rowCount).toBe(7);
    expect(manifest.columns).toEqual([...CasesExport.caseColumns]);

    const rows: Record<string, string>[] = [];
    for (const file of manifest.files) {
      const bytes = await readFile(blobPath(file.key));
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.bytes);
      const parsed = parse(bytes, { columns: true }) as Record<string, string>[];
      expect(parsed).toHaveLength(file.rows);
      rows.push(...parsed);
    }
    expect(rows.map((row) => row.id).sort()).toEqual([...caseIds].sort());
    // CSV quoting survives commas, quotes and newlines.
    expect(rows.find((row) => row.id === caseIds[0])?.subject).toBe('Comma, "quote"\nand newline');
    // The manifest on disk is the one the API returned.
    const stored = JSON.parse(await readFile(blobPath(CasesExport.manifestKey(started.body.executionId)), "utf8"));
    expect(stored).toEqual(manifest);
  });

  it("pages through the table: 7 cases at 3 items a page make several parts of at most 3 rows", async () => {
    const executionId = "paged-export-1";
    await rt.runtime.workflows.start("exportCases", executionId, {
      exportId: executionId,
      cursor: null,
      parts: [],
      pageSize: 3,
    });
    const done = await waitForExport(executionId);
    expect(done.body.status).toBe("SUCCEEDED");
    // A page reads at most 3 items of the table; items of other kinds beside a case (its SLA clock shares
    // its partition) leave some pages with fewer than 3 cases, never more.
    const rows = done.body.manifest.files.map((file: { rows: number }) => file.rows) as number[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const count of rows) expect(count).toBeLessThanOrEqual(3);
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(7);
    expect(done.body.manifest.rowCount).toBe(7);
  });

  it("a failing task fails the execution, and the failure is reported", async () => {
    const executionId = "bad-export-1";
    // An input the task refuses: pageSize out of range.
    await rt.runtime.workflows.start("exportCases", executionId, {
      exportId: executionId,
      cursor: null,
      parts: [],
      pageSize: 0,
    });
    const done = await waitForExport(executionId);
    expect(done.body.status).toBe("FAILED");
    expect(done.body.error.error).toBeTruthy();
    expect(done.body.manifest).toBeUndefined();
  });

  it("an unknown execution is 404", async () => {
    const response = await rt.request("GET", "/admin/exports/01NOSUCHEXECUTION", { roles: ["admin"] });
    expect(response.status).toBe(404);
    expect(response.contentType).toBe("application/problem+json");
  });
});
