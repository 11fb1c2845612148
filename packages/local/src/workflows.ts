import { readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExecutionDescription, WorkflowRunner } from "@caseline/core/ports";
import { backgroundFunctions } from "@caseline/functions/events/rules";
import { type WorkflowName, workflows } from "@caseline/functions/workflows/definitions";
import { StateMachine } from "aws-local-stepfunctions";
import { fromRepo } from "./paths.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface AslState {
  Type: string;
  Resource?: string;
  Iterator?: AslMachine;
  ItemProcessor?: AslMachine;
  Branches?: AslMachine[];
}
interface AslMachine {
  States: Record<string, AslState>;
}

export interface LocalWorkflowOptions {
  readonly executionsDir: string;
  readonly invoke: (handlerPath: string, input: unknown) => Promise<unknown>;
  /** Replaces every Retry interval (seconds), so failures retry at once in tests. */
  readonly retryIntervalSeconds?: number;
  readonly onError?: (error: unknown, workflow: string, executionId: string) => void;
}

/** Every Task state of a machine (nested ones too) and the `${Placeholder}` its Resource names. */
function taskStates(machine: AslMachine, found = new Map<string, string>()): Map<string, string> {
  for (const [name, state] of Object.entries(machine.States)) {
    if (state.Type === "Task" && state.Resource) {
      const placeholder = /^\$\{(\w+)\}$/.exec(state.Resource)?.[1];
      if (!placeholder) throw new Error(`Task ${name} has a Resource the local runtime cannot map: ${state.Resource}`);
      found.set(name, placeholder);
    }
    for (const nested of [state.Iterator, state.ItemProcessor, ...(state.Branches ?? [])]) {
      if (nested) taskStates(nested, found);
    }
  }
  return found;
}

/**
 * Runs the same ASL files the Workflows stack deploys, in aws-local-stepfunctions, with each Task
 * mapped to the handler its `${...}` placeholder stands for. Executions are recorded in files so
 * their status survives a restart.
 */
export class LocalWorkflowRunner implements WorkflowRunner {
  private readonly runs = new Map<string, Promise<void>>();

  private constructor(private readonly options: LocalWorkflowOptions) {}

  static async create(options: LocalWorkflowOptions): Promise<LocalWorkflowRunner> {
    await mkdir(options.executionsDir, { recursive: true });
    const runner = new LocalWorkflowRunner(options);
    await runner.abortOrphans();
    return runner;
  }

  async start(workflow: string, executionId: string, input: unknown): Promise<void> {
    const definition = workflows[workflow as WorkflowName];
    if (!definition) throw new Error(`Unknown workflow ${workflow}`);
    if (!/^[0-9A-Za-z_-]{1,80}$/.test(executionId)) throw new Error(`Invalid execution id ${executionId}`);
    const asl = readFileSync(fromRepo(definition.aslFile), "utf8");
    const machine = JSON.parse(asl) as AslMachine;
    const handlers: Record<string, (input: Json) => Promise<Json>> = {};
    const retries: Record<string, number> = {};
    for (const [stateName, placeholder] of taskStates(machine)) {
      const fn = definition.substitutions[placeholder as keyof typeof definition.substitutions];
      if (!fn) throw new Error(`Workflow ${workflow}: no function for \${${placeholder}}`);
      const handlerPath = backgroundFunctions[fn].handler;
      handlers[stateName] = async (taskInput) => (await this.options.invoke(handlerPath, taskInput)) as Json;
      if (this.options.retryIntervalSeconds !== undefined) retries[stateName] = this.options.retryIntervalSeconds;
    }
    // As the stack substitutes real function ARNs, substitute local ones: the interpreter then
    // validates the definition as deployed and calls our handlers by state name.
    const substituted = asl.replace(/\$\{(\w+)\}/g, (_, name: string) => localFunctionArn(name));
    const stateMachine = new StateMachine(JSON.parse(substituted));
    const startedAt = new Date().toISOString();
    await this.record({ executionId, status: "RUNNING", startedAt }, workflow);
    const execution = stateMachine.run(input as Json, {
      overrides: { taskResourceLocalHandlers: handlers, retryIntervalOverrides: retries },
    });
    const run = execution.result
      .then((output) =>
        this.record({ executionId, status: "SUCCEEDED", startedAt, stoppedAt: now(), output }, workflow),
      )
      .catch(async (error: unknown) => {
        this.options.onError?.(error, workflow, executionId);
        const failure = error as { name?: string; message?: string };
        await this.record(
          {
            executionId,
            status: "FAILED",
            startedAt,
            stoppedAt: now(),
            error: { error: failure.name ?? "Error", ...(failure.message ? { cause: failure.message } : {}) },
          },
          workflow,
        );
      })
      .finally(() => this.runs.delete(executionId));
    this.runs.set(executionId, run);
  }

  async describe(workflow: string, executionId: string): Promise<ExecutionDescription | undefined> {
    if (!/^[0-9A-Za-z_-]{1,80}$/.test(executionId)) return undefined;
    try {
      const saved = JSON.parse(await readFile(this.fileOf(executionId), "utf8")) as ExecutionDescription & {
        workflow: string;
      };
      if (saved.workflow !== workflow) return undefined;
      const { workflow: _, ...description } = saved;
      return description;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /** Waits for every execution under way (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.runs.values()]);
  }

  private async record(description: ExecutionDescription, workflow: string): Promise<void> {
    const file = this.fileOf(description.executionId);
    await writeFile(`${file}.tmp`, JSON.stringify({ ...description, workflow }));
    await rename(`${file}.tmp`, file);
  }

  /** Executions left RUNNING by a process that is gone can never finish: mark them ABORTED. */
  private async abortOrphans(): Promise<void> {
    for (const name of await readdir(this.options.executionsDir)) {
      if (!name.endsWith(".json")) continue;
      const file = join(this.options.executionsDir, name);
      const saved = JSON.parse(await readFile(file, "utf8")) as ExecutionDescription & { workflow: string };
      if (saved.status === "RUNNING")
        await this.record({ ...saved, status: "ABORTED", stoppedAt: now() }, saved.workflow);
    }
  }

  private fileOf(executionId: string): string {
    return join(this.options.executionsDir, `${executionId}.json`);
  }
}

function localFunctionArn(placeholder: string): string {
  return `arn:aws:lambda:us-east-1:000000000000:function:caseline-local-${placeholder}`;
}

function now(): string {
  return new Date().toISOString();
}
