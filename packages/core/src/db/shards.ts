import { createHash } from "node:crypto";

/** Which of `shards` index partitions an id's item goes in: stable, and spread evenly by a hash. */
export function shardOf(id: string, shards: number): string {
  return String(createHash("sha1").update(id).digest()[0]! % shards);
}
