import { backgroundFunctions } from "@caseline/functions/events/rules";
import { ArnFormat } from "aws-cdk-lib";
import { PolicyDocument, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { CfnScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import { type StackContext, use } from "sst/constructs";
import type { TimerTargets } from "./capabilities.js";
import { capabilityFunction } from "./capabilities.js";
import { physicalName } from "./naming.js";
import { Storage } from "./Storage.js";

/**
 * SLA timers: one EventBridge Scheduler group per stage holds the one-time warning/breach schedules, each of
 * which invokes the timer function through a role that can do nothing else.
 */
export function Sla({ stack }: StackContext) {
  const { table } = use(Storage);

  const scheduleGroupName = physicalName(stack);
  const scheduleGroup = new CfnScheduleGroup(stack, "ScheduleGroup", { name: scheduleGroupName });

  const timerFunction = capabilityFunction(stack, "TimerFunction", {
    handler: backgroundFunctions.timer.handler,
    uses: backgroundFunctions.timer.uses,
    targets: { table },
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
            resources: [timerFunction.functionArn, `${timerFunction.functionArn}:*`],
          }),
        ],
      }),
    },
  });

  const timers: TimerTargets = {
    scheduleGroupName,
    schedulerRoleArn: schedulerRole.roleArn,
    timerFunctionArn: timerFunction.functionArn,
  };

  stack.addOutputs({ ScheduleGroupName: scheduleGroupName });

  return { timers, timerFunction, schedulerRole, scheduleGroup };
}
