import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface TableClientOptions {
  region?: string;
  /** Any DynamoDB-compatible endpoint (the embedded engine locally). Unset in AWS. */
  endpoint?: string;
}

/** One low-level client and its document wrapper; ElectroDB takes the document client. */
export function createTableClients(options: TableClientOptions = {}) {
  const raw = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "us-east-1",
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // The embedded engine accepts any credentials; never fall back to a developer's real ones.
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
        }
      : {}),
  });
  const document = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { raw, document };
}

export type TableClients = ReturnType<typeof createTableClients>;
