import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { DescribeExecutionCommand, ExecutionDoesNotExist, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import type { DomainEvent } from "../../events/domain-events.js";
import { slaTimerKinds, timerFor } from "../../sla/timers.js";
import { EventBridgePublisher } from "./event-bridge.js";
import { S3Blobs } from "./s3-blobs.js";
import { SchedulerTimers, toSchedulerInstant } from "./scheduler.js";
import { executionArn, StepFunctionsRunner } from "./step-functions.js";

const scheduler = mockClient(SchedulerClient);
const eventBridge = mockClient(EventBridgeClient);
const s3 = mockClient(S3Client);
const sfn = mockClient(SFNClient);

beforeEach(() => {
  scheduler.reset();
  eventBridge.reset();
  s3.reset();
  sfn.reset();
});

const timer = { timerName: "case-ack-01ABC", dueAt: "2026-11-26T15:04:05.250Z", kind: "case.ack", subjectId: "01ABC" };
const options = {
  groupName: "caseline-dev",
  targetArn: "arn:aws:lambda:us-east-1:123456789012:function:caseline-dev-timer",
  roleArn: "arn:aws:iam::123456789012:role/caseline-dev-scheduler",
};

const beforeDue = () => new Date("2026-11-26T15:00:00Z");

describe("SchedulerTimers (EventBridge Scheduler)", () => {
  it("creates a one-time at() schedule in UTC, no flexible window, deleted after completion", async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn" });
    await new SchedulerTimers(options, new SchedulerClient({}), beforeDue).arm(timer);
    expect(scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input)).toEqual([
      {
        Name: "case-ack-01ABC",
        GroupName: "caseline-dev",
        ScheduleExpression: "at(2026-11-26T15:04:06)",
        ScheduleExpressionTimezone: "UTC",
        FlexibleTimeWindow: { Mode: "OFF" },
        ActionAfterCompletion: "DELETE",
        Target: {
          Arn: options.targetArn,
          RoleArn: options.roleArn,
          Input: JSON.stringify(timer),
          RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
        },
      },
    ]);
    expect(scheduler.commandCalls(UpdateScheduleCommand)).toHaveLength(0);
  });

  it("moves an existing schedule of the same name instead of failing (arming is idempotent)", async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ message: "exists", Message: "exists", $metadata: {} }))
      .on(UpdateScheduleCommand)
      .resolves({ ScheduleArn: "arn" });
    await new SchedulerTimers(options, new SchedulerClient({}), beforeDue).arm(timer);
    const update = scheduler.commandCalls(UpdateScheduleCommand)[0]!.args[0].input;
    expect(update).toMatchObject({
      Name: "case-ack-01ABC",
      GroupName: "caseline-dev",
      ScheduleExpression: "at(2026-11-26T15:04:06)",
    });
  });

  it("passes on errors other than a conflict", async () => {
    scheduler.on(CreateScheduleCommand).rejects(new Error("AccessDenied"));
    await expect(new SchedulerTimers(options, new SchedulerClient({}), beforeDue).arm(timer)).rejects.toThrow(
      "AccessDenied",
    );
  });

  it("cancels by name in the group, and cancelling a schedule that is gone is fine", async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .rejectsOnce(new ResourceNotFoundException({ message: "gone", Message: "gone", $metadata: {} }));
    const timers = new SchedulerTimers(options, new SchedulerClient({}), beforeDue);
    await timers.cancel("case-ack-01ABC");
    expect(scheduler.commandCalls(DeleteScheduleCommand)[0]!.args[0].input).toEqual({
      Name: "case-ack-01ABC",
      GroupName: "caseline-dev",
    });
  });

  it("names SLA timers per case, metric and kind, within Scheduler's 64 characters", async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn" });
    const caseId = "01KBZ8R3M4X5Y6Z7A8B9C0D1E2";
    const timers = new SchedulerTimers(options, new SchedulerClient({}), beforeDue);
    for (const { metric, kind } of slaTimerKinds) {
      await timers.arm(timerFor(caseId, { metric, kind, cycle: 1, at: "2026-11-26T16:30:00.000Z" }));
    }
    const names = scheduler.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input.Name!);
    expect(names).toEqual([
      `sla-${caseId}-firstResponse-warning`,
      `sla-${caseId}-firstResponse-breach`,
      `sla-${caseId}-nextResponse-warning`,
      `sla-${caseId}-nextResponse-breach`,
      `sla-${caseId}-resolution-warning`,
      `sla-${caseId}-resolution-breach`,
    ]);
    for (const name of names) expect(name).toMatch(/^[0-9a-zA-Z_.-]{1,64}$/);
    const inputs = scheduler
      .commandCalls(CreateScheduleCommand)
      .map((call) => JSON.parse(call.args[0].input.Target!.Input!));
    expect(inputs[1]).toEqual({
      timerName: `sla-${caseId}-firstResponse-breach`,
      dueAt: "2026-11-26T16:30:00.000Z",
      kind: "sla.breach.firstResponse",
      subjectId: caseId,
    });
  });

  it("schedules an already-due timer a few seconds ahead (a past at() would never run), keeping its due instant", async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn" });
    const late = () => new Date("2026-11-26T15:10:00.200Z");
    await new SchedulerTimers(options, new SchedulerClient({}), late).arm(timer);
    const [call] = scheduler.commandCalls(CreateScheduleCommand);
    expect(call!.args[0].input.ScheduleExpression).toBe("at(2026-11-26T15:10:06)");
    expect(JSON.parse(call!.args[0].input.Target!.Input!).dueAt).toBe(timer.dueAt);
  });

  it("rounds a fractional instant up to the next second, never earlier than due", () => {
    expect(toSchedulerInstant("2026-03-08T06:59:59.001Z")).toBe("2026-03-08T07:00:00");
    expect(toSchedulerInstant("2026-03-08T07:00:00.000Z")).toBe("2026-03-08T07:00:00");
    expect(() => toSchedulerInstant("tomorrow")).toThrow();
  });
});

describe("EventBridgePublisher", () => {
  const event = (i: number): DomainEvent => ({
    eventId: `E${i}`,
    type: "case.created",
    occurredAt: "2026-11-26T10:00:00.000Z",
    correlationId: "corr-1",
    detail: {
      caseId: `C${i}`,
      number: "CL-000001",
      customerId: "K",
      type: "inquiry",
      priority: "normal",
      createdAt: "2026-11-26T10:00:00.000Z",
    },
  });

  it("publishes in batches of at most 10, with the outbox identity in the detail", async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    await new EventBridgePublisher("caseline-dev-bus", "caseline", new EventBridgeClient({})).publish(
      Array.from({ length: 23 }, (_, i) => event(i)),
    );
    const calls = eventBridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries!);
    expect(calls.map((entries) => entries.length)).toEqual([10, 10, 3]);
    expect(calls[0]![0]).toMatchObject({
      EventBusName: "caseline-dev-bus",
      Source: "caseline",
      DetailType: "case.created",
    });
    expect(JSON.parse(calls[0]![0]!.Detail!)).toMatchObject({
      caseId: "C0",
      _meta: { eventId: "E0", correlationId: "corr-1", occurredAt: "2026-11-26T10:00:00.000Z" },
    });
  });

  it("throws when EventBridge rejects any entry, so the stream batch is retried", async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: "ThrottlingException" }] });
    await expect(
      new EventBridgePublisher("bus", "caseline", new EventBridgeClient({})).publish([event(1)]),
    ).rejects.toThrow(/ThrottlingException/);
  });
});

describe("S3Blobs", () => {
  it("puts with the content type and reads back bytes", async () => {
    s3.on(PutObjectCommand).resolves({});
    // The SDK's streaming body, reduced to the one method the adapter calls.
    const body = { transformToByteArray: async () => new Uint8Array(Buffer.from("a,b\n1,2\n")) };
    s3.on(GetObjectCommand).resolves({ Body: body as never });
    const blobs = new S3Blobs("caseline-dev-exports", new S3Client({}));
    await blobs.put("exports/x/manifest.json", "{}", "application/json");
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input).toEqual({
      Bucket: "caseline-dev-exports",
      Key: "exports/x/manifest.json",
      Body: "{}",
      ContentType: "application/json",
    });
    expect(Buffer.from((await blobs.get("exports/x/part.csv"))!).toString()).toBe("a,b\n1,2\n");
  });

  it("answers undefined for a missing key", async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: "no", $metadata: {} }));
    expect(await new S3Blobs("b", new S3Client({})).get("nope")).toBeUndefined();
  });
});

describe("StepFunctionsRunner", () => {
  const machine = "arn:aws:states:us-east-1:123456789012:stateMachine:caseline-dev-export-cases";

  it("starts an execution named by Caseline's execution id, with the input as JSON", async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: "x", startDate: new Date() });
    await new StepFunctionsRunner({ exportCases: machine }, new SFNClient({})).start("exportCases", "01EXEC", { a: 1 });
    expect(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input).toEqual({
      stateMachineArn: machine,
      name: "01EXEC",
      input: '{"a":1}',
    });
  });

  it("describes an execution from its derived ARN, and a missing one as undefined", async () => {
    sfn
      .on(DescribeExecutionCommand, { executionArn: executionArn(machine, "01DONE") })
      .resolves({
        status: "SUCCEEDED",
        startDate: new Date("2026-11-26T10:00:00Z"),
        stopDate: new Date("2026-11-26T10:00:05Z"),
        output: '{"rowCount":3}',
        executionArn: "x",
        stateMachineArn: machine,
      })
      .on(DescribeExecutionCommand, { executionArn: executionArn(machine, "01NONE") })
      .rejects(new ExecutionDoesNotExist({ message: "no", $metadata: {} }));
    const runner = new StepFunctionsRunner({ exportCases: machine }, new SFNClient({}));
    expect(executionArn(machine, "01DONE")).toBe(
      "arn:aws:states:us-east-1:123456789012:execution:caseline-dev-export-cases:01DONE",
    );
    expect(await runner.describe("exportCases", "01DONE")).toEqual({
      executionId: "01DONE",
      status: "SUCCEEDED",
      startedAt: "2026-11-26T10:00:00.000Z",
      stoppedAt: "2026-11-26T10:00:05.000Z",
      output: { rowCount: 3 },
    });
    expect(await runner.describe("exportCases", "01NONE")).toBeUndefined();
    await expect(runner.start("unknownFlow", "x", {})).rejects.toThrow(/No state machine/);
  });
});
