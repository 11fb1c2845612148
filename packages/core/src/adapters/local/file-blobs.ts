import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { BlobStore } from "../../ports.js";

/** S3 on the file system: `<root>/<bucket>/<key>`, written atomically (temp file + rename). */
export class FileBlobs implements BlobStore {
  private readonly dir: string;

  constructor(root: string, bucket: string) {
    this.dir = resolve(root, bucket);
  }

  /** The content type is S3 metadata; files have none, and readers here know what they wrote. */
  async put(key: string, body: string | Uint8Array, _contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, body);
    await rename(temp, path);
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /** Keys are S3 keys: refuse any that would climb out of the bucket's folder. */
  private pathOf(key: string): string {
    const path = resolve(join(this.dir, key));
    if (!path.startsWith(this.dir + sep)) throw new Error(`Invalid blob key: ${key}`);
    return path;
  }
}
