import { existsSync } from "node:fs";
import Database from "libsql";

/**
 * Upkeep of dynoxide's own SQLite file, which the engine does not do itself (dynoxide 1.2.1):
 *
 * - Its change-stream table `_stream_records` has no index but its rowid, yet before every write that
 *   makes a stream record the engine asks for `MAX(CAST(sequence_number AS INTEGER))`, and every
 *   GetRecords filters and sorts on the same expression. Both were full scans, so each write cost more
 *   than the one before (25 ms a write at 16.7k records). One expression index serves both queries.
 * - Nothing ever deletes a stream record. AWS keeps them 24 hours; `trimStream` does the same, but
 *   only behind what the stream poller has already delivered.
 * - The file never shrinks after deletes unless SQLite is told to: incremental auto-vacuum gives
 *   freed pages back in small steps while the engine keeps running.
 *
 * libsql (a SQLite fork with the same file format, shipped as a prebuilt binary inside its npm package,
 * so `npm ci` needs no compiler and no download) opens the file beside the engine. Both use WAL mode and
 * SQLite's file locks, so they never corrupt each other; our writes are short and the engine waits for
 * them (its connection has a 5 s busy timeout, ours likewise).
 */

/** The index that turns the engine's two stream queries into index searches. */
export const streamIndexName = "caseline_stream_records_sequence";
const createStreamIndex = `CREATE INDEX IF NOT EXISTS ${streamIndexName} ON _stream_records (table_name, CAST(sequence_number AS INTEGER))`;

/** The engine's own stream queries (dynoxide 1.2.1), kept here so a test can check their query plans. */
export const engineStreamQueries = {
  nextSequenceNumber:
    "SELECT COALESCE(MAX(CAST(sequence_number AS INTEGER)), 0) + 1 FROM _stream_records WHERE table_name = ?1",
  getRecords: `SELECT event_name, keys_json, new_image, old_image, sequence_number, created_at, user_identity
     FROM _stream_records
     WHERE table_name = ?1 AND shard_id = ?2 AND CAST(sequence_number AS INTEGER) > ?3
     ORDER BY CAST(sequence_number AS INTEGER) ASC
     LIMIT ?4`,
} as const;

/** SQLite's value for `PRAGMA auto_vacuum = INCREMENTAL`. */
const incrementalVacuum = 2;
/** Rows deleted per transaction: short enough that an engine write waiting behind it barely notices. */
const trimBatch = 500;
/** Pages handed back to the file system per step (4 KiB each). */
const vacuumStep = 2000;

export interface TrimRequest {
  readonly tableName: string;
  readonly shardId: string;
  /** The last sequence number the poller has delivered and checkpointed on that shard. */
  readonly deliveredThrough: string;
  /** Records created before this instant (the engine stamps whole seconds) may go. */
  readonly olderThan: Date;
}

export class EngineDatabase {
  private constructor(private readonly db: Database.Database) {}

  /**
   * Prepares the file before the engine opens it: a new file starts in WAL mode with incremental
   * auto-vacuum; an older one made without it is converted once (VACUUM needs the engine stopped).
   */
  static prepareBeforeStart(dbPath: string, log: (message: string) => void = () => undefined): void {
    const isNew = !existsSync(dbPath);
    const db = open(dbPath);
    try {
      if (pragma(db, "auto_vacuum") === incrementalVacuum) return;
      db.exec("PRAGMA auto_vacuum = INCREMENTAL");
      if (isNew) {
        db.exec("PRAGMA journal_mode = WAL");
      } else {
        log("converting the engine's database to incremental vacuum (once)…");
        db.exec("VACUUM");
      }
    } finally {
      db.close();
    }
  }

  /** Opens the engine's file beside the running engine; the engine must have created its tables. */
  static open(dbPath: string): EngineDatabase {
    return new EngineDatabase(open(dbPath));
  }

  /** Creates the stream index if it is missing; true when it had to be made. */
  ensureStreamIndex(): boolean {
    const existed = this.hasStreamIndex();
    if (!existed) this.db.exec(createStreamIndex);
    return !existed;
  }

  hasStreamIndex(): boolean {
    return (
      this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(streamIndexName) !==
      undefined
    );
  }

  /** What SQLite plans for a query (the detail column of EXPLAIN QUERY PLAN). */
  queryPlan(sql: string, ...params: unknown[]): string[] {
    return (this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (row) => row.detail,
    );
  }

  /**
   * Deletes the stream records that are both older than `olderThan` and already delivered, in short
   * transactions. The newest record of the table always stays: the engine numbers the next record
   * from the highest one left, and numbers must never go back.
   */
  trimStream(request: TrimRequest): number {
    const delivered = Number(request.deliveredThrough);
    if (!Number.isSafeInteger(delivered)) throw new Error(`Not a sequence number: ${request.deliveredThrough}`);
    const cutoff = Math.floor(request.olderThan.getTime() / 1000);
    const newest = this.db
      .prepare("SELECT MAX(CAST(sequence_number AS INTEGER)) AS seq FROM _stream_records WHERE table_name = ?")
      .get(request.tableName) as { seq: number | null } | undefined;
    if (newest?.seq == null) return 0;
    const through = Math.min(delivered, Number(newest.seq) - 1);
    const remove = this.db.prepare(
      `DELETE FROM _stream_records WHERE id IN (
         SELECT id FROM _stream_records
         WHERE table_name = ?1 AND CAST(sequence_number AS INTEGER) <= ?2 AND shard_id = ?3 AND created_at < ?4
         ORDER BY CAST(sequence_number AS INTEGER) LIMIT ?5)`,
    );
    let deleted = 0;
    for (;;) {
      const { changes } = remove.run(request.tableName, through, request.shardId, cutoff, trimBatch);
      deleted += Number(changes);
      if (Number(changes) < trimBatch) return deleted;
    }
  }

  /** Gives free pages back to the file system, a step at a time; returns how many went. */
  reclaimSpace(): number {
    let freed = 0;
    for (;;) {
      const before = this.freePages();
      if (before === 0) return freed;
      this.db.exec(`PRAGMA incremental_vacuum(${vacuumStep})`);
      const after = this.freePages();
      freed += before - after;
      if (after === before) return freed;
    }
  }

  freePages(): number {
    return Number(pragma(this.db, "freelist_count"));
  }

  streamRecordCount(tableName: string): number {
    return Number(
      (
        this.db.prepare("SELECT COUNT(*) AS n FROM _stream_records WHERE table_name = ?").get(tableName) as {
          n: number;
        }
      ).n,
    );
  }

  integrityCheck(): string {
    return String(pragma(this.db, "integrity_check"));
  }

  autoVacuum(): number {
    return Number(pragma(this.db, "auto_vacuum"));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function open(dbPath: string): Database.Database {
  const db = new Database(dbPath);
  db.exec("PRAGMA busy_timeout = 5000");
  return db;
}

/** One pragma's value (libsql's `pragma()` helper adds metadata to its rows, so read it plainly). */
function pragma(db: Database.Database, name: string): unknown {
  const row = db.prepare(`PRAGMA ${name}`).raw(true).get() as unknown[] | undefined;
  return row?.[0];
}
