import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { tableSchema } from "@caseline/core/db/table-schema";

const stringAttribute = (name: string) => ({ AttributeName: name, AttributeType: "S" as const });

function indexDefinition(index: (typeof tableSchema.globalIndexes)[number]) {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: "HASH" as const },
      { AttributeName: index.sortKey, KeyType: "RANGE" as const },
    ],
    Projection: { ProjectionType: "ALL" as const },
  };
}

function allAttributes() {
  return [
    stringAttribute(tableSchema.partitionKey),
    stringAttribute(tableSchema.sortKey),
    ...tableSchema.globalIndexes.flatMap((index) => [
      stringAttribute(index.partitionKey),
      stringAttribute(index.sortKey),
    ]),
  ];
}

/**
 * Creates the table from the shared schema, or brings an existing one up to it (missing GSIs,
 * stream, TTL), so a data directory made by an older version keeps working. Returns the stream ARN.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<{ streamArn: string; created: boolean }> {
  let table = await describe(client, tableName);
  let created = false;
  if (!table) {
    await client.send(createTable(tableName, { stream: true }));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableSchema.ttlAttribute, Enabled: true },
      }),
    );
    created = true;
    table = await describe(client, tableName);
  } else {
    const existing = new Set((table.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    for (const index of tableSchema.globalIndexes) {
      if (existing.has(index.indexName)) continue;
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: allAttributes(),
          GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(index) }],
        }),
      );
    }
    if (!table.StreamSpecification?.StreamEnabled) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
        }),
      );
    }
    table = await describe(client, tableName);
  }
  const streamArn = table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${tableName} has no stream`);
  return { streamArn, created };
}

/**
 * The local timer port's own table: the same keys and indexes, no change stream and no TTL. Timers are the
 * local stand-in for EventBridge Scheduler, not domain data, and every write to a table with a stream
 * makes the engine's later writes slower (see docs/benchmarks.md), so thousands of armed timers stay out
 * of the main table.
 */
export async function ensureTimersTable(client: DynamoDBClient, tableName: string): Promise<void> {
  if (await describe(client, tableName)) return;
  await client.send(createTable(tableName, { stream: false }));
}

/** A table with the shared schema's keys and indexes, with or without the change stream. */
function createTable(tableName: string, { stream }: { stream: boolean }) {
  return new CreateTableCommand({
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: allAttributes(),
    KeySchema: [
      { AttributeName: tableSchema.partitionKey, KeyType: "HASH" },
      { AttributeName: tableSchema.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: tableSchema.globalIndexes.map(indexDefinition),
    ...(stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" as const } } : {}),
  });
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
