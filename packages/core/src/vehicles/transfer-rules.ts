import { ulid } from "ulidx";
import type { TransferItem } from "../entities/store.js";
import type {
  Lien,
  OdometerDisclosure,
  PlateDecision,
  TransferDocument,
  TransferFees,
  TransferView,
} from "./schemas.js";

/** While a transfer is in one of these, its documents, odometer disclosure and liens may change. */
export const editableStatuses = ["submitted", "documents_pending", "under_review"] as const;

/** The checklist a new transfer starts with: title, bill of sale, odometer statement, each party's identity. */
export function requiredDocuments(parties: { sellers: readonly string[]; buyers: readonly string[] }, exempt: boolean) {
  const document = (kind: TransferDocument["kind"], partyId?: string): TransferDocument => ({
    id: ulid(),
    kind,
    ...(partyId ? { partyId } : {}),
    status: "required",
  });
  return [
    document("title"),
    document("bill_of_sale"),
    // An exempt vehicle needs no odometer disclosure statement (49 CFR 580.17).
    ...(exempt ? [] : [document("odometer_statement")]),
    ...[...parties.sellers, ...parties.buyers].map((party) => document("identity", party)),
  ];
}

/** A lien and the release document it adds to the checklist. */
export function newLien(input: { holder: string; amount: Lien["amount"]; recordedOn: string }) {
  const releaseDocument: TransferDocument = { id: ulid(), kind: "lien_release", status: "required" };
  const lien: Lien = { id: ulid(), ...input, releaseDocumentId: releaseDocument.id };
  return { lien, releaseDocument: { ...releaseDocument, lienId: lien.id } };
}

/** Why this transfer may not be approved yet; empty when it may. */
export function approvalBlockers(transfer: Pick<TransferItem, "documents" | "liens" | "odometer">): string[] {
  const blockers: string[] = [];
  for (const document of transfer.documents as TransferDocument[]) {
    if (document.status !== "verified") {
      const whose = document.partyId ? ` of ${document.partyId}` : document.lienId ? ` of lien ${document.lienId}` : "";
      blockers.push(`document ${document.id} (${document.kind}${whose}) is not verified`);
    }
  }
  for (const lien of transfer.liens as Lien[]) {
    if (!lien.releasedAt) blockers.push(`lien ${lien.id} (${lien.holder}) is not released`);
  }
  const odometer = transfer.odometer as OdometerDisclosure;
  if (!odometer.exempt && odometer.status === undefined) blockers.push("the odometer disclosure is missing");
  return blockers;
}

export function toTransferView(item: TransferItem): TransferView {
  return {
    caseId: item.caseId,
    vin: item.vin,
    sellers: item.sellerIds,
    buyers: item.buyerIds,
    plateDecision: item.plateDecision as PlateDecision,
    saleDate: item.saleDate,
    price: item.price as TransferView["price"],
    odometer: item.odometer as OdometerDisclosure,
    liens: item.liens as Lien[],
    fees: item.fees as TransferFees,
    documents: item.documents as TransferDocument[],
    approvalBlockers: approvalBlockers(item),
    ...(item.completedAt ? { completedAt: item.completedAt } : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}
