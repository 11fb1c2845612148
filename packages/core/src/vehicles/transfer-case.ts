import type { z } from "zod";
import {
  type CaseGuard,
  type TransactionEntities,
  type TransactionItem,
  transactionItems,
} from "../cases/case-write.js";
import type { CaseStatus } from "../cases/lifecycle.js";
import type { createCaseInput } from "../cases/schemas.js";
import type { AppContext, RequestMeta } from "../context.js";
import type { CaseItem, TransferItem } from "../entities/store.js";
import { Conflict, NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor } from "../events/change.js";
import { inForce, toFeeScheduleView } from "./fee-schedules.js";
import { computeFees, type FeeScheduleTerms } from "./fees.js";
import { odometerExempt } from "./odometer.js";
import {
  normalizePlateNumber,
  type OdometerDisclosure,
  type OdometerReadingView,
  type PlateDecision,
  type TransferDocument,
  type TransferFees,
  type transferInput,
} from "./schemas.js";
import { approvalBlockers, newLien, requiredDocuments, toTransferView } from "./transfer-rules.js";
import { assertCustomersActive, currentOwnerships, loadVehicle, validVin, vinKey } from "./vehicles.js";

/** What a case type adds to its case's creation transaction, and why each added item may fail. */
export interface CaseTypeCreation {
  readonly items: (entities: TransactionEntities, context: { caseId: string; now: string }) => TransactionItem[];
  readonly reasons: readonly (string | { conflict: string } | undefined)[];
}

type ValidCase = z.output<typeof createCaseInput>;
type ValidTransfer = z.output<typeof transferInput>;

/** A VIN given in a transfer: a 17-character one is judged by the office's rule (400), any other by shape. */
export function transferVin(app: AppContext, text: string): string {
  const compact = text.replace(/[\s-]+/g, "");
  return compact.length === 17 ? validVin(app, text, undefined).vin : vinKey(text);
}

/** A disclosure may say "exempt" only for an exempt vehicle; an exempt vehicle may still disclose a reading. */
export function disclosure(
  exempt: boolean,
  input: { reading: number; unit: "km" | "mi"; status: NonNullable<OdometerDisclosure["status"]> },
  lastReadings: readonly OdometerReadingView[],
  meta: RequestMeta,
  now: string,
): OdometerDisclosure {
  if (input.status === "exempt" && !exempt) {
    throw new Unprocessable(
      "This vehicle is not exempt from odometer disclosure (49 CFR 580.17): disclose the reading",
    );
  }
  const last = lastReadings.filter((reading) => reading.unit === input.unit).at(-1);
  if (input.status === "actual" && last && input.reading < last.reading) {
    throw new Unprocessable(
      `The reading ${input.reading} ${input.unit} is below the last recorded one (${last.reading}): it cannot be disclosed as actual`,
      { last },
    );
  }
  return { exempt, ...input, recordedAt: now, recordedBy: meta.actor.sub };
}

/**
 * Validates a new transfer case before a case number is taken (bad input writes nothing): the vehicle
 * is registered, the sellers are exactly its current owners, the buyers are customers, the plate
 * decision names the plate the vehicle carries (or a new one not yet issued), the sale is not in the
 * future, and a fee schedule is in force. Returns what the case's transaction must also write.
 */
export async function prepareTransfer(app: AppContext, meta: RequestMeta, valid: ValidCase): Promise<CaseTypeCreation> {
  const input = valid.transfer as ValidTransfer;
  if (![...input.sellers, ...input.buyers].includes(valid.customerId)) {
    throw new Unprocessable("The case's customer must be one of the transfer's sellers or buyers", {
      customerId: valid.customerId,
    });
  }
  const vin = transferVin(app, input.vin);
  const today = app.clock().toISOString().slice(0, 10);
  if (input.saleDate > today) throw new Unprocessable(`The sale date ${input.saleDate} is in the future`);
  const [vehicle, owners, schedule] = await Promise.all([
    loadVehicle(app, vin).catch((error) => {
      throw error instanceof NotFound ? new Unprocessable(`Vehicle ${vin} is not registered`, { vin }) : error;
    }),
    currentOwnerships(app, vin),
    inForce(app, today),
    assertCustomersActive(app, input.buyers, "Buyer"),
  ]);
  const ownerIds = owners.map((owner) => owner.customerId);
  const sameParties = ownerIds.length === input.sellers.length && input.sellers.every((id) => ownerIds.includes(id));
  if (!sameParties) {
    throw new Unprocessable(
      `The sellers must be exactly the vehicle's current owners (${ownerIds.join(", ") || "none on record"})`,
      { currentOwners: ownerIds },
    );
  }
  const plateDecision = await checkPlateDecision(app, vin, input.plateDecision);
  const terms = schedule.terms as FeeScheduleTerms;
  if (terms.currency !== input.price.currency) {
    throw new Unprocessable(`The fee schedule in force charges in ${terms.currency}; give the price in it`);
  }
  const exempt = odometerExempt(vehicle.modelYear, input.saleDate);
  const readings = vehicle.odometerReadings as OdometerReadingView[];
  // Judged now, before a case number is taken; recorded with the transaction's instant below.
  if (input.odometer) disclosure(exempt, input.odometer, readings, meta, today);
  const fees: TransferFees = {
    scheduleVersion: toFeeScheduleView(schedule).version,
    effectiveFrom: schedule.effectiveFrom,
    ...computeFees(terms, { priceMinor: input.price.amountMinor, plateDecision: plateDecision.kind }),
  };
  const liens = (input.liens ?? []).map(newLien);
  // The case's own customer is already a condition of the case's transaction (one operation per item).
  const otherBuyers = input.buyers.filter((id) => id !== valid.customerId);
  const documents: TransferDocument[] = [
    ...requiredDocuments({ sellers: input.sellers, buyers: input.buyers }, exempt),
    ...liens.map((lien) => lien.releaseDocument),
  ];
  return {
    items: (entities, { caseId, now }) => {
      const item: TransferItem = {
        caseId,
        vin,
        sellerIds: input.sellers,
        buyerIds: input.buyers,
        plateDecision,
        saleDate: input.saleDate,
        price: input.price,
        odometer: input.odometer ? disclosure(exempt, input.odometer, readings, meta, now) : { exempt },
        liens: liens.map((lien) => lien.lien),
        fees,
        documents,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      return transactionItems([
        entities.transfer.create(item).commit(),
        entities.vehicle
          .check({ vin })
          .where((attr, op) => op.eq(attr.version, vehicle.version))
          .commit(),
        entities.audit
          .create(
            auditEntryFor(meta, now, {
              entityType: "transfer",
              entityId: caseId,
              action: "create",
              after: toTransferView(item),
            }),
          )
          .commit(),
        ...otherBuyers.map((customerId) =>
          entities.customer
            .check({ customerId })
            .where((attr, op) => `${op.exists(attr.customerId)} AND ${op.ne(attr.status, "merged")}`)
            .commit(),
        ),
        ...(plateDecision.plate
          ? [
              entities.plate
                .check(plateDecision.plate)
                .where((attr, op) => op.eq(attr.currentVin, vin))
                .commit(),
            ]
          : []),
      ]);
    },
    reasons: [
      { conflict: "A transfer for this case already exists" },
      { conflict: `Vehicle ${vin} changed while the transfer was being submitted: try again` },
      { conflict: "An audit entry with this id already exists" },
      ...otherBuyers.map((id) => `Buyer ${id} does not exist or was merged`),
      ...(plateDecision.plate
        ? [{ conflict: `The plate left vehicle ${vin} while the transfer was being submitted` }]
        : []),
    ],
  };
}

async function checkPlateDecision(
  app: AppContext,
  vin: string,
  decision: ValidTransfer["plateDecision"],
): Promise<PlateDecision> {
  if (decision.kind === "new_plate") {
    const newPlate = { ...decision.newPlate, number: normalizePlateNumber(decision.newPlate.number) };
    const { data } = await app.store.entities.plate
      .get({ jurisdiction: newPlate.jurisdiction, number: newPlate.number })
      .go();
    if (data) throw new Conflict(`Plate ${newPlate.number} (${newPlate.jurisdiction}) was already issued`);
    return { kind: "new_plate", newPlate };
  }
  const plate = { jurisdiction: decision.plate.jurisdiction, number: normalizePlateNumber(decision.plate.number) };
  const { data } = await app.store.entities.plate.get(plate).go();
  if (!data) throw new Unprocessable(`Plate ${plate.number} (${plate.jurisdiction}) was never issued`, plate);
  if (data.currentVin !== vin) {
    throw new Unprocessable(`Plate ${plate.number} (${plate.jurisdiction}) is not on vehicle ${vin}`, plate);
  }
  return { kind: decision.kind, plate };
}

export async function loadTransfer(app: AppContext, caseId: string): Promise<TransferItem> {
  const { data } = await app.store.entities.transfer.get({ caseId }).go();
  if (!data) throw new NotFound(`Case ${caseId} is not a vehicle transfer`, { caseId });
  return data;
}

/**
 * Approval needs every required document verified, no unreleased lien and the odometer disclosed
 * (422 listing what is missing). The transfer's version is a condition of the approval's transaction,
 * so a document or lien change that lands meanwhile makes the approval fail rather than slip by.
 */
export async function transferTransitionGuard(
  app: AppContext,
  current: CaseItem,
  to: CaseStatus,
): Promise<CaseGuard | undefined> {
  if (to !== "approved") return undefined;
  const transfer = await loadTransfer(app, current.caseId);
  const blockers = approvalBlockers(transfer);
  if (blockers.length > 0) {
    throw new Unprocessable(`The transfer cannot be approved yet: ${blockers.join("; ")}`, { blockers });
  }
  return {
    items: (entities) => [
      entities.transfer
        .check({ caseId: current.caseId })
        .where((attr, op) => op.eq(attr.version, transfer.version))
        .commit(),
    ],
    conflict: "The transfer changed while it was being approved: read it again",
  };
}
