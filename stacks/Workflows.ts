import path from "node:path";
import { backgroundFunctions } from "@caseline/functions/events/rules";
import { type WorkflowName, workflows } from "@caseline/functions/workflows/definitions";
import { ArnFormat } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { DefinitionBody, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { type Function as SstFunction, type Stack, type StackContext, use } from "sst/constructs";
import { capabilityFunction, type ExportTargets } from "./capabilities.js";
import { physicalName } from "./naming.js";
import { Storage } from "./Storage.js";

type TaskName = keyof typeof backgroundFunctions;

/** `exportCases` → `caseline-<stage>-export-cases`. */
function stateMachineName(stack: Stack, workflow: WorkflowName): string {
  return physicalName(
    stack,
    workflow.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
  );
}

/**
 * ARNs from the state machine's name rather than from the construct: the export tasks may read their own
 * execution, and a reference to the state machine from a task's role would be a dependency cycle.
 */
function stateMachineArns(stack: Stack, name: string) {
  const arnFormat = ArnFormat.COLON_RESOURCE_NAME;
  return {
    stateMachineArn: stack.formatArn({ service: "states", resource: "stateMachine", resourceName: name, arnFormat }),
    executionsArn: stack.formatArn({ service: "states", resource: "execution", resourceName: `${name}:*`, arnFormat }),
  };
}

export function Workflows({ stack }: StackContext) {
  const { table, exportsBucket } = use(Storage);

  const exportCasesName = stateMachineName(stack, "exportCases");
  const taskExportTargets: ExportTargets = { bucket: exportsBucket, ...stateMachineArns(stack, exportCasesName) };

  const taskNames = new Set(
    Object.values(workflows).flatMap((workflow) => Object.values(workflow.substitutions) as TaskName[]),
  );
  const tasks = new Map<TaskName, SstFunction>();
  for (const name of taskNames) {
    const spec = backgroundFunctions[name];
    tasks.set(
      name,
      capabilityFunction(stack, `Task-${name}`, {
        handler: spec.handler,
        uses: spec.uses,
        targets: { table, exports: taskExportTargets },
      }),
    );
  }

  const stateMachines = {} as Record<WorkflowName, StateMachine>;
  for (const workflowName of Object.keys(workflows) as WorkflowName[]) {
    const workflow = workflows[workflowName];
    const taskFunctions = Object.entries(workflow.substitutions).map(
      ([placeholder, task]) => [placeholder, tasks.get(task)!] as const,
    );
    const stateMachine = new StateMachine(stack, `StateMachine-${workflowName}`, {
      stateMachineName: stateMachineName(stack, workflowName),
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromFile(path.resolve(workflow.aslFile)),
      definitionSubstitutions: Object.fromEntries(
        taskFunctions.map(([placeholder, fn]) => [placeholder, fn.functionArn]),
      ),
      tracingEnabled: true,
    });
    // The definition comes from a file, so CDK cannot infer what it invokes: grant exactly its tasks.
    stateMachine.addToRolePolicy(
      new PolicyStatement({
        sid: "InvokeTasks",
        actions: ["lambda:InvokeFunction"],
        resources: taskFunctions.flatMap(([, fn]) => [fn.functionArn, `${fn.functionArn}:*`]),
      }),
    );
    stateMachines[workflowName] = stateMachine;
  }

  /** What the HTTP API's exports routes reach: the real state machine, so Api deploys after it. */
  const exportTargets: ExportTargets = {
    ...taskExportTargets,
    stateMachineArn: stateMachines.exportCases.stateMachineArn,
  };

  stack.addOutputs({ ExportStateMachineArn: stateMachines.exportCases.stateMachineArn });

  return { stateMachines, tasks, exportTargets };
}
