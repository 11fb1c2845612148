/**
 * The one table's physical shape. The local runtime creates and migrates the table from this,
 * and the Storage stack declares the same keys, so the two can never drift apart.
 */
export const tableSchema = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: [
    { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    { indexName: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
  ],
  /** Epoch seconds; items past it are ignored by readers (engines may keep them a while). */
  ttlAttribute: "expiresAt",
} as const;

export type GlobalIndexName = (typeof tableSchema.globalIndexes)[number]["indexName"];
