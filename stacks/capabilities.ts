import { envNames } from "@caseline/core/config";
import type { Capability } from "@caseline/functions/capabilities";
import { ArnFormat } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { type Bucket, type EventBus, Function as SstFunction, type Stack, type Table } from "sst/constructs";

/**
 * What a function may reach, as the contract files (`routeGroups`, `busRules`, `backgroundFunctions`) say it.
 * Each capability becomes one or two least-privilege IAM statements, plus the environment
 * variables the handler needs to find the resource.
 */
export type { Capability };

export interface TimerTargets {
  readonly scheduleGroupName: string;
  readonly schedulerRoleArn: string;
  readonly timerFunctionArn: string;
}

export interface ExportTargets {
  readonly bucket: Bucket;
  readonly stateMachineArn: string;
  /** `arn:…:execution:<state machine name>:*`, built from the name so a task may read it without a cycle. */
  readonly executionsArn: string;
}

/** The resources capabilities point at; a capability whose resource is missing is a wiring error. */
export interface CapabilityTargets {
  readonly table: Table;
  readonly bus?: EventBus;
  readonly timers?: TimerTargets;
  readonly exports?: ExportTargets;
}

const tableReadActions = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"];
// Transactions (TransactWriteItems) are authorised per item against these same actions.
const tableWriteActions = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];
const scheduleActions = [
  "scheduler:CreateSchedule",
  "scheduler:UpdateSchedule",
  "scheduler:DeleteSchedule",
  "scheduler:GetSchedule",
];

function required<T>(value: T | undefined, capability: Capability, what: string): T {
  if (value === undefined) throw new Error(`Capability "${capability}" needs ${what}, which this stack did not pass`);
  return value;
}

export function capabilityStatements(
  stack: Stack,
  uses: readonly Capability[],
  targets: CapabilityTargets,
): PolicyStatement[] {
  const { table } = targets;
  const statementsFor: Record<Capability, () => PolicyStatement[]> = {
    "table:read": () => [
      new PolicyStatement({
        sid: "TableRead",
        actions: tableReadActions,
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      }),
    ],
    "table:scan": () => [
      // The base table only: a full-table export has no use for the indexes.
      new PolicyStatement({ sid: "TableScan", actions: ["dynamodb:Scan"], resources: [table.tableArn] }),
    ],
    "table:write": () => [
      new PolicyStatement({ sid: "TableWrite", actions: tableWriteActions, resources: [table.tableArn] }),
    ],
    "bus:put": () => {
      const bus = required(targets.bus, "bus:put", "the event bus");
      return [new PolicyStatement({ sid: "BusPut", actions: ["events:PutEvents"], resources: [bus.eventBusArn] })];
    },
    "timers:arm": () => {
      const timers = required(targets.timers, "timers:arm", "the schedule group and scheduler role");
      const schedules = stack.formatArn({
        service: "scheduler",
        resource: "schedule",
        resourceName: `${timers.scheduleGroupName}/*`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
      return [
        new PolicyStatement({ sid: "TimersArm", actions: scheduleActions, resources: [schedules] }),
        new PolicyStatement({
          sid: "TimersPassSchedulerRole",
          actions: ["iam:PassRole"],
          resources: [timers.schedulerRoleArn],
          conditions: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
        }),
      ];
    },
    "exports:start": () => {
      const exportTargets = required(targets.exports, "exports:start", "the export state machine");
      return [
        new PolicyStatement({
          sid: "ExportsStart",
          actions: ["states:StartExecution"],
          resources: [exportTargets.stateMachineArn],
        }),
      ];
    },
    "exports:status": () => {
      const exportTargets = required(targets.exports, "exports:status", "the export state machine");
      return [
        new PolicyStatement({
          sid: "ExportsDescribe",
          actions: ["states:DescribeExecution"],
          resources: [exportTargets.executionsArn],
        }),
      ];
    },
    "exports:read": () => {
      const exportTargets = required(targets.exports, "exports:read", "the exports bucket");
      return [
        new PolicyStatement({
          sid: "ExportsRead",
          actions: ["s3:GetObject"],
          resources: [exportTargets.bucket.cdk.bucket.arnForObjects("*")],
        }),
      ];
    },
    "exports:write": () => {
      const exportTargets = required(targets.exports, "exports:write", "the exports bucket");
      return [
        new PolicyStatement({
          sid: "ExportsWrite",
          actions: ["s3:PutObject"],
          resources: [exportTargets.bucket.cdk.bucket.arnForObjects("*")],
        }),
      ];
    },
  };
  return uses.flatMap((capability) => statementsFor[capability]());
}

/** Stage and table for everyone (core's config requires them); the rest only where a capability needs it. */
export function capabilityEnvironment(
  stack: Stack,
  uses: readonly Capability[],
  targets: CapabilityTargets,
): Record<string, string> {
  const env: Record<string, string> = {
    [envNames.stage]: stack.stage,
    [envNames.table]: targets.table.tableName,
  };
  for (const capability of uses) {
    if (capability === "bus:put") {
      env[envNames.busName] = required(targets.bus, capability, "the event bus").eventBusName;
    }
    if (capability === "timers:arm") {
      const timers = required(targets.timers, capability, "the schedule group and scheduler role");
      env[envNames.scheduleGroup] = timers.scheduleGroupName;
      env[envNames.schedulerRoleArn] = timers.schedulerRoleArn;
      env[envNames.timerFunctionArn] = timers.timerFunctionArn;
    }
    if (capability === "exports:start" || capability === "exports:status") {
      env[envNames.exportStateMachineArn] = required(
        targets.exports,
        capability,
        "the export state machine",
      ).stateMachineArn;
    }
    if (capability === "exports:read" || capability === "exports:write") {
      env[envNames.exportsBucket] = required(targets.exports, capability, "the exports bucket").bucket.bucketName;
    }
  }
  return env;
}

export interface CapabilityFunctionProps {
  /** SST handler path from the contract files. */
  readonly handler: string;
  readonly uses: readonly Capability[];
  readonly targets: CapabilityTargets;
  /** Extra variables (e.g. the issuer allow-list for HTTP handlers). */
  readonly environment?: Record<string, string>;
  /** Extra statements a contract capability does not cover; keep each one justified where it is added. */
  readonly statements?: readonly PolicyStatement[];
  /** A fixed physical name, for a function others must name before it exists (the timer function). */
  readonly functionName?: string;
}

/** An SST Function whose role holds exactly the statements its `uses` imply (plus Lambda's own basics). */
export function capabilityFunction(stack: Stack, id: string, props: CapabilityFunctionProps): SstFunction {
  return new SstFunction(stack, id, {
    handler: props.handler,
    environment: { ...capabilityEnvironment(stack, props.uses, props.targets), ...props.environment },
    permissions: [...capabilityStatements(stack, props.uses, props.targets), ...(props.statements ?? [])],
    ...(props.functionName ? { functionName: props.functionName } : {}),
  });
}
