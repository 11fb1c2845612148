import { tableSchema } from "@caseline/core/db/table-schema";
import { RemovalPolicy } from "aws-cdk-lib";
import { BlockPublicAccess, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Bucket, type StackContext, Table, type TableProps } from "sst/constructs";
import { physicalName } from "./naming.js";

/** Stages whose data must survive `sst remove` and a bad deploy: PITR on, tables and buckets retained. */
export function isProductionStage(stage: string): boolean {
  return stage === "prod" || stage === "production";
}

type TableFields = NonNullable<TableProps["fields"]>;
type GlobalIndexes = NonNullable<TableProps["globalIndexes"]>;

/** Every key attribute of the one table, all strings, from the shared schema. */
function keyFields(): TableFields {
  const fields: TableFields = { [tableSchema.partitionKey]: "string", [tableSchema.sortKey]: "string" };
  for (const index of tableSchema.globalIndexes) {
    fields[index.partitionKey] = "string";
    fields[index.sortKey] = "string";
  }
  return fields;
}

function globalIndexes(): GlobalIndexes {
  return Object.fromEntries(
    tableSchema.globalIndexes.map((index) => [
      index.indexName,
      { partitionKey: index.partitionKey, sortKey: index.sortKey },
    ]),
  );
}

export function Storage({ stack }: StackContext) {
  const production = isProductionStage(stack.stage);
  const removalPolicy = production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

  const table = new Table(stack, "Table", {
    fields: keyFields(),
    primaryIndex: { partitionKey: tableSchema.partitionKey, sortKey: tableSchema.sortKey },
    globalIndexes: globalIndexes(),
    // Feeds the outbox consumer (Events stack); old images let consumers see what changed.
    stream: "new_and_old_images",
    timeToLiveAttribute: tableSchema.ttlAttribute,
    cdk: {
      table: {
        tableName: physicalName(stack, "table"),
        // SST turns PITR on for every table; it costs money and only production needs it.
        pointInTimeRecovery: production,
        removalPolicy,
      },
    },
  });

  const exportsBucket = new Bucket(stack, "Exports", {
    cdk: {
      bucket: {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        removalPolicy,
        // A non-production stage must be removable even when it holds exports.
        autoDeleteObjects: !production,
      },
    },
  });

  stack.addOutputs({
    TableName: table.tableName,
    ExportsBucketName: exportsBucket.bucketName,
  });

  return { table, exportsBucket };
}
