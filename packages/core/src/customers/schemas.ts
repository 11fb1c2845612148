import { z } from "zod";
import { customerKinds, customerTiers } from "../entities/customer.js";

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "a phone number in E.164 form, like +5511987654321");
/** BCP 47 language tags of the common shapes (pt-BR, en, zh-Hant-TW). */
const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "a BCP 47 language tag, like pt-BR");

export const createCustomerInput = z
  .object({
    kind: z.enum(customerKinds),
    displayName: z.string().trim().min(1).max(200),
    emails: z.array(z.email().max(254)).max(10).default([]),
    phones: z.array(e164).max(10).default([]),
    preferredLanguage: languageTag.optional(),
    tier: z.enum(customerTiers).default("standard"),
  })
  .strict();

export type CreateCustomerInput = z.input<typeof createCustomerInput>;

export const customerView = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  displayName: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  preferredLanguage: z.string().optional(),
  tier: z.enum(customerTiers),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});

export type CustomerView = z.infer<typeof customerView>;

export const updateCustomerInput = createCustomerInput
  .omit({ kind: true })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });

export const mergeInput = z.object({ duplicateId: z.string().min(1).max(64) }).strict();

export const mergeResult = z.object({
  survivorId: z.string(),
  duplicateId: z.string(),
  moved: z.object({ cases: z.number().int(), interactions: z.number().int(), holdings: z.number().int() }),
});

export const createHoldingInput = z
  .object({
    kind: z.enum(["product", "service", "contract", "entitlement", "warranty"]),
    productCode: z.string().trim().min(1).max(64),
    productName: z.string().trim().min(1).max(200),
    reference: z.string().trim().min(1).max(100).optional(),
    startDate: z.iso.date(),
    endDate: z.iso.date().optional(),
    serviceLevel: z.string().trim().min(1).max(50).optional(),
    warrantyEnd: z.iso.date().optional(),
  })
  .strict()
  .refine((value) => !value.endDate || value.endDate >= value.startDate, {
    message: "endDate must not be before startDate",
    path: ["endDate"],
  });

export const holdingView = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.string(),
  productCode: z.string(),
  productName: z.string(),
  reference: z.string().optional(),
  startDate: z.string(),
  endDate: z.string().optional(),
  serviceLevel: z.string().optional(),
  warrantyEnd: z.string().optional(),
  active: z.boolean(),
});
