import type { AppContext } from "@caseline/core";
import { EventBridgePublisher } from "@caseline/core/adapters/aws/event-bridge";
import { S3Blobs } from "@caseline/core/adapters/aws/s3-blobs";
import { SchedulerTimers } from "@caseline/core/adapters/aws/scheduler";
import { StepFunctionsRunner } from "@caseline/core/adapters/aws/step-functions";
import { parseFieldGrants, runtimeEnvSchema } from "@caseline/core/config";
import { setDefaultPhoneRegion } from "@caseline/core/customers/phones";
import { createTableClients } from "@caseline/core/db/client";
import { createStore } from "@caseline/core/entities/store";
import { createTokenVerifier, parseIssuers } from "@caseline/core/identity/verify";
import type { Ports } from "@caseline/core/ports";
import { eventSource } from "../events/rules.js";
import type { Runtime } from "./runtime.js";

/** A port the stacks did not give this function: using it is a bug, and says which variable is missing. */
function missing(name: string): never {
  throw new Error(`This function has no ${name}; its stack does not grant it`);
}

export function awsRuntimeFromEnv(env: NodeJS.ProcessEnv): Runtime {
  const config = runtimeEnvSchema.parse(env);
  setDefaultPhoneRegion(config.CASELINE_DEFAULT_PHONE_REGION);
  const { document } = createTableClients({
    ...(config.CASELINE_REGION ? { region: config.CASELINE_REGION } : {}),
    ...(config.CASELINE_DYNAMODB_ENDPOINT ? { endpoint: config.CASELINE_DYNAMODB_ENDPOINT } : {}),
  });
  const store = createStore({ table: config.CASELINE_TABLE, client: document });
  // Adapters are built lazily: a function only constructs the clients it actually uses.
  let events: EventBridgePublisher | undefined;
  let timers: SchedulerTimers | undefined;
  let blobs: S3Blobs | undefined;
  let workflows: StepFunctionsRunner | undefined;
  const ports: Ports = {
    get events() {
      events ??= new EventBridgePublisher(config.CASELINE_BUS_NAME ?? missing("CASELINE_BUS_NAME"), eventSource);
      return events;
    },
    get timers() {
      timers ??= new SchedulerTimers({
        groupName: config.CASELINE_SCHEDULE_GROUP ?? missing("CASELINE_SCHEDULE_GROUP"),
        targetArn: config.CASELINE_TIMER_FUNCTION_ARN ?? missing("CASELINE_TIMER_FUNCTION_ARN"),
        roleArn: config.CASELINE_SCHEDULER_ROLE_ARN ?? missing("CASELINE_SCHEDULER_ROLE_ARN"),
      });
      return timers;
    },
    get blobs() {
      blobs ??= new S3Blobs(config.CASELINE_EXPORTS_BUCKET ?? missing("CASELINE_EXPORTS_BUCKET"));
      return blobs;
    },
    get workflows() {
      workflows ??= new StepFunctionsRunner({
        exportCases: config.CASELINE_EXPORT_STATE_MACHINE_ARN ?? missing("CASELINE_EXPORT_STATE_MACHINE_ARN"),
      });
      return workflows;
    },
  };
  const app: AppContext = {
    store,
    ports,
    settings: {
      stage: config.CASELINE_STAGE,
      caseAckSeconds: config.CASELINE_CASE_ACK_SECONDS,
      reopenWindowDays: config.CASELINE_REOPEN_WINDOW_DAYS,
      fieldGrants: parseFieldGrants(config.CASELINE_FIELD_GRANTS),
      vinRule: { checkDigit: config.CASELINE_VIN_CHECK_DIGIT === "required" },
      organization: {
        name: config.CASELINE_ORG_NAME,
        address: config.CASELINE_ORG_ADDRESS,
        registration: config.CASELINE_ORG_REGISTRATION,
      },
    },
    clock: () => new Date(),
  };
  return { app, verifyToken: createTokenVerifier(parseIssuers(config.CASELINE_ISSUERS)) };
}
