import type { EngineDatabase } from "./engine-database.js";

export interface StreamRetentionOptions {
  readonly database: EngineDatabase;
  readonly tableName: string;
  /** What the stream poller has delivered and checkpointed, per shard: nothing past it is touched. */
  readonly delivered: () => Readonly<Record<string, string>>;
  /** How long a delivered record is kept (AWS keeps stream records 24 hours). */
  readonly retentionMs?: number;
  /** What "now" is (tests move it to age the records). */
  readonly clock?: () => Date;
}

export interface RetentionPass {
  readonly deleted: number;
  readonly pagesFreed: number;
}

export const defaultStreamRetentionMs = 24 * 3_600_000;

/**
 * Keeps the engine's change stream the size AWS keeps it: a record goes once it is older than the
 * retention window **and** the poller has delivered it. A record the poller has not passed stays,
 * however old, so a runtime stopped for a week still delivers everything when it starts again.
 */
export class StreamRetention {
  private running: Promise<RetentionPass> | undefined;

  constructor(private readonly options: StreamRetentionOptions) {}

  /** One pass: trims every shard the poller has a checkpoint for, then gives the freed pages back. */
  run(): Promise<RetentionPass> {
    this.running ??= Promise.resolve()
      .then(() => this.pass())
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private pass(): RetentionPass {
    const { database, tableName } = this.options;
    const now = (this.options.clock ?? (() => new Date()))();
    const olderThan = new Date(now.getTime() - (this.options.retentionMs ?? defaultStreamRetentionMs));
    let deleted = 0;
    for (const [shardId, deliveredThrough] of Object.entries(this.options.delivered())) {
      deleted += database.trimStream({ tableName, shardId, deliveredThrough, olderThan });
    }
    return { deleted, pagesFreed: database.reclaimSpace() };
  }
}
