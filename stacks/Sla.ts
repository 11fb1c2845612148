import { backgroundFunctions } from "@caseline/functions/events/rules";
import { ArnFormat, Duration } from "aws-cdk-lib";
import { Rule, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { CfnScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import { type StackContext, use } from "sst/constructs";
import type { TimerTargets } from "./capabilities.js";
import { capabilityFunction } from "./capabilities.js";
import { physicalName } from "./naming.js";
import { Storage } from "./Storage.js";

/** How often the SLA reconcile runs in AWS (locally: every 30 s). */
export const slaSweepRate = Duration.minutes(5);

/**
 * SLA timers: one EventBridge Scheduler group per stage holds the one-time warning/breach schedules, each of
 * which invokes the timer function through a role that can do nothing else. A scheduled sweep repairs what
 * a lost timer would miss.
 */
export function Sla({ stack }: StackContext) {
  const { table } = use(Storage);

  const scheduleGroupName = physicalName(stack);
  const scheduleGroup = new CfnScheduleGroup(stack, "ScheduleGroup", { name: scheduleGroupName });

  // The timer function arms timers itself (a warning's effect re-arms the breach), so it needs the
  // scheduler role, and the role needs the function: naming the function breaks that cycle.
  const timerFunctionName = physicalName(stack, "timer");
  const timerFunctionArn = stack.formatArn({
    service: "lambda",
    resource: "function",
    resourceName: timerFunctionName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });

  const schedulerRole = new Role(stack, "SchedulerRole", {
    description: `EventBridge Scheduler invokes the ${stack.stage} timer function`,
    // Confused-deputy guard: only schedules of this account's group may assume it.
    assumedBy: new ServicePrincipal("scheduler.amazonaws.com", {
      conditions: {
        StringEquals: { "aws:SourceAccount": stack.account },
        ArnLike: {
          "aws:SourceArn": stack.formatArn({
            service: "scheduler",
            resource: "schedule-group",
            resourceName: scheduleGroupName,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        },
      },
    }),
    inlinePolicies: {
      InvokeTimerFunction: new PolicyDocument({
        statements: [
          new PolicyStatement({
            actions: ["lambda:InvokeFunction"],
            resources: [timerFunctionArn, `${timerFunctionArn}:*`],
          }),
        ],
      }),
    },
  });

  const timers: TimerTargets = {
    scheduleGroupName,
    schedulerRoleArn: schedulerRole.roleArn,
    timerFunctionArn,
  };

  const timerFunction = capabilityFunction(stack, "TimerFunction", {
    handler: backgroundFunctions.timer.handler,
    uses: backgroundFunctions.timer.uses,
    targets: { table, timers },
    functionName: timerFunctionName,
  });

  const sweepFunction = capabilityFunction(stack, "SlaSweepFunction", {
    handler: backgroundFunctions.slaSweep.handler,
    uses: backgroundFunctions.slaSweep.uses,
    targets: { table, timers },
  });
  const sweepSchedule = new Rule(stack, "SlaSweepSchedule", {
    ruleName: physicalName(stack, "sla-sweep"),
    description: "Fires due SLA thresholds a lost timer missed and re-arms missing timers",
    schedule: Schedule.rate(slaSweepRate),
    targets: [new LambdaFunction(sweepFunction, { retryAttempts: 2 })],
  });

  stack.addOutputs({ ScheduleGroupName: scheduleGroupName });

  return { timers, timerFunction, sweepFunction, sweepSchedule, schedulerRole, scheduleGroup };
}
