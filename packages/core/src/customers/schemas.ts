import { z } from "zod";
import { caseChannels } from "../entities/case.js";
import { customerKinds, customerStatuses, customerTiers } from "../entities/customer.js";
import { money } from "../money.js";
import { normalizePhone } from "./phones.js";

/** BCP 47 language tags of the common shapes (pt-BR, en, zh-Hant-TW). */
export const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "a BCP 47 language tag, like pt-BR");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code, like BR");
const isoDate = z.iso.date();

export const personNames = z
  .object({
    given: z.string().trim().min(1).max(100),
    middle: z.string().trim().min(1).max(100),
    family: z.string().trim().min(1).max(100),
    /** An organization's registered name, and the name it trades under. */
    legal: z.string().trim().min(1).max(200),
    trading: z.string().trim().min(1).max(200),
  })
  .partial()
  .strict();

const emailObject = z
  .object({
    address: z.email().max(254),
    label: z.enum(["home", "work", "other"]).default("other"),
    primary: z.boolean().default(false),
    verified: z.boolean().default(false),
  })
  .strict();
/** An email: a plain address, or the full object. Stored as the object, address lower-cased. */
export const emailInput = z
  .union([
    z
      .email()
      .max(254)
      .transform((address) => ({ address })),
    emailObject,
  ])
  .pipe(emailObject)
  .transform((email) => ({ ...email, address: email.address.trim().toLowerCase() }));

const phoneObject = z
  .object({
    number: z.string().min(3).max(40),
    label: z.enum(["mobile", "home", "work", "other"]).default("other"),
    primary: z.boolean().default(false),
  })
  .strict();
/**
 * A phone in any common format ("+55 11 98765-4321", "(202) 555-0143"), stored in E.164. Numbers
 * without a country code are read in `country` when given, else in the default region.
 */
export const phoneInput = z
  .union([
    z
      .string()
      .min(3)
      .max(40)
      .transform((number) => ({ number })),
    phoneObject.extend({ country: countryCode.optional() }),
  ])
  .pipe(phoneObject.extend({ country: countryCode.optional() }))
  .transform((phone, context) => {
    const number = normalizePhone(phone.number, phone.country);
    if (!number) {
      context.addIssue({ code: "custom", message: `not a valid phone number: ${phone.number}`, path: ["number"] });
      return z.NEVER;
    }
    return { number, label: phone.label, primary: phone.primary };
  });

export const postalAddress = z
  .object({
    label: z.enum(["home", "work", "billing", "shipping", "other"]).default("other"),
    lines: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().min(1).max(100).optional(),
    postalCode: z.string().trim().min(1).max(20).optional(),
    country: countryCode,
  })
  .strict();

export const consent = z
  .object({
    purpose: z.string().trim().min(1).max(100),
    status: z.enum(["granted", "withdrawn"]),
    grantedAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().optional(),
    source: z.string().trim().min(1).max(100),
  })
  .strict();

export const externalId = z
  .object({ system: z.string().trim().min(1).max(50), value: z.string().trim().min(1).max(100) })
  .strict();

const preferenceValue = z.union([z.string().max(200), z.number(), z.boolean()]);
export const preferences = z
  .object({
    contact: z
      .object({
        doNotCall: z.boolean(),
        doNotEmail: z.boolean(),
        doNotMail: z.boolean(),
        doNotSms: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    /** Free-form purchase preferences (preferred brand, delivery window...). */
    purchase: z.record(z.string().max(50), preferenceValue).optional(),
  })
  .strict();

export const demographics = z
  .object({
    birthDate: isoDate,
    gender: z.string().trim().min(1).max(50),
    occupation: z.string().trim().min(1).max(100),
    householdSize: z.number().int().min(1).max(50),
  })
  .partial()
  .strict();

const profileFields = {
  displayName: z.string().trim().min(1).max(200),
  names: personNames.optional(),
  emails: z.array(emailInput).max(10).optional(),
  phones: z.array(phoneInput).max(10).optional(),
  addresses: z.array(postalAddress).max(10).optional(),
  preferredChannel: z.enum(caseChannels).optional(),
  preferredLanguage: languageTag.optional(),
  tier: z.enum(customerTiers).optional(),
  creditLimit: money.optional(),
  preferences: preferences.optional(),
  consents: z.array(consent).max(50).optional(),
  externalIds: z.array(externalId).max(20).optional(),
  demographics: demographics.optional(),
};

export const createCustomerInput = z.object({ kind: z.enum(customerKinds), ...profileFields }).strict();
export type CreateCustomerInput = z.input<typeof createCustomerInput>;
export type ValidCustomerInput = z.output<typeof createCustomerInput>;

/** A partial change; a field set to null is removed (lists are replaced whole). */
export const updateCustomerInput = z
  .object(Object.fromEntries(Object.entries(profileFields).map(([name, schema]) => [name, schema.nullable()])))
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" })
  .refine((value) => value.displayName !== null && value.tier !== null, {
    message: "displayName and tier cannot be removed",
  });
export type UpdateCustomerInput = z.output<typeof updateCustomerInput>;

export const customerView = z.object({
  id: z.string(),
  kind: z.enum(customerKinds),
  status: z.enum(customerStatuses),
  mergedInto: z.string().optional(),
  displayName: z.string(),
  names: personNames.optional(),
  emails: z.array(emailObject),
  phones: z.array(phoneObject),
  addresses: z.array(postalAddress),
  preferredChannel: z.enum(caseChannels).optional(),
  preferredLanguage: z.string().optional(),
  tier: z.enum(customerTiers),
  creditLimit: money.optional(),
  preferences: preferences.optional(),
  consents: z.array(consent),
  externalIds: z.array(externalId),
  demographics: demographics.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  /** Fields this caller's role may not see, replaced by masks (see customers/classification.ts). */
  masked: z.array(z.string()).optional(),
});
export type CustomerView = z.infer<typeof customerView>;

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
    startDate: isoDate,
    endDate: isoDate.optional(),
    serviceLevel: z.string().trim().min(1).max(50).optional(),
    warrantyEnd: isoDate.optional(),
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
  /** Whether it is in force today (between its start and end dates). */
  active: z.boolean(),
});
export type HoldingView = z.infer<typeof holdingView>;
