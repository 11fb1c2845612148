import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export class AlreadyRunning extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One runtime per data directory: two engines on one SQLite file would corrupt each other's view.
 * The lock file holds the owner's pid; a lock left by a process that is gone is taken over.
 */
export function acquireInstanceLock(dataDir: string): { release(): void } {
  const path = join(dataDir, "caseline.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new AlreadyRunning(
          `Another Caseline runtime (pid ${owner}) is already using ${dataDir}. Stop it first, or set CASELINE_DATA_DIR to another directory.`,
        );
      }
      if (owner === process.pid) {
        throw new AlreadyRunning(`This process already runs a Caseline runtime on ${dataDir}.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new AlreadyRunning(`Could not take the lock on ${dataDir}`);
}
