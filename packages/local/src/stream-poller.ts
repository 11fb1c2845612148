import { readFile, rename, writeFile } from "node:fs/promises";
import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBStreamEvent } from "aws-lambda";

export interface StreamPollerOptions {
  readonly client: DynamoDBStreamsClient;
  readonly streamArn: string;
  /** The stream handler, called with a real DynamoDBStreamEvent. */
  readonly handle: (event: DynamoDBStreamEvent) => Promise<unknown>;
  /** Where the last processed sequence number of each shard is kept, so a restart resumes. */
  readonly checkpointFile: string;
  readonly intervalMs?: number;
  readonly batchSize?: number;
  readonly maxRetries?: number;
  readonly onError?: (error: unknown, records: number) => void;
}

interface Checkpoint {
  streamArn: string;
  shards: Record<string, string>;
}

/**
 * Reads the engine's change stream and feeds the stream handler, as the Lambda event-source mapping
 * does in AWS: in order per shard, a failed batch retried before moving on, at least once.
 */
const shardRefreshMs = 2000;

export class StreamPoller {
  private readonly iterators = new Map<string, string | undefined>();
  /** The shard list, refreshed now and then rather than asked for on every pass. */
  private shardIds: string[] = [];
  private shardsReadAt = Number.NEGATIVE_INFINITY;
  private checkpoint: Checkpoint;
  /** The checkpoint as last written to disk: what a restart would resume from. */
  private saved: Readonly<Record<string, string>>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;
  /** Passes run one at a time, whoever asks (the loop or `settle`), so no batch is read twice. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: StreamPollerOptions,
    checkpoint: Checkpoint,
  ) {
    this.checkpoint = checkpoint;
    this.saved = { ...checkpoint.shards };
  }

  /** The last sequence number delivered on each shard, as checkpointed on disk (stream retention reads it). */
  delivered(): Readonly<Record<string, string>> {
    return this.saved;
  }

  static async create(options: StreamPollerOptions): Promise<StreamPoller> {
    let checkpoint: Checkpoint = { streamArn: options.streamArn, shards: {} };
    try {
      const saved = JSON.parse(await readFile(options.checkpointFile, "utf8")) as Checkpoint;
      if (saved.streamArn === options.streamArn) checkpoint = saved;
    } catch {
      // first start, or a new stream: read from the beginning
    }
    return new StreamPoller(options, checkpoint);
  }

  /** Polls every `intervalMs` until stopped; may be started again after a stop. */
  start(): void {
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.poll().then(
        () => undefined,
        (error) => this.options.onError?.(error, 0),
      );
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.options.intervalMs ?? 100);
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over every shard; returns the number of records handled. */
  poll(): Promise<number> {
    const pass = this.queue.then(() => this.pass());
    this.queue = pass.catch(() => undefined);
    return pass;
  }

  private async pass(): Promise<number> {
    const { client } = this.options;
    let handled = 0;
    for (const shardId of await this.shards()) {
      if (!this.iterators.has(shardId)) this.iterators.set(shardId, await this.iteratorFor(shardId));
      const iterator = this.iterators.get(shardId);
      if (!iterator) continue;
      const page = await client.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: this.options.batchSize ?? 100 }),
      );
      const records = page.Records ?? [];
      if (records.length > 0 && !(await this.deliver(records))) {
        // Keep the iterator where it was: the same batch is tried again on the next pass.
        this.iterators.set(shardId, await this.iteratorFor(shardId));
        continue;
      }
      this.iterators.set(shardId, page.NextShardIterator);
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) {
        this.checkpoint.shards[shardId] = last;
        await this.saveCheckpoint();
      }
      handled += records.length;
    }
    return handled;
  }

  /**
   * Shards change rarely (a new one when the engine rolls the stream), so the list is read at most
   * every couple of seconds instead of on every pass; a new shard is picked up within that time.
   */
  private async shards(): Promise<string[]> {
    if (Date.now() - this.shardsReadAt > shardRefreshMs) {
      const description = await this.options.client.send(
        new DescribeStreamCommand({ StreamArn: this.options.streamArn }),
      );
      this.shardIds = (description.StreamDescription?.Shards ?? []).flatMap((shard) =>
        shard.ShardId ? [shard.ShardId] : [],
      );
      this.shardsReadAt = Date.now();
    }
    return this.shardIds;
  }

  private async deliver(records: StreamRecord[]): Promise<boolean> {
    try {
      await this.options.handle(toStreamEvent(this.options.streamArn, records));
      this.failures = 0;
      return true;
    } catch (error) {
      this.failures++;
      this.options.onError?.(error, records.length);
      // Like a bounded retry policy on the event-source mapping: give up on a poison batch eventually.
      return this.failures > (this.options.maxRetries ?? 5);
    }
  }

  private async iteratorFor(shardId: string): Promise<string | undefined> {
    const after = this.checkpoint.shards[shardId];
    const result = await this.options.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.options.streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: after }
          : { ShardIteratorType: "TRIM_HORIZON" }),
      }),
    );
    return result.ShardIterator;
  }

  private async saveCheckpoint(): Promise<void> {
    const temp = `${this.options.checkpointFile}.tmp`;
    const shards = { ...this.checkpoint.shards };
    await writeFile(temp, JSON.stringify({ ...this.checkpoint, shards }));
    await rename(temp, this.options.checkpointFile);
    this.saved = shards;
  }
}

export function toStreamEvent(streamArn: string, records: StreamRecord[]): DynamoDBStreamEvent {
  return {
    Records: records.map((record) => ({
      eventID: record.eventID ?? "",
      eventName: record.eventName as "INSERT" | "MODIFY" | "REMOVE",
      eventVersion: record.eventVersion ?? "1.1",
      eventSource: "aws:dynamodb",
      awsRegion: record.awsRegion ?? "local",
      eventSourceARN: streamArn,
      dynamodb: {
        ...record.dynamodb,
        ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
          ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
          : undefined,
      } as NonNullable<DynamoDBStreamEvent["Records"][number]["dynamodb"]>,
    })),
  };
}
