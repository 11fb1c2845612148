import { z } from "zod";
import { caseChannels, casePriorities, caseStatuses } from "../entities/case.js";
import { customerTiers } from "../entities/customer.js";

/** The clocks a policy may set, in the order they are reported. */
export const slaMetrics = ["firstResponse", "nextResponse", "resolution"] as const;
export type SlaMetric = (typeof slaMetrics)[number];

/** The always-open calendar every stage has without creating it (UTC; business time is elapsed time). */
export const builtInCalendarId = "24x7";

/** Business minutes: positive, at most ten years of round-the-clock time. */
const businessMinutes = z
  .number()
  .positive()
  .max(10 * 365 * 24 * 60);

const warning = z.union([
  z.strictObject({ percent: z.number().gt(0).lt(100).describe("Warn when this share of the target has elapsed") }),
  z.strictObject({ minutesBefore: businessMinutes.describe("Warn this many business minutes before the target") }),
]);

const metricTarget = z
  .strictObject({
    /** A target per priority; a priority left out has no target for this metric. */
    targets: z
      .strictObject({
        low: businessMinutes.optional(),
        normal: businessMinutes.optional(),
        high: businessMinutes.optional(),
        urgent: businessMinutes.optional(),
      })
      .refine((targets) => Object.keys(targets).length > 0, { message: "a target for at least one priority" }),
    /** While the case is in one of these statuses this metric's clock stands still. */
    pauseStatuses: z
      .array(z.enum(caseStatuses))
      .max(caseStatuses.length)
      .default(["pending_customer"])
      .refine((statuses) => new Set(statuses).size === statuses.length, { message: "list each status once" }),
    /** When the warning falls due; without one, no warning. */
    warning: warning.optional(),
  })
  .refine(
    ({ warning, targets }) => {
      if (!warning || !("minutesBefore" in warning)) return true;
      return Object.values(targets).every((target) => target === undefined || target > warning.minutesBefore);
    },
    { message: "warning.minutesBefore must be less than every target", path: ["warning"] },
  );

export type MetricTarget = z.output<typeof metricTarget>;

function distinct<T extends z.ZodType<string>>(item: T) {
  return z
    .array(item)
    .min(1)
    .max(100)
    .refine((list) => new Set(list).size === list.length, { message: "list each value once" })
    .optional();
}

const label = z.string().trim().min(1).max(100);

/** A policy applies when every condition it sets holds (a condition lists the values that match). */
export const policyConditions = z
  .strictObject({
    priorities: distinct(z.enum(casePriorities)),
    customerTiers: distinct(z.enum(customerTiers)),
    /** Service levels of the contracts the case is about (or, when it names none, of the customer's contracts). */
    serviceLevels: distinct(label),
    categories: distinct(label),
    caseTypes: distinct(label),
    channels: distinct(z.enum(caseChannels)),
  })
  .default({});

export type PolicyConditions = z.output<typeof policyConditions>;

export const policyDefinition = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    /** Policies are tried in ascending position; the first whose conditions hold applies. */
    position: z.number().int().min(0).max(1_000_000),
    conditions: policyConditions,
    /** The calendar business time is counted in; "24x7" needs no calendar of its own. */
    calendarId: z.string().trim().min(1).max(64),
    metrics: z
      .strictObject({
        firstResponse: metricTarget.optional(),
        nextResponse: metricTarget.optional(),
        resolution: metricTarget.optional(),
      })
      .refine((metrics) => Object.keys(metrics).length > 0, { message: "at least one metric" }),
    /** Where a breached case moves; without one it stays in its queue. */
    escalationQueue: label.optional(),
  })
  .describe("An SLA policy");

export type PolicyDefinition = z.output<typeof policyDefinition>;
export type PolicyInput = z.input<typeof policyDefinition>;

export const policyView = policyDefinition.and(
  z.object({ id: z.string(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int() }),
);
export type PolicyView = z.infer<typeof policyView>;
