import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { toView } from "../cases/case.js";
import type { AppContext } from "../context.js";

/** The columns of the cases CSV, in order. */
export const caseColumns = [
  "id",
  "number",
  "customerId",
  "subject",
  "type",
  "priority",
  "channel",
  "status",
  "createdAt",
  "updatedAt",
  "version",
] as const;

export const exportPart = z.object({ key: z.string(), rows: z.number().int().nonnegative() });
export type ExportPart = z.infer<typeof exportPart>;

export const exportPageInput = z.object({
  exportId: z.string().regex(/^[0-9A-Za-z_-]{1,80}$/),
  cursor: z.string().nullish(),
  parts: z.array(exportPart).default([]),
  /** Cases per CSV part (and per task run). */
  pageSize: z.number().int().min(1).max(5000).default(500),
});

export const defaultPageSize = 500;

export const manifestSchema = z.object({
  exportId: z.string(),
  entity: z.literal("case"),
  format: z.literal("csv"),
  columns: z.array(z.string()),
  createdAt: z.string(),
  rowCount: z.number().int(),
  files: z.array(z.object({ key: z.string(), rows: z.number().int(), bytes: z.number().int(), sha256: z.string() })),
});
export type ExportManifest = z.infer<typeof manifestSchema>;

export function exportPrefix(exportId: string): string {
  return `exports/${exportId}/`;
}

export function manifestKey(exportId: string): string {
  return `${exportPrefix(exportId)}manifest.json`;
}

/**
 * Writes one page of cases as one CSV part and says where to continue. A full-table read, so it
 * scans (paged); it runs inside the export workflow, never on a request path.
 */
export async function exportPage(app: AppContext, rawInput: unknown) {
  const input = exportPageInput.parse(rawInput);
  const page = await app.store.entities.case.scan.go({
    limit: input.pageSize,
    ...(input.cursor ? { cursor: input.cursor } : {}),
  });
  const parts = [...input.parts];
  if (page.data.length > 0 || parts.length === 0) {
    const key = `${exportPrefix(input.exportId)}cases/part-${String(parts.length + 1).padStart(5, "0")}.csv`;
    const rows = page.data.map((item) => {
      const view = toView(item);
      return caseColumns.map((column) => view[column]);
    });
    await app.ports.blobs.put(key, stringify(rows, { header: true, columns: [...caseColumns] }), "text/csv");
    parts.push({ key, rows: rows.length });
  }
  return { exportId: input.exportId, parts, cursor: page.cursor ?? null, pageSize: input.pageSize };
}

/**
 * Reads every part back, checks its row count against what was written, and stores the manifest.
 * A part that is missing or has the wrong count fails the workflow rather than produce a bad manifest.
 */
export async function writeManifest(app: AppContext, rawInput: unknown): Promise<ExportManifest> {
  const input = exportPageInput.pick({ exportId: true, parts: true }).parse(rawInput);
  const files: ExportManifest["files"] = [];
  for (const part of input.parts) {
    const body = await app.ports.blobs.get(part.key);
    if (!body) throw new Error(`Export part ${part.key} is missing`);
    const rows = (parse(Buffer.from(body), { columns: true }) as unknown[]).length;
    if (rows !== part.rows) throw new Error(`Export part ${part.key} has ${rows} rows, expected ${part.rows}`);
    files.push({
      key: part.key,
      rows,
      bytes: body.byteLength,
      sha256: createHash("sha256").update(body).digest("hex"),
    });
  }
  const manifest: ExportManifest = {
    exportId: input.exportId,
    entity: "case",
    format: "csv",
    columns: [...caseColumns],
    createdAt: app.clock().toISOString(),
    rowCount: files.reduce((sum, file) => sum + file.rows, 0),
    files,
  };
  await app.ports.blobs.put(manifestKey(input.exportId), JSON.stringify(manifest, null, 2), "application/json");
  return manifest;
}

export async function readManifest(app: AppContext, exportId: string): Promise<ExportManifest | undefined> {
  const body = await app.ports.blobs.get(manifestKey(exportId));
  return body ? manifestSchema.parse(JSON.parse(Buffer.from(body).toString("utf8"))) : undefined;
}
