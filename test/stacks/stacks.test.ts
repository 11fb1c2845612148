/**
 * The whole SST app, synthesized offline (no AWS calls, no bundling: vitest sets NODE_ENV=test and we never
 * call app.finish(), which is where SST builds functions and sites). One file on purpose: every SST App
 * rewrites `.sst/types`, so several files synthesizing in parallel forks would race on it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { envNames } from "@caseline/core/config";
import { tableSchema } from "@caseline/core/db/table-schema";
import { outboxEventEntity } from "@caseline/core/entities/outbox-event";
import { roles } from "@caseline/core/identity/roles";
import { routeGroups } from "@caseline/functions/api/routes";
import { backgroundFunctions, busRules } from "@caseline/functions/events/rules";
import { workflows } from "@caseline/functions/workflows/definitions";
import type { CfnElement } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { App, getStack, type Stack } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../sst.config.js";
import { Api } from "../../stacks/Api.js";
import { Auth } from "../../stacks/Auth.js";
import { Events, outboxSortKeyPrefix } from "../../stacks/Events.js";
import { Sla } from "../../stacks/Sla.js";
import { Storage } from "../../stacks/Storage.js";
import { Web } from "../../stacks/Web.js";
import { Workflows } from "../../stacks/Workflows.js";

// ---------------------------------------------------------------------------------------------------------
// Synthesis

const stackFunctions = { Storage, Auth, Sla, Events, Workflows, Api, Web };
type StackName = keyof typeof stackFunctions;

interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}
interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, { Value: unknown; Export?: { Name: string } }>;
}
interface SynthesizedFunction {
  handler: string;
  stack: StackName;
  logicalId: string;
}
interface Synthesized {
  stage: string;
  outdir: string;
  templates: Record<StackName, CfnTemplate>;
  functions: SynthesizedFunction[];
}

async function synthesize(stage: string): Promise<Synthesized> {
  await initProject({ stage });
  const outdir = mkdtempSync(join(tmpdir(), "caseline-cdk-"));
  const app = new App(
    { mode: "deploy", name: useProject().config.name, stage, region: "us-east-1", account: "123456789012" },
    { outdir },
  );
  // The real stack list and default function props, exactly as `sst deploy` runs them.
  await config.stacks(app);

  // getStack() reads SST's "current app", so everything is collected before the next stage is built.
  const templates = {} as Record<StackName, CfnTemplate>;
  const functions: SynthesizedFunction[] = [];
  for (const [name, fn] of Object.entries(stackFunctions) as [StackName, (typeof stackFunctions)[StackName]][]) {
    const stack: Stack = getStack(fn);
    templates[name] = Template.fromStack(stack).toJSON() as CfnTemplate;
    for (const sstFunction of stack.getAllFunctions()) {
      functions.push({
        handler: sstFunction.getConstructMetadata().data.handler ?? "",
        stack: name,
        logicalId: stack.getLogicalId(sstFunction.node.defaultChild as CfnElement),
      });
    }
  }
  return { stage, outdir, templates, functions };
}

let dev: Synthesized;
let prod: Synthesized;

beforeAll(async () => {
  dev = await synthesize("dev");
  prod = await synthesize("prod");
});

afterAll(() => {
  for (const synth of [dev, prod]) if (synth) rmSync(synth.outdir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// Reading templates

function resourcesOfType(synth: Synthesized, stack: StackName, type: string): [string, CfnResource][] {
  return Object.entries(synth.templates[stack].Resources).filter(([, resource]) => resource.Type === type);
}

function onlyResource(synth: Synthesized, stack: StackName, type: string): [string, CfnResource] {
  const found = resourcesOfType(synth, stack, type);
  expect(found, `exactly one ${type} in ${stack}`).toHaveLength(1);
  return found[0]!;
}

function props(resource: CfnResource): Record<string, unknown> {
  return resource.Properties ?? {};
}

/** How flattened values name a resource (or one of its attributes) of one of the stacks. */
function cfnRef(stack: StackName, logicalId: string, attribute?: string): string {
  return attribute ? `<${stack}.${logicalId}.${attribute}>` : `<${stack}.${logicalId}>`;
}

/**
 * A CloudFormation value as a readable string: `{"Fn::GetAtt": ["Table1", "Arn"]}` in the Storage stack reads
 * `<Storage.Table1.Arn>`, `{"Ref": "AWS::Partition"}` reads `<AWS::Partition>`, and an `Fn::ImportValue` reads
 * as the value the other stack exported.
 */
function flatten(synth: Synthesized, stack: StackName, value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => flatten(synth, stack, item)).join(",");
  const node = value as Record<string, unknown>;
  if ("Ref" in node) {
    const ref = node.Ref as string;
    return ref.startsWith("AWS::") ? `<${ref}>` : cfnRef(stack, ref);
  }
  if ("Fn::GetAtt" in node) {
    const [logicalId, attribute] = node["Fn::GetAtt"] as [string, string];
    return cfnRef(stack, logicalId, attribute);
  }
  if ("Fn::Join" in node) {
    const [separator, parts] = node["Fn::Join"] as [string, unknown[]];
    return parts.map((part) => flatten(synth, stack, part)).join(separator);
  }
  if ("Fn::ImportValue" in node) {
    const exportName = node["Fn::ImportValue"] as string;
    for (const [name, template] of Object.entries(synth.templates) as [StackName, CfnTemplate][]) {
      for (const output of Object.values(template.Outputs ?? {})) {
        if (output.Export?.Name === exportName) return flatten(synth, name, output.Value);
      }
    }
    throw new Error(`No stack exports ${exportName}`);
  }
  return JSON.stringify(value);
}

/** `<Storage.Table….Arn>` for the one resource of a type in a stack, to compare with flattened values. */
function refTo(synth: Synthesized, stack: StackName, type: string, attribute?: string): string {
  const [logicalId] = onlyResource(synth, stack, type);
  return cfnRef(stack, logicalId, attribute);
}

// ---------------------------------------------------------------------------------------------------------
// IAM: what a function's role may do, found by the handler path SST records for the function

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}
interface ReadableStatement {
  actions: string[];
  resources: string[];
  condition?: Record<string, Record<string, unknown>>;
}
interface RolePermissions {
  statements: ReadableStatement[];
  /** Every action, minus the X-Ray ones that active tracing adds to every function. */
  actions: string[];
  managedPolicies: string[];
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function readable(synth: Synthesized, stack: StackName, statement: Statement): ReadableStatement {
  expect(statement.Effect).toBe("Allow");
  return {
    actions: asList(statement.Action),
    resources: asList(statement.Resource).map((resource) => flatten(synth, stack, resource)),
    condition: statement.Condition,
  };
}

/** Inline policies of the role plus every AWS::IAM::Policy (in any stack) attached to it. */
function roleStatements(synth: Synthesized, stack: StackName, roleLogicalId: string): ReadableStatement[] {
  const role = synth.templates[stack].Resources[roleLogicalId];
  expect(role?.Type).toBe("AWS::IAM::Role");
  const inline = asList(props(role!).Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) =>
    policy.PolicyDocument.Statement.map((statement) => readable(synth, stack, statement)),
  );
  const roleRef = cfnRef(stack, roleLogicalId);
  const attached = (Object.keys(synth.templates) as StackName[]).flatMap((policyStack) =>
    resourcesOfType(synth, policyStack, "AWS::IAM::Policy")
      .filter(([, policy]) => asList(props(policy).Roles).some((role) => flatten(synth, policyStack, role) === roleRef))
      .flatMap(([, policy]) =>
        (props(policy).PolicyDocument as { Statement: Statement[] }).Statement.map((statement) =>
          readable(synth, policyStack, statement),
        ),
      ),
  );
  return [...inline, ...attached];
}

function findFunction(synth: Synthesized, handler: string): SynthesizedFunction {
  const matches = synth.functions.filter((fn) => fn.handler === handler);
  expect(matches, `one function with handler ${handler}`).toHaveLength(1);
  return matches[0]!;
}

function functionResource(synth: Synthesized, fn: SynthesizedFunction): CfnResource {
  return synth.templates[fn.stack].Resources[fn.logicalId]!;
}

function permissionsOf(synth: Synthesized, handler: string): RolePermissions {
  const fn = findFunction(synth, handler);
  const roleLogicalId = (props(functionResource(synth, fn)).Role as { "Fn::GetAtt": [string, string] })[
    "Fn::GetAtt"
  ][0];
  const role = synth.templates[fn.stack].Resources[roleLogicalId]!;
  const statements = roleStatements(synth, fn.stack, roleLogicalId);
  return {
    statements,
    actions: [...new Set(statements.flatMap((s) => s.actions).filter((a) => !a.startsWith("xray:")))].sort(),
    managedPolicies: asList(props(role).ManagedPolicyArns).map((arn) => flatten(synth, fn.stack, arn)),
  };
}

function environmentOf(synth: Synthesized, handler: string): Record<string, string> {
  const fn = findFunction(synth, handler);
  const variables = (props(functionResource(synth, fn)).Environment as { Variables: Record<string, unknown> })
    .Variables;
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, flatten(synth, fn.stack, value)]));
}

function statementsWith(permissions: RolePermissions, action: string): ReadableStatement[] {
  return permissions.statements.filter((statement) => statement.actions.includes(action));
}

/** Every statement of every role and policy in the app. */
function allStatements(synth: Synthesized): ReadableStatement[] {
  return (Object.keys(synth.templates) as StackName[]).flatMap((stack) => [
    ...resourcesOfType(synth, stack, "AWS::IAM::Role").flatMap(([logicalId]) =>
      roleStatements(synth, stack, logicalId),
    ),
    ...resourcesOfType(synth, stack, "AWS::IAM::ManagedPolicy").flatMap(([, policy]) =>
      (props(policy).PolicyDocument as { Statement: Statement[] }).Statement.map((s) => readable(synth, stack, s)),
    ),
  ]);
}

// What each capability may do, written out independently of stacks/capabilities.ts.
const capabilityActions: Record<string, string[]> = {
  "table:read": ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:ConditionCheckItem"],
  "table:write": [
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
  ],
  "bus:put": ["events:PutEvents"],
  "timers:arm": [
    "scheduler:CreateSchedule",
    "scheduler:UpdateSchedule",
    "scheduler:DeleteSchedule",
    "scheduler:GetSchedule",
    "iam:PassRole",
  ],
  "table:scan": ["dynamodb:Scan"],
  "exports:start": ["states:StartExecution"],
  "exports:status": ["states:DescribeExecution"],
  "exports:read": ["s3:GetObject"],
  "exports:write": ["s3:PutObject"],
};

function expectedActions(uses: readonly string[], extra: string[] = []): string[] {
  return [...new Set([...uses.flatMap((use) => capabilityActions[use]!), ...extra])].sort();
}

// Every function the contract files declare, with what its role may hold beyond its `uses`, and why.
const streamReadActions = [
  "dynamodb:DescribeStream",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
  "dynamodb:ListStreams",
];
interface DeclaredFunction {
  handler: string;
  uses: readonly string[];
  /** Actions beyond its capabilities. */
  extra: string[];
}
const declaredFunctions: DeclaredFunction[] = [
  ...Object.values(routeGroups).map((group) => ({ handler: group.handler, uses: group.uses, extra: [] })),
  ...busRules.map((rule) => ({ handler: rule.target.handler, uses: rule.target.uses, extra: [] })),
  {
    ...backgroundFunctions.stream,
    // It reads the stream, and parks records it cannot publish in its dead-letter queue.
    extra: [...streamReadActions, "sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
  },
  { ...backgroundFunctions.timer, extra: [] },
  { ...backgroundFunctions.slaSweep, extra: [] },
  { ...backgroundFunctions.exportPage, extra: [] },
  { ...backgroundFunctions.writeManifest, extra: [] },
];

// ---------------------------------------------------------------------------------------------------------

describe("Storage", () => {
  it("declares the shared table schema: keys, the three GSIs, stream and TTL", () => {
    const [, table] = onlyResource(dev, "Storage", "AWS::DynamoDB::Table");
    expect(props(table).KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    expect(props(table).GlobalSecondaryIndexes).toEqual(
      ["gsi1", "gsi2", "gsi3"].map((indexName) => ({
        IndexName: indexName,
        KeySchema: [
          { AttributeName: `${indexName}pk`, KeyType: "HASH" },
          { AttributeName: `${indexName}sk`, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
    expect(props(table).AttributeDefinitions).toEqual(
      ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"].map((name) => ({
        AttributeName: name,
        AttributeType: "S",
      })),
    );
    expect(props(table).StreamSpecification).toEqual({ StreamViewType: "NEW_AND_OLD_IMAGES" });
    expect(props(table).TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
    expect(props(table).BillingMode).toBe("PAY_PER_REQUEST");
    // …and the literal names above are the ones in core's schema.
    expect(tableSchema.ttlAttribute).toBe("expiresAt");
    expect(tableSchema.globalIndexes.map((index) => index.indexName)).toEqual(["gsi1", "gsi2", "gsi3"]);
  });

  it("keeps a production table (point-in-time recovery, retained on delete and replace)", () => {
    const [, table] = onlyResource(prod, "Storage", "AWS::DynamoDB::Table");
    expect(props(table).PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });

  it("lets a dev table go with the stage (no PITR, deleted on remove)", () => {
    const [, table] = onlyResource(dev, "Storage", "AWS::DynamoDB::Table");
    expect(props(table).PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: false });
    expect(table.DeletionPolicy).toBe("Delete");
    expect(table.UpdateReplacePolicy).toBe("Delete");
  });

  it("makes the exports bucket private and encrypted, retained only in production", () => {
    for (const synth of [dev, prod]) {
      const [, bucket] = onlyResource(synth, "Storage", "AWS::S3::Bucket");
      expect(props(bucket).PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(props(bucket).BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      });
    }
    expect(onlyResource(prod, "Storage", "AWS::S3::Bucket")[1].DeletionPolicy).toBe("Retain");
    expect(resourcesOfType(prod, "Storage", "Custom::S3AutoDeleteObjects")).toHaveLength(0);
    expect(onlyResource(dev, "Storage", "AWS::S3::Bucket")[1].DeletionPolicy).toBe("Delete");
    expect(resourcesOfType(dev, "Storage", "Custom::S3AutoDeleteObjects")).toHaveLength(1);
  });
});

describe("Auth", () => {
  it("has one Cognito group per role", () => {
    const groups = resourcesOfType(dev, "Auth", "AWS::Cognito::UserPoolGroup").map(
      ([, group]) => props(group).GroupName,
    );
    expect(groups.sort()).toEqual(["admin", "agent", "customer", "supervisor", "viewer"]);
    expect([...roles].sort()).toEqual(groups);
  });

  it("gives the console a public client: code flow (PKCE), no secret", () => {
    const [, client] = onlyResource(dev, "Auth", "AWS::Cognito::UserPoolClient");
    expect(props(client).GenerateSecret).not.toBe(true);
    expect(props(client).AllowedOAuthFlows).toEqual(["code"]);
    expect(props(client).AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(props(client).AllowedOAuthScopes).toEqual(expect.arrayContaining(["openid"]));
  });

  it("creates no identity pool (users never get AWS credentials)", () => {
    expect(resourcesOfType(dev, "Auth", "AWS::Cognito::IdentityPool")).toHaveLength(0);
  });
});

describe("Sla", () => {
  it("names the schedule group after the stage", () => {
    const [, group] = onlyResource(dev, "Sla", "AWS::Scheduler::ScheduleGroup");
    expect(props(group).Name).toBe("caseline-dev");
  });

  it("has a scheduler role that only scheduler.amazonaws.com of this account may assume", () => {
    const [, role] = schedulerRole(dev);
    const trust = (props(role).AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
    expect(trust).toHaveLength(1);
    expect(trust[0]!.Principal).toEqual({ Service: "scheduler.amazonaws.com" });
    expect(trust[0]!.Action).toBe("sts:AssumeRole");
    expect(trust[0]!.Condition?.StringEquals).toEqual({ "aws:SourceAccount": "123456789012" });
  });

  it("lets the scheduler role do one thing: invoke the timer function (named, so the two need no cycle)", () => {
    const [roleLogicalId, role] = schedulerRole(dev);
    const timer = findFunction(dev, backgroundFunctions.timer.handler);
    expect(props(functionResource(dev, timer)).FunctionName).toBe("caseline-dev-timer");
    const timerArn = "arn:<AWS::Partition>:lambda:us-east-1:123456789012:function:caseline-dev-timer";
    expect(roleStatements(dev, "Sla", roleLogicalId)).toEqual([
      { actions: ["lambda:InvokeFunction"], resources: [timerArn, `${timerArn}:*`], condition: undefined },
    ]);
    expect(props(role).ManagedPolicyArns).toBeUndefined();
  });

  it("runs the SLA sweep every 5 minutes, targeting the sweep function and nothing else", () => {
    const [, rule] = onlyResource(dev, "Sla", "AWS::Events::Rule");
    const sweep = findFunction(dev, backgroundFunctions.slaSweep.handler);
    expect(props(rule).ScheduleExpression).toBe("rate(5 minutes)");
    expect(props(rule).State).toBe("ENABLED");
    expect(props(rule).Name).toBe("caseline-dev-sla-sweep");
    const targets = props(rule).Targets as { Arn: unknown }[];
    expect(targets.map((target) => target.Arn)).toEqual([{ "Fn::GetAtt": [sweep.logicalId, "Arn"] }]);
  });

  function schedulerRole(synth: Synthesized): [string, CfnResource] {
    const assumedByScheduler = resourcesOfType(synth, "Sla", "AWS::IAM::Role").filter(([, role]) =>
      JSON.stringify(props(role).AssumeRolePolicyDocument).includes("scheduler.amazonaws.com"),
    );
    expect(assumedByScheduler).toHaveLength(1);
    return assumedByScheduler[0]!;
  }
});

describe("Events", () => {
  it("puts one rule per bus rule on the stage's bus, targeting its handler", () => {
    const busRef = refTo(dev, "Events", "AWS::Events::EventBus");
    const rules = resourcesOfType(dev, "Events", "AWS::Events::Rule");
    expect(rules).toHaveLength(busRules.length);
    for (const rule of busRules) {
      const [, resource] = rules.find(([, r]) => props(r).Name === `caseline-dev-${rule.name}`)!;
      expect(flatten(dev, "Events", props(resource).EventBusName)).toBe(busRef);
      expect(props(resource).EventPattern).toEqual({
        source: rule.pattern.source,
        "detail-type": rule.pattern.detailType,
      });
      const target = findFunction(dev, rule.target.handler);
      const targets = props(resource).Targets as { Arn: unknown }[];
      expect(targets.map((t) => flatten(dev, "Events", t.Arn))).toEqual([cfnRef("Events", target.logicalId, "Arn")]);
    }
  });

  it("feeds the outbox publisher from the table stream, outbox INSERTs only", () => {
    const publisher = findFunction(dev, backgroundFunctions.stream.handler);
    const [, mapping] = onlyResource(dev, "Events", "AWS::Lambda::EventSourceMapping");
    expect(flatten(dev, "Events", props(mapping).FunctionName)).toBe(cfnRef("Events", publisher.logicalId));
    expect(flatten(dev, "Events", props(mapping).EventSourceArn)).toBe(
      refTo(dev, "Storage", "AWS::DynamoDB::Table", "StreamArn"),
    );
    const streamReads = statementsWith(permissionsOf(dev, publisher.handler), "dynamodb:GetRecords");
    expect(streamReads.map((s) => s.resources)).toEqual([[refTo(dev, "Storage", "AWS::DynamoDB::Table", "StreamArn")]]);
    const [filter] = (props(mapping).FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(JSON.parse(filter!.Pattern)).toEqual({
      eventName: ["INSERT"],
      dynamodb: { Keys: { sk: { S: [{ prefix: outboxSortKeyPrefix }] } } },
    });
  });

  it("filters on a prefix that the outbox entity's real keys have (and other entities' do not)", () => {
    const { Key } = outboxEventEntity().get({ eventId: "01JTESTEVENT" }).params({ table: "t" }) as {
      Key: Record<string, string>;
    };
    expect(Key[tableSchema.sortKey]?.startsWith(outboxSortKeyPrefix)).toBe(true);
    expect(Key[tableSchema.partitionKey]?.startsWith(outboxSortKeyPrefix)).toBe(false);
  });
});

describe("Workflows", () => {
  for (const [workflowName, workflow] of Object.entries(workflows)) {
    it(`${workflowName}: definition from ${workflow.aslFile}, placeholders wired to the task functions`, () => {
      const [, machine] = onlyResource(dev, "Workflows", "AWS::StepFunctions::StateMachine");
      expect(props(machine).StateMachineName).toBe("caseline-dev-export-cases");

      // DefinitionBody.fromFile uploads the file as an asset; the staged asset is the ASL file, unchanged.
      const { Key } = props(machine).DefinitionS3Location as { Key: string };
      const staged = readFileSync(join(dev.outdir, `asset.${Key}`), "utf8");
      expect(JSON.parse(staged)).toEqual(JSON.parse(readFileSync(workflow.aslFile, "utf8")));

      const substitutions = props(machine).DefinitionSubstitutions as Record<string, unknown>;
      expect(Object.keys(substitutions).sort()).toEqual(Object.keys(workflow.substitutions).sort());
      for (const [placeholder, task] of Object.entries(workflow.substitutions)) {
        const fn = findFunction(dev, backgroundFunctions[task].handler);
        expect(flatten(dev, "Workflows", substitutions[placeholder])).toBe(cfnRef("Workflows", fn.logicalId, "Arn"));
        expect(staged).toContain(`\${${placeholder}}`);
      }
    });

    it(`${workflowName}: its role may invoke only its task functions`, () => {
      const [, machine] = onlyResource(dev, "Workflows", "AWS::StepFunctions::StateMachine");
      const roleLogicalId = (props(machine).RoleArn as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
      const statements = roleStatements(dev, "Workflows", roleLogicalId).filter(
        (s) => !s.actions.every((action) => action.startsWith("xray:")),
      );
      const taskArns = Object.values(workflow.substitutions).flatMap((task) => {
        const arn = cfnRef("Workflows", findFunction(dev, backgroundFunctions[task].handler).logicalId, "Arn");
        return [arn, `${arn}:*`];
      });
      expect(statements).toEqual([{ actions: ["lambda:InvokeFunction"], resources: taskArns, condition: undefined }]);
    });
  }
});

describe("Api", () => {
  it("serves exactly the routes of routeGroups, without an API Gateway authorizer", () => {
    const routes = resourcesOfType(dev, "Api", "AWS::ApiGatewayV2::Route").map(([, route]) => props(route));
    const declared = Object.values(routeGroups).flatMap((group) => Object.keys(group.routes));
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(declared.sort());
    for (const route of routes) expect(route.AuthorizationType).toBe("NONE");
  });

  it("has one function per route group, shared by all of the group's routes (payload v2)", () => {
    const apiFunctions = dev.functions.filter((fn) => fn.stack === "Api");
    expect(apiFunctions.map((fn) => fn.handler).sort()).toEqual(
      Object.values(routeGroups)
        .map((group) => group.handler)
        .sort(),
    );
    const integrations = dev.templates.Api.Resources;
    for (const group of Object.values(routeGroups)) {
      const fn = findFunction(dev, group.handler);
      for (const routeKey of Object.keys(group.routes)) {
        const [, route] = resourcesOfType(dev, "Api", "AWS::ApiGatewayV2::Route").find(
          ([, r]) => props(r).RouteKey === routeKey,
        )!;
        const integrationId = flatten(dev, "Api", props(route).Target).replace(/^integrations\/<Api\.(\w+)>$/, "$1");
        const integration = props(integrations[integrationId]!);
        expect(flatten(dev, "Api", integration.IntegrationUri)).toBe(cfnRef("Api", fn.logicalId, "Arn"));
        expect(integration.PayloadFormatVersion).toBe("2.0");
      }
    }
  });

  it("allows CORS and passes the Cognito issuer allow-list to every handler", () => {
    const [, api] = onlyResource(dev, "Api", "AWS::ApiGatewayV2::Api");
    expect(props(api).CorsConfiguration).toMatchObject({ AllowOrigins: ["*"] });
    const userPool = refTo(dev, "Auth", "AWS::Cognito::UserPool");
    const client = refTo(dev, "Auth", "AWS::Cognito::UserPoolClient");
    for (const group of Object.values(routeGroups)) {
      const env = environmentOf(dev, group.handler);
      expect(env[envNames.issuers]).toBe(
        `[{"issuer":"https://cognito-idp.us-east-1.<AWS::URLSuffix>/${userPool}","audience":"${client}"}]`,
      );
    }
  });
});

describe("every function", () => {
  it("runs nodejs22.x on arm64 with tracing and 512 MB", () => {
    expect(dev.functions.length).toBe(declaredFunctions.length);
    for (const fn of dev.functions) {
      const properties = props(functionResource(dev, fn));
      expect(properties.Runtime, fn.handler).toBe("nodejs22.x");
      expect(properties.Architectures, fn.handler).toEqual(["arm64"]);
      expect(properties.TracingConfig, fn.handler).toEqual({ Mode: "Active" });
      expect(properties.MemorySize, fn.handler).toBe(512);
    }
  });

  it("knows its stage and table, and where the resources it uses are", () => {
    const table = refTo(dev, "Storage", "AWS::DynamoDB::Table");
    for (const { handler, uses } of declaredFunctions) {
      const env = environmentOf(dev, handler);
      expect(env[envNames.stage], handler).toBe("dev");
      expect(env[envNames.table], handler).toBe(table);
      const has = (name: string) => env[name] !== undefined;
      expect(has(envNames.busName), handler).toBe(uses.includes("bus:put"));
      expect(has(envNames.scheduleGroup) && has(envNames.schedulerRoleArn) && has(envNames.timerFunctionArn)).toBe(
        uses.includes("timers:arm"),
      );
      expect(has(envNames.exportStateMachineArn), handler).toBe(
        uses.includes("exports:start") || uses.includes("exports:status"),
      );
      expect(has(envNames.exportsBucket), handler).toBe(
        uses.includes("exports:read") || uses.includes("exports:write"),
      );
    }
    const armTimers = environmentOf(dev, busRules[0]!.target.handler);
    expect(armTimers[envNames.scheduleGroup]).toBe("caseline-dev");
  });
});

describe("least privilege", () => {
  it("grants dynamodb:* nowhere, and no DynamoDB action on Resource *", () => {
    const statements = allStatements(dev);
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(statement.actions).not.toContain("dynamodb:*");
      expect(statement.actions).not.toContain("*");
      if (statement.actions.some((action) => action.startsWith("dynamodb:"))) {
        expect(statement.resources).not.toContain("*");
      }
    }
  });

  for (const { handler, uses, extra } of declaredFunctions) {
    it(`${handler} may do what [${uses.join(", ")}] says, nothing more`, () => {
      const permissions = permissionsOf(dev, handler);
      expect(permissions.actions).toEqual(expectedActions(uses, extra));
      expect(permissions.managedPolicies).toEqual([
        "arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
      ]);
    });
  }

  it("scopes table access to the table (and its indexes for reads); only the export page task may Scan", () => {
    const tableArn = refTo(dev, "Storage", "AWS::DynamoDB::Table", "Arn");
    for (const { handler } of declaredFunctions) {
      const permissions = permissionsOf(dev, handler);
      for (const statement of statementsWith(permissions, "dynamodb:GetItem")) {
        expect(statement.resources).toEqual([tableArn, `${tableArn}/index/*`]);
      }
      for (const statement of statementsWith(permissions, "dynamodb:PutItem")) {
        expect(statement.resources).toEqual([tableArn]);
      }
      const scans = statementsWith(permissions, "dynamodb:Scan");
      if (handler === backgroundFunctions.exportPage.handler) {
        expect(scans.map((s) => s.resources)).toEqual([[tableArn]]);
      } else {
        expect(scans, handler).toEqual([]);
      }
    }
  });

  it("keeps the health function away from the table and the customers function away from states/scheduler/s3", () => {
    expect(permissionsOf(dev, routeGroups.health.handler).actions).toEqual([]);
    const customers = permissionsOf(dev, routeGroups.customers.handler).actions;
    expect(customers.filter((action) => /^(states|scheduler|s3|iam|events):/.test(action))).toEqual([]);
  });

  it("lets only the stream consumer put events, on the stage's bus", () => {
    const busArn = refTo(dev, "Events", "AWS::Events::EventBus", "Arn");
    for (const { handler } of declaredFunctions) {
      const puts = statementsWith(permissionsOf(dev, handler), "events:PutEvents");
      if (handler === backgroundFunctions.stream.handler) {
        expect(puts.map((s) => s.resources)).toEqual([[busArn]]);
      } else {
        expect(puts, handler).toEqual([]);
      }
    }
  });

  it("scopes the timer-arming target to the stage's schedule group and the scheduler role", () => {
    const permissions = permissionsOf(dev, busRules.find((rule) => rule.name === "arm-case-timers")!.target.handler);
    const [schedules] = statementsWith(permissions, "scheduler:CreateSchedule");
    expect(schedules?.resources).toEqual([
      "arn:<AWS::Partition>:scheduler:us-east-1:123456789012:schedule/caseline-dev/*",
    ]);
    const [passRole] = statementsWith(permissions, "iam:PassRole");
    expect(passRole?.actions).toEqual(["iam:PassRole"]);
    const [schedulerRoleId] = resourcesOfType(dev, "Sla", "AWS::IAM::Role").find(([, role]) =>
      JSON.stringify(props(role).AssumeRolePolicyDocument).includes("scheduler.amazonaws.com"),
    )!;
    expect(passRole?.resources).toEqual([cfnRef("Sla", schedulerRoleId, "Arn")]);
  });

  it("lets the exports routes start and read only the export state machine's executions", () => {
    const permissions = permissionsOf(dev, routeGroups.exports.handler);
    const machine = refTo(dev, "Workflows", "AWS::StepFunctions::StateMachine");
    expect(statementsWith(permissions, "states:StartExecution").map((s) => s.resources)).toEqual([[machine]]);
    expect(statementsWith(permissions, "states:DescribeExecution").map((s) => s.resources)).toEqual([
      ["arn:<AWS::Partition>:states:us-east-1:123456789012:execution:caseline-dev-export-cases:*"],
    ]);
    const bucketArn = refTo(dev, "Storage", "AWS::S3::Bucket", "Arn");
    expect(statementsWith(permissions, "s3:GetObject").map((s) => s.resources)).toEqual([[`${bucketArn}/*`]]);
  });
});

describe("stage isolation", () => {
  const namedResources: [StackName, string, string][] = [
    ["Storage", "AWS::DynamoDB::Table", "TableName"],
    ["Auth", "AWS::Cognito::UserPool", "UserPoolName"],
    ["Sla", "AWS::Scheduler::ScheduleGroup", "Name"],
    ["Events", "AWS::Events::EventBus", "Name"],
    ["Events", "AWS::SQS::Queue", "QueueName"],
    ["Workflows", "AWS::StepFunctions::StateMachine", "StateMachineName"],
    ["Api", "AWS::ApiGatewayV2::Api", "Name"],
  ];

  for (const [stack, type, property] of namedResources) {
    it(`gives ${type} a different, stage-named ${property} per stage`, () => {
      const devName = props(onlyResource(dev, stack, type)[1])[property];
      const prodName = props(onlyResource(prod, stack, type)[1])[property];
      expect(devName).toMatch(/^caseline-dev(-|$)/);
      expect(prodName).toMatch(/^caseline-prod(-|$)/);
      expect(devName).not.toBe(prodName);
    });
  }

  it("names every bus rule per stage", () => {
    for (const synth of [dev, prod]) {
      for (const [, rule] of resourcesOfType(synth, "Events", "AWS::Events::Rule")) {
        expect(props(rule).Name).toMatch(new RegExp(`^caseline-${synth.stage}-`));
      }
    }
  });
});
