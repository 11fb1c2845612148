import type { DomainEvent } from "./events/domain-events.js";

/**
 * The domain's doors to the world. Each has an AWS adapter (adapters/aws) and a local one
 * (adapters/local, packages/local), chosen once at start-up by configuration.
 */
export interface Ports {
  readonly events: EventPublisher;
  readonly timers: TimerPort;
  readonly blobs: BlobStore;
  readonly workflows: WorkflowRunner;
}

export interface EventPublisher {
  publish(events: readonly DomainEvent[]): Promise<void>;
}

/** What a timer carries to its handler when it fires. */
export interface TimerPayload {
  readonly timerName: string;
  readonly dueAt: string;
  readonly kind: string;
  readonly subjectId: string;
}

export interface TimerPort {
  /** Creates or moves the named timer; arming the same name and instant twice is harmless. */
  arm(timer: TimerPayload): Promise<void>;
  /** Cancels the named timer; cancelling one that does not exist is harmless. */
  cancel(timerName: string): Promise<void>;
}

export interface BlobStore {
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is none. */
  get(key: string): Promise<Uint8Array | undefined>;
}

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";

export interface ExecutionDescription {
  readonly executionId: string;
  readonly status: ExecutionStatus;
  readonly startedAt: string;
  readonly stoppedAt?: string;
  readonly output?: unknown;
  readonly error?: { readonly error: string; readonly cause?: string };
}

export interface WorkflowRunner {
  /** Starts the named workflow; `executionId` is the caller's unique name for this run. */
  start(workflow: string, executionId: string, input: unknown): Promise<void>;
  describe(workflow: string, executionId: string): Promise<ExecutionDescription | undefined>;
}
