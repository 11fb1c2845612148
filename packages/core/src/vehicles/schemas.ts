import { z } from "zod";
import { plateStatuses, plateTypes } from "../entities/plate.js";
import { currencyCode, money } from "../money.js";
import { odometerStatuses, odometerUnits } from "./odometer.js";

const customerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9A-Za-z_-]+$/, "an id of letters, digits, - and _");
const label = z.string().trim().min(1).max(100);
export const isoDate = z.iso.date();

/** A VIN as typed; its rules (alphabet, check digit, pre-1981 lengths) are judged by vehicles/vin.ts. */
export const vinText = z.string().trim().min(1).max(40);

/** ISO 3166-1 alpha-2, optionally with a subdivision (ISO 3166-2): "US-CA", "BR-SP", "DE". */
export const jurisdiction = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "a jurisdiction like US-CA or BR-SP"));

/** A plate number in any spacing or case ("abc 1234", "ABC-1234"); stored upper-cased without either. */
export function normalizePlateNumber(text: string): string {
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

export const plateNumber = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .refine((value) => /^[A-Z0-9]{1,10}$/.test(normalizePlateNumber(value)), {
    message: "1 to 10 letters and digits (spaces and dashes are ignored)",
  });

export const plateRef = z.object({ jurisdiction, number: plateNumber }).strict();

const odometerReading = z.number().int().min(0).max(99_999_999);

export const odometerInput = z
  .object({
    reading: odometerReading,
    unit: z.enum(odometerUnits),
    readAt: z.iso.datetime().optional(),
  })
  .strict();

const ownerList = z
  .array(customerId)
  .min(1)
  .max(4)
  .refine((ids) => new Set(ids).size === ids.length, { message: "list each party once" });

export const createVehicleInput = z
  .object({
    vin: vinText,
    make: label,
    model: label,
    modelYear: z.number().int().min(1886).max(2100),
    colour: label.optional(),
    bodyType: label.optional(),
    odometer: odometerInput.optional(),
    /** The owners on record when the vehicle is registered (customers); the first is the owner, others co-owners. */
    owners: ownerList.optional(),
  })
  .strict();
export type CreateVehicleInput = z.input<typeof createVehicleInput>;

export const updateVehicleInput = z
  .object({
    make: label,
    model: label,
    colour: label,
    bodyType: label,
    /** Appends a reading; one lower than the last in the same unit is refused. */
    odometer: odometerInput,
  })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });
export type UpdateVehicleInput = z.input<typeof updateVehicleInput>;

export const issuePlateInput = z
  .object({
    jurisdiction,
    number: plateNumber,
    type: z.enum(plateTypes).default("standard"),
    /** Put the plate on this vehicle at once. */
    vin: vinText.optional(),
  })
  .strict();
export type IssuePlateInput = z.input<typeof issuePlateInput>;

export const assignPlateInput = z.object({ vin: vinText }).strict();

export const plateDecisionKinds = ["kept_by_seller", "transferred_with_vehicle", "new_plate"] as const;

export const plateDecisionInput = z.discriminatedUnion("kind", [
  /** The plate comes off the vehicle and stays with the seller(s). */
  z.object({ kind: z.literal("kept_by_seller"), plate: plateRef }).strict(),
  /** The plate stays on the vehicle and passes to the buyer(s). */
  z.object({ kind: z.literal("transferred_with_vehicle"), plate: plateRef }).strict(),
  /** A new plate is issued onto the vehicle; one it carries in that jurisdiction is surrendered. */
  z
    .object({
      kind: z.literal("new_plate"),
      newPlate: z.object({ jurisdiction, number: plateNumber, type: z.enum(plateTypes).default("standard") }).strict(),
    })
    .strict(),
]);

export const transferOdometerInput = z
  .object({ reading: odometerReading, unit: z.enum(odometerUnits), status: z.enum(odometerStatuses) })
  .strict();
export type TransferOdometerInput = z.input<typeof transferOdometerInput>;

const nonNegativeMoney = money.refine((value) => value.amountMinor >= 0, { message: "an amount of 0 or more" });

export const lienInput = z
  .object({ holder: z.string().trim().min(1).max(200), amount: nonNegativeMoney, recordedOn: isoDate })
  .strict();
export type LienInput = z.input<typeof lienInput>;

/** The `transfer` object of `POST /cases` with `"type": "vehicle_transfer"`. */
export const transferInput = z
  .object({
    vin: vinText,
    /** Every current owner of the vehicle (co-owners included) sells. */
    sellers: ownerList,
    buyers: ownerList,
    plateDecision: plateDecisionInput,
    saleDate: isoDate,
    price: nonNegativeMoney,
    odometer: transferOdometerInput.optional(),
    liens: z.array(lienInput).max(5).optional(),
  })
  .strict()
  .refine((value) => !value.buyers.some((buyer) => value.sellers.includes(buyer)), {
    message: "a buyer cannot also be a seller",
    path: ["buyers"],
  });
export type TransferInput = z.input<typeof transferInput>;

export const documentActionInput = z
  .object({
    action: z.enum(["receive", "verify"]),
    /** The document's own number or a note on where it is kept. */
    reference: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type DocumentActionInput = z.input<typeof documentActionInput>;

export const lienReleaseInput = z.object({ note: z.string().trim().min(1).max(1000).optional() }).strict();

export const feeScheduleInput = z
  .object({
    effectiveFrom: isoDate,
    currency: currencyCode,
    fees: z
      .array(
        z
          .object({
            code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "a code of lower-case letters, digits and _"),
            label,
            amountMinor: z.number().int().min(0).max(1e12),
            plateDecision: z.enum(plateDecisionKinds).optional(),
          })
          .strict(),
      )
      .max(20)
      .refine((fees) => new Set(fees.map((fee) => fee.code)).size === fees.length, {
        message: "each fee code once",
      }),
    tax: z
      .object({
        code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        label,
        /** 625 = 6.25 % of the price. */
        rateBasisPoints: z.number().int().min(0).max(10_000),
      })
      .strict()
      .optional(),
  })
  .strict();
export type FeeScheduleInput = z.input<typeof feeScheduleInput>;

// ---- views -------------------------------------------------------------------------------------

export const odometerReadingView = z.object({
  reading: z.number().int(),
  unit: z.enum(odometerUnits),
  readAt: z.iso.datetime(),
  source: z.enum(["registration", "update", "transfer"]),
  caseId: z.string().optional(),
});
export type OdometerReadingView = z.infer<typeof odometerReadingView>;

export const vinDecodeView = z.object({
  wmi: z.string(),
  region: z.string(),
  country: z.string().optional(),
  manufacturer: z.string().optional(),
  descriptor: z.string(),
  checkDigit: z.string(),
  checkDigitValid: z.boolean(),
  modelYearCode: z.string(),
  modelYearCandidates: z.array(z.number().int()),
  modelYear: z.number().int().optional(),
  plantCode: z.string(),
  serialNumber: z.string(),
});

export const vehicleView = z.object({
  vin: z.string(),
  /** False for a pre-1981 VIN in its manufacturer's own format. */
  standardVin: z.boolean(),
  make: z.string(),
  model: z.string(),
  modelYear: z.number().int(),
  colour: z.string().optional(),
  bodyType: z.string().optional(),
  decoded: vinDecodeView.optional(),
  odometerReadings: z.array(odometerReadingView),
  currentOwners: z.array(z.object({ customerId: z.string(), role: z.enum(["owner", "co_owner"]), from: z.string() })),
  currentPlates: z.array(z.object({ jurisdiction: z.string(), number: z.string(), from: z.string() })),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type VehicleView = z.infer<typeof vehicleView>;

export const ownershipView = z.object({
  vin: z.string(),
  customerId: z.string(),
  role: z.enum(["owner", "co_owner"]),
  from: z.iso.datetime(),
  to: z.iso.datetime().optional(),
  acquiredBy: z.enum(["registration", "transfer"]),
  caseId: z.string().optional(),
  endedByCaseId: z.string().optional(),
  saleDate: z.string().optional(),
  vehicleLabel: z.string(),
});
export type OwnershipView = z.infer<typeof ownershipView>;

export const plateAssignmentView = z.object({
  jurisdiction: z.string(),
  number: z.string(),
  vin: z.string(),
  from: z.iso.datetime(),
  to: z.iso.datetime().optional(),
  caseId: z.string().optional(),
  endedByCaseId: z.string().optional(),
});
export type PlateAssignmentView = z.infer<typeof plateAssignmentView>;

export const vehicleHistoryView = z.object({
  vin: z.string(),
  /** Every ownership, oldest first. */
  owners: z.array(ownershipView),
  /** Every plate the vehicle carried, oldest first. */
  plates: z.array(plateAssignmentView),
  /** Every transfer case of the vehicle, oldest first. */
  transferCaseIds: z.array(z.string()),
});
export type VehicleHistoryView = z.infer<typeof vehicleHistoryView>;

export const plateView = z.object({
  jurisdiction: z.string(),
  number: z.string(),
  display: z.string(),
  type: z.enum(plateTypes),
  status: z.enum(plateStatuses),
  currentVin: z.string().optional(),
  holderIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type PlateView = z.infer<typeof plateView>;

export const plateHistoryView = z.object({
  plate: plateView,
  /** Every vehicle that carried the plate, oldest first. */
  assignments: z.array(plateAssignmentView),
});
export type PlateHistoryView = z.infer<typeof plateHistoryView>;

export const feeScheduleView = z.object({
  version: z.number().int(),
  effectiveFrom: isoDate,
  currency: z.string(),
  fees: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      amountMinor: z.number().int(),
      plateDecision: z.string().optional(),
    }),
  ),
  tax: z.object({ code: z.string(), label: z.string(), rateBasisPoints: z.number().int() }).optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
});
export type FeeScheduleView = z.infer<typeof feeScheduleView>;

export const documentKinds = ["title", "bill_of_sale", "odometer_statement", "lien_release", "identity"] as const;

export const transferDocumentView = z.object({
  id: z.string(),
  kind: z.enum(documentKinds),
  /** For identity documents: the party; for lien releases: the lien. */
  partyId: z.string().optional(),
  lienId: z.string().optional(),
  status: z.enum(["required", "received", "verified"]),
  reference: z.string().optional(),
  receivedAt: z.iso.datetime().optional(),
  receivedBy: z.string().optional(),
  verifiedAt: z.iso.datetime().optional(),
  verifiedBy: z.string().optional(),
});
export type TransferDocument = z.infer<typeof transferDocumentView>;

export const lienView = z.object({
  id: z.string(),
  holder: z.string(),
  amount: money,
  recordedOn: isoDate,
  releaseDocumentId: z.string(),
  releasedAt: z.iso.datetime().optional(),
  releasedBy: z.string().optional(),
});
export type Lien = z.infer<typeof lienView>;

export const odometerDisclosureView = z.object({
  /** Computed from the model year and the sale date (49 CFR 580.17). */
  exempt: z.boolean(),
  reading: z.number().int().optional(),
  unit: z.enum(odometerUnits).optional(),
  status: z.enum(odometerStatuses).optional(),
  recordedAt: z.iso.datetime().optional(),
  recordedBy: z.string().optional(),
});
export type OdometerDisclosure = z.infer<typeof odometerDisclosureView>;

export const feeLineView = z.object({ code: z.string(), label: z.string(), amount: money });

export const transferFeesView = z.object({
  scheduleVersion: z.number().int(),
  effectiveFrom: isoDate,
  lines: z.array(feeLineView),
  total: money,
});
export type TransferFees = z.infer<typeof transferFeesView>;

export const plateDecisionView = z.object({
  kind: z.enum(plateDecisionKinds),
  plate: z.object({ jurisdiction: z.string(), number: z.string() }).optional(),
  newPlate: z.object({ jurisdiction: z.string(), number: z.string(), type: z.enum(plateTypes) }).optional(),
});
export type PlateDecision = z.infer<typeof plateDecisionView>;

export const transferView = z.object({
  caseId: z.string(),
  vin: z.string(),
  sellers: z.array(z.string()),
  buyers: z.array(z.string()),
  plateDecision: plateDecisionView,
  saleDate: isoDate,
  price: money,
  odometer: odometerDisclosureView,
  liens: z.array(lienView),
  fees: transferFeesView,
  documents: z.array(transferDocumentView),
  /** What still stands between the transfer and its approval (empty when it may be approved). */
  approvalBlockers: z.array(z.string()),
  completedAt: z.iso.datetime().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type TransferView = z.infer<typeof transferView>;
