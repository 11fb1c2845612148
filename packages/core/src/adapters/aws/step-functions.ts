import { DescribeExecutionCommand, ExecutionDoesNotExist, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { ExecutionDescription, WorkflowRunner } from "../../ports.js";

/** Workflows as Step Functions executions; the execution name is Caseline's execution id. */
export class StepFunctionsRunner implements WorkflowRunner {
  constructor(
    private readonly stateMachineArns: Readonly<Record<string, string>>,
    private readonly client = new SFNClient({}),
  ) {}

  async start(workflow: string, executionId: string, input: unknown): Promise<void> {
    await this.client.send(
      new StartExecutionCommand({
        stateMachineArn: this.arnOf(workflow),
        name: executionId,
        input: JSON.stringify(input),
      }),
    );
  }

  async describe(workflow: string, executionId: string): Promise<ExecutionDescription | undefined> {
    try {
      const result = await this.client.send(
        new DescribeExecutionCommand({ executionArn: executionArn(this.arnOf(workflow), executionId) }),
      );
      return {
        executionId,
        status: result.status ?? "RUNNING",
        startedAt: (result.startDate ?? new Date()).toISOString(),
        ...(result.stopDate ? { stoppedAt: result.stopDate.toISOString() } : {}),
        ...(result.output ? { output: JSON.parse(result.output) } : {}),
        ...(result.error ? { error: { error: result.error, ...(result.cause ? { cause: result.cause } : {}) } } : {}),
      };
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return undefined;
      throw error;
    }
  }

  private arnOf(workflow: string): string {
    const arn = this.stateMachineArns[workflow];
    if (!arn) throw new Error(`No state machine is configured for workflow ${workflow}`);
    return arn;
  }
}

/** arn:aws:states:r:a:stateMachine:NAME → arn:aws:states:r:a:execution:NAME:EXECUTION */
export function executionArn(stateMachineArn: string, executionName: string): string {
  return `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${executionName}`;
}
