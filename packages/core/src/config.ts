import { z } from "zod";
import type { FieldGrants } from "./customers/classification.js";
import { roles } from "./identity/roles.js";

/** What a receipt names when CASELINE_ORG_* are not set (fine on a laptop, not in production). */
export const organizationDefaults = {
  name: "Caseline Demo Foundation",
  address: "1 Example Street, Springfield",
  registration: "NOT-REGISTERED",
} as const;

/**
 * Everything core needs to know about where it runs, passed in at start-up.
 * Core never reads bound resource names itself (that would block offline tests).
 */
export const runtimeEnvSchema = z.object({
  CASELINE_STAGE: z.string().min(1).default("local"),
  CASELINE_TABLE: z.string().min(3),
  CASELINE_REGION: z.string().optional(),
  CASELINE_DYNAMODB_ENDPOINT: z.string().url().optional(),
  CASELINE_BUS_NAME: z.string().optional(),
  CASELINE_SCHEDULE_GROUP: z.string().optional(),
  CASELINE_SCHEDULER_ROLE_ARN: z.string().optional(),
  CASELINE_TIMER_FUNCTION_ARN: z.string().optional(),
  CASELINE_EXPORTS_BUCKET: z.string().optional(),
  CASELINE_EXPORT_STATE_MACHINE_ARN: z.string().optional(),
  /** Issuer allow-list: JSON array of {issuer, jwksUri?, audience} (see identity/verify.ts). */
  CASELINE_ISSUERS: z.string().optional(),
  /** How long after creation a new case's acknowledgement timer fires, in seconds. */
  CASELINE_CASE_ACK_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Days after resolution within which a case may be reopened. */
  CASELINE_REOPEN_WINDOW_DAYS: z.coerce.number().int().nonnegative().default(14),
  /** Where a phone number without a country code is read (ISO 3166-1 alpha-2). */
  CASELINE_DEFAULT_PHONE_REGION: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .default("US"),
  /** Customer fields granted to roles beyond their clearance, JSON like {"agent":["creditLimit"]}. */
  CASELINE_FIELD_GRANTS: z.string().optional(),
  /** The office's VIN rule: "required" (default) refuses a 17-character VIN without its check digit. */
  CASELINE_VIN_CHECK_DIGIT: z.enum(["required", "ignored"]).default("required"),
  /** The organization named on donation receipts. */
  CASELINE_ORG_NAME: z.string().min(1).default(organizationDefaults.name),
  CASELINE_ORG_ADDRESS: z.string().min(1).default(organizationDefaults.address),
  CASELINE_ORG_REGISTRATION: z.string().min(1).default(organizationDefaults.registration),
});

/** The names of the environment variables the AWS stacks set on every function. */
export const envNames = {
  stage: "CASELINE_STAGE",
  table: "CASELINE_TABLE",
  region: "CASELINE_REGION",
  busName: "CASELINE_BUS_NAME",
  scheduleGroup: "CASELINE_SCHEDULE_GROUP",
  schedulerRoleArn: "CASELINE_SCHEDULER_ROLE_ARN",
  timerFunctionArn: "CASELINE_TIMER_FUNCTION_ARN",
  exportsBucket: "CASELINE_EXPORTS_BUCKET",
  exportStateMachineArn: "CASELINE_EXPORT_STATE_MACHINE_ARN",
  issuers: "CASELINE_ISSUERS",
  caseAckSeconds: "CASELINE_CASE_ACK_SECONDS",
  reopenWindowDays: "CASELINE_REOPEN_WINDOW_DAYS",
  defaultPhoneRegion: "CASELINE_DEFAULT_PHONE_REGION",
  fieldGrants: "CASELINE_FIELD_GRANTS",
  vinCheckDigit: "CASELINE_VIN_CHECK_DIGIT",
  orgName: "CASELINE_ORG_NAME",
  orgAddress: "CASELINE_ORG_ADDRESS",
  orgRegistration: "CASELINE_ORG_REGISTRATION",
} as const;

const fieldGrantsSchema = z.partialRecord(z.enum(roles), z.array(z.string().min(1)));

/** CASELINE_FIELD_GRANTS: which roles see which customer fields beyond their clearance. */
export function parseFieldGrants(json: string | undefined): FieldGrants {
  return json ? (fieldGrantsSchema.parse(JSON.parse(json)) as FieldGrants) : {};
}
