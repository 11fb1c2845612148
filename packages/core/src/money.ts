import { z } from "zod";

/**
 * Money everywhere: integer minor units and an ISO 4217 code (`{"amountMinor":1250,"currency":"BRL"}`),
 * never a float. The code is checked against the runtime's list of ISO 4217 currencies.
 */
const currencies = new Set(Intl.supportedValuesOf("currency"));

export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, "an ISO 4217 currency code, like BRL")
  .refine((code) => currencies.has(code), "not an ISO 4217 currency code");

export const money = z
  .object({
    amountMinor: z
      .number()
      .int()
      .min(-(2 ** 53 - 1))
      .max(2 ** 53 - 1),
    currency: currencyCode,
  })
  .strict();
export type Money = z.infer<typeof money>;
