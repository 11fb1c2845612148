import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import type { TimerPayload, TimerPort } from "../../ports.js";

export interface SchedulerTimerOptions {
  readonly groupName: string;
  readonly targetArn: string;
  readonly roleArn: string;
}

/**
 * Timers as EventBridge Scheduler one-time schedules: `at()` in UTC, no flexible window, deleted after
 * completion, named deterministically so that arming again updates instead of duplicating.
 */
export class SchedulerTimers implements TimerPort {
  constructor(
    private readonly options: SchedulerTimerOptions,
    private readonly client = new SchedulerClient({}),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async arm(timer: TimerPayload): Promise<void> {
    const input = this.scheduleInput(timer);
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }

  async cancel(timerName: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: timerName, GroupName: this.options.groupName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
  }

  private scheduleInput(timer: TimerPayload) {
    return {
      Name: timer.timerName,
      GroupName: this.options.groupName,
      ScheduleExpression: `at(${toSchedulerInstant(notBefore(timer.dueAt, this.clock().getTime() + pastDueLeadMs))})`,
      ScheduleExpressionTimezone: "UTC",
      FlexibleTimeWindow: { Mode: "OFF" as const },
      ActionAfterCompletion: "DELETE" as const,
      Target: {
        Arn: this.options.targetArn,
        RoleArn: this.options.roleArn,
        Input: JSON.stringify(timer),
        RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
      },
    };
  }
}

/**
 * A timer already due (an overdue threshold found on recompute) is scheduled a few seconds ahead instead: a
 * one-time schedule in the past would never run. The payload keeps the real due instant.
 */
const pastDueLeadMs = 5_000;

function notBefore(iso: string, earliestMs: number): string {
  return Date.parse(iso) >= earliestMs ? iso : new Date(earliestMs).toISOString();
}

/** Scheduler's `at()` takes `yyyy-mm-ddThh:mm:ss` without zone or fraction; a fraction rounds up. */
export function toSchedulerInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not an instant: ${iso}`);
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString().slice(0, 19);
}
