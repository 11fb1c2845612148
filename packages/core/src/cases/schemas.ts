import { z } from "zod";
import { caseChannels, casePriorities, caseStatuses, caseTypes } from "../entities/case.js";
import { transferInput } from "../vehicles/schemas.js";

/** The queue a case lands in when its creator names none. */
export const defaultQueue = "general";

const itemId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, "an id of letters, digits, - and _");

/** Up to `max` distinct ids: a duplicate link means nothing, so it is refused rather than kept twice. */
function idList(max: number) {
  return z
    .array(itemId)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "list each id once" });
}

/** DynamoDB numbers hold 38 digits between 1e-130 and 1e126; these bounds keep far inside that. */
const storableNumber = z
  .number()
  .refine((value) => value === 0 || (Math.abs(value) >= 1e-30 && Math.abs(value) < 1e30), {
    message: "a number between 1e-30 and 1e30 in magnitude (or 0)",
  });

/** Answers from intake questionnaires and the like: flat, typed, bounded. */
export const customFields = z
  .record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, "a field name of letters, digits, _ . - (64 at most)"),
    z.union([z.string().max(2000), storableNumber, z.boolean()]),
  )
  .refine((fields) => Object.keys(fields).length <= 50, { message: "at most 50 custom fields" });

const subject = z.string().trim().min(1).max(300);
const description = z.string().max(20_000);
const category = z.string().trim().min(1).max(100);
const queue = z.string().trim().min(1).max(100);

export const createCaseInput = z
  .object({
    customerId: z.string().min(1).max(64),
    subject,
    description: description.optional(),
    type: z.enum(caseTypes),
    category: category.optional(),
    priority: z.enum(casePriorities).default("normal"),
    channel: z.enum(caseChannels).default("web_form"),
    queue: queue.default(defaultQueue),
    customFields: customFields.optional(),
    /** Other cases this one relates to; each must exist. */
    relatedCaseIds: idList(20).optional(),
    /** Products, contracts or warranties of the same customer this case is about. */
    holdingIds: idList(20).optional(),
    /** Required for (and only for) a `vehicle_transfer` case: parties, vehicle, plate decision, sale. */
    transfer: transferInput.optional(),
  })
  .strict()
  .refine((value) => (value.type === "vehicle_transfer") === (value.transfer !== undefined), {
    message: "a vehicle_transfer case needs a transfer object, and only such a case takes one",
    path: ["transfer"],
  });

export type CreateCaseInput = z.input<typeof createCaseInput>;

/** One lifecycle step; the first entry (the case's creation) has no `from`. */
export const statusChange = z.object({
  from: z.enum(caseStatuses).optional(),
  to: z.enum(caseStatuses),
  at: z.iso.datetime(),
  by: z.string(),
  reason: z.string().optional(),
});

export type StatusChange = z.infer<typeof statusChange>;

export const caseView = z.object({
  id: z.string(),
  number: z.string().regex(/^CL-\d{6,}$/),
  customerId: z.string(),
  subject: z.string(),
  description: z.string().optional(),
  type: z.string(),
  category: z.string().optional(),
  priority: z.enum(casePriorities),
  channel: z.enum(caseChannels),
  status: z.enum(caseStatuses),
  queue: z.string(),
  assigneeId: z.string().optional(),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  relatedCaseIds: z.array(z.string()),
  holdingIds: z.array(z.string()),
  /** Oldest first; the SLA clocks are derived from it. */
  statusHistory: z.array(statusChange),
  /** Set while the case is resolved: the reopen window counts from it. */
  resolvedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  reopenCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});

export type CaseView = z.infer<typeof caseView>;

/**
 * A partial change to a case's fields; status moves only through transitions. An empty description
 * removes it; a null assignee unassigns the case.
 */
export const updateCaseInput = z
  .object({
    subject,
    description,
    category,
    priority: z.enum(casePriorities),
    queue,
    assigneeId: z.string().trim().min(1).max(128).nullable(),
  })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });

export type UpdateCaseInput = z.input<typeof updateCaseInput>;

export const transitionInput = z
  .object({ to: z.enum(caseStatuses), reason: z.string().trim().min(1).max(1000).optional() })
  .strict();

export type TransitionInput = z.input<typeof transitionInput>;

const bulkCaseIds = z
  .array(itemId)
  .min(1)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: "list each case once" });

/** What a supervisor applies to many cases at once; each value is validated once, for all of them. */
export const bulkInput = z.discriminatedUnion("action", [
  z
    .object({
      action: z.literal("assign"),
      caseIds: bulkCaseIds,
      value: z.string().trim().min(1).max(128).nullable().describe("The assignee; null unassigns"),
    })
    .strict(),
  z
    .object({
      action: z.literal("status"),
      caseIds: bulkCaseIds,
      value: z.enum(caseStatuses),
      reason: z.string().trim().min(1).max(1000).optional(),
    })
    .strict(),
  z.object({ action: z.literal("priority"), caseIds: bulkCaseIds, value: z.enum(casePriorities) }).strict(),
  z.object({ action: z.literal("queue"), caseIds: bulkCaseIds, value: queue }).strict(),
]);

export type BulkInput = z.input<typeof bulkInput>;
export type BulkAction = z.output<typeof bulkInput>;

const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
  })
  .catchall(z.unknown());

export const bulkResult = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      /** What this case's own request would have answered (500: failed on our side). */
      status: z.union([z.literal(200), z.literal(404), z.literal(409), z.literal(412), z.literal(422), z.literal(500)]),
      case: caseView.optional(),
      problem: problem.optional(),
    }),
  ),
});

export type BulkResult = z.infer<typeof bulkResult>;

export const listCasesQuery = z.object({ customerId: itemId });
