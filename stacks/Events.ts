import { tableSchema } from "@caseline/core/db/table-schema";
import { outboxSortKeyPrefix } from "@caseline/core/entities/outbox-event";
import { backgroundFunctions, busRules } from "@caseline/functions/events/rules";
import { Duration } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { EventBus, type EventBusRuleProps, type StackContext, use } from "sst/constructs";
import { capabilityFunction } from "./capabilities.js";
import { physicalName } from "./naming.js";
import { Sla } from "./Sla.js";
import { Storage } from "./Storage.js";

// Outbox items are written in the same transaction as the change they announce; only their INSERT
// records are worth an invocation, recognised by the sort key core gives them.
export { outboxSortKeyPrefix };

export function Events({ stack }: StackContext) {
  const { table } = use(Storage);
  const { timers } = use(Sla);

  const rules: Record<string, EventBusRuleProps> = {};
  for (const rule of busRules) {
    const target = capabilityFunction(stack, `Rule-${rule.name}`, {
      handler: rule.target.handler,
      uses: rule.target.uses,
      targets: { table, timers },
    });
    rules[rule.name] = {
      pattern: { source: [...rule.pattern.source], detailType: [...rule.pattern.detailType] },
      targets: { handler: { function: target } },
      cdk: { rule: { ruleName: physicalName(stack, rule.name) } },
    };
  }
  const bus = new EventBus(stack, "Bus", {
    rules,
    cdk: { eventBus: { eventBusName: physicalName(stack, "bus") } },
  });

  // Records the publisher gave up on (after retries and batch bisection) are kept here, not dropped.
  const outboxDeadLetters = new Queue(stack, "OutboxDeadLetters", {
    queueName: physicalName(stack, "outbox-dead-letters"),
    retentionPeriod: Duration.days(14),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  });

  const outboxPublisher = capabilityFunction(stack, "OutboxPublisher", {
    handler: backgroundFunctions.stream.handler,
    uses: backgroundFunctions.stream.uses,
    targets: { table, bus },
  });
  // Raw CDK mapping instead of SST's `consumers`: CDK's grantStreamRead there adds dynamodb:ListStreams on "*".
  const streamArn = table.cdk.table.tableStreamArn!;
  outboxPublisher.addToRolePolicy(
    new PolicyStatement({
      sid: "TableStreamRead",
      actions: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"],
      resources: [streamArn],
    }),
  );
  outboxPublisher.addEventSourceMapping("OutboxStream", {
    eventSourceArn: streamArn,
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: 100,
    bisectBatchOnError: true,
    retryAttempts: 10,
    onFailure: new SqsDlq(outboxDeadLetters),
    filters: [
      FilterCriteria.filter({
        eventName: FilterRule.isEqual("INSERT"),
        dynamodb: { Keys: { [tableSchema.sortKey]: { S: FilterRule.beginsWith(outboxSortKeyPrefix) } } },
      }),
    ],
  });

  stack.addOutputs({ BusName: bus.eventBusName });

  return { bus, outboxPublisher, outboxDeadLetters };
}
