import { rm } from "node:fs/promises";
import { join } from "node:path";
import { CreateTableCommand, DescribeTableCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { createTableClients } from "@caseline/core/db/client";
import { tableSchema } from "@caseline/core/db/table-schema";
import { type Engine, startEngine } from "@caseline/local/engine";
import { ensureTable, ensureTimersTable } from "@caseline/local/table-setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDataDir } from "../support/runtime.js";

let dir: string;
let engine: Engine;
let clients: ReturnType<typeof createTableClients>;
beforeAll(async () => {
  dir = await tempDataDir();
  engine = await startEngine(join(dir, "engine.db"));
  clients = createTableClients({ endpoint: engine.endpoint, region: "us-east-1" });
});
afterAll(async () => {
  clients?.raw.destroy();
  await engine?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("creating and migrating the table", () => {
  it("creates the table from the shared schema, with its stream; a second call changes nothing", async () => {
    const first = await ensureTable(clients.raw, "fresh-table");
    expect(first.created).toBe(true);
    const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: "fresh-table" }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      tableSchema.globalIndexes.map((index) => index.indexName),
    );
    expect(Table?.StreamSpecification).toMatchObject({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
    const second = await ensureTable(clients.raw, "fresh-table");
    expect(second).toEqual({ streamArn: first.streamArn, created: false });
  });

  it("gives the local timers a table of their own without a stream (its writes must not slow the main table's)", async () => {
    await ensureTimersTable(clients.raw, "fresh-table-timers");
    await ensureTimersTable(clients.raw, "fresh-table-timers");
    const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: "fresh-table-timers" }));
    expect(Table?.StreamSpecification?.StreamEnabled ?? false).toBe(false);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toContain("gsi3");
  });

  it("brings a table made by an older version up to the schema, keeping its items", async () => {
    // An older table: only gsi1, and no stream.
    await clients.raw.send(
      new CreateTableCommand({
        TableName: "old-table",
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: ["pk", "sk", "gsi1pk", "gsi1sk"].map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: "gsi1",
            KeySchema: [
              { AttributeName: "gsi1pk", KeyType: "HASH" },
              { AttributeName: "gsi1sk", KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
        ],
      }),
    );
    await clients.raw.send(
      new PutItemCommand({
        TableName: "old-table",
        Item: { pk: { S: "p" }, sk: { S: "s" }, gsi3pk: { S: "g" }, gsi3sk: { S: "1" } },
      }),
    );

    const result = await ensureTable(clients.raw, "old-table");
    expect(result.created).toBe(false);
    expect(result.streamArn).toMatch(/old-table\/stream\//);
    const { Table } = await clients.raw.send(new DescribeTableCommand({ TableName: "old-table" }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(["gsi1", "gsi2", "gsi3"]);
    // The item written before the migration is found through the index added by it.
    const { Items } = await clients.raw.send(
      new QueryCommand({
        TableName: "old-table",
        IndexName: "gsi3",
        KeyConditionExpression: "gsi3pk = :g",
        ExpressionAttributeValues: { ":g": { S: "g" } },
      }),
    );
    expect(Items).toHaveLength(1);
  });
});
