import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileBlobs } from "./file-blobs.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "blobs-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("FileBlobs (S3 on the file system)", () => {
  it("stores objects under <root>/<bucket>/<key> and reads them back", async () => {
    const blobs = new FileBlobs(root, "exports");
    await blobs.put("exports/e1/cases/part-00001.csv", "id\n1\n", "text/csv");
    expect(await readFile(join(root, "exports", "exports/e1/cases/part-00001.csv"), "utf8")).toBe("id\n1\n");
    expect(Buffer.from((await blobs.get("exports/e1/cases/part-00001.csv"))!).toString()).toBe("id\n1\n");
    expect(await blobs.get("exports/e1/none.csv")).toBeUndefined();
  });

  it("refuses keys that would leave the bucket's folder", async () => {
    const blobs = new FileBlobs(root, "exports");
    await expect(blobs.put("../escape.txt", "x", "text/plain")).rejects.toThrow(/Invalid blob key/);
    await expect(blobs.get("a/../../escape.txt")).rejects.toThrow(/Invalid blob key/);
  });
});
