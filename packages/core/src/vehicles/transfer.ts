import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted, cancellationCode, retryingConflicts } from "../db/transactions.js";
import type { CaseItem, TransferItem } from "../entities/store.js";
import { Conflict, NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import {
  type DocumentActionInput,
  documentActionInput,
  type Lien,
  type LienInput,
  lienInput,
  lienReleaseInput,
  type OdometerDisclosure,
  type OdometerReadingView,
  type TransferDocument,
  type TransferOdometerInput,
  type TransferView,
  transferOdometerInput,
} from "./schemas.js";
import { disclosure, loadTransfer } from "./transfer-case.js";
import { editableStatuses, newLien, toTransferView } from "./transfer-rules.js";

export { complete } from "./complete.js";

/** A transfer case's own record (404 for a case that is not a transfer). */
export async function get(app: AppContext, caseId: string): Promise<TransferView> {
  return toTransferView(await loadTransfer(app, caseId));
}

type TransferSet = Pick<TransferItem, "documents" | "liens" | "odometer">;

const editable: readonly CaseItem["status"][] = editableStatuses;

/** How many times a command is re-applied when the transfer changed between its read and its write. */
const attempts = 3;

/**
 * Applies a change to a transfer while its case is still open for changes (submitted, documents
 * pending, under review). The transfer's version and the case's status are conditions of the write:
 * a change racing another is re-read and re-judged; one racing an approval or a close is refused.
 */
async function changeTransfer(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  change: string,
  apply: (transfer: TransferItem, kase: CaseItem, now: string) => Partial<TransferSet>,
): Promise<TransferView> {
  for (let attempt = 1; ; attempt++) {
    const [kase, transfer] = await Promise.all([
      app.store.entities.case.get({ caseId }).go(),
      loadTransfer(app, caseId).catch(() => undefined),
    ]);
    if (!kase.data || !transfer) throw new NotFound(`Case ${caseId} is not a vehicle transfer`, { caseId });
    if (!editable.includes(kase.data.status)) {
      throw new Conflict(`A ${kase.data.status} transfer can no longer change`, { current: kase.data.status });
    }
    const now = app.clock().toISOString();
    const set = { ...apply(transfer, kase.data, now), updatedAt: now, version: transfer.version + 1 };
    const after: TransferItem = { ...transfer, ...set };
    const view = toTransferView(after);
    const result = await retryingConflicts(() =>
      app.store.transaction
        .write(({ transfer: transfers, case: cases, audit, outbox }) => [
          transfers
            .patch({ caseId })
            .set(set)
            .where((attr, op) => op.eq(attr.version, transfer.version))
            .commit(),
          cases
            .check({ caseId })
            .where((attr, op) => editable.map((status) => op.eq(attr.status, status)).join(" OR "))
            .commit(),
          audit
            .create(
              auditEntryFor(meta, now, {
                entityType: "transfer",
                entityId: caseId,
                action: "update",
                before: toTransferView(transfer),
                after: view,
              }),
            )
            .commit(),
          outbox
            .create(outboxEventFor(meta, now, "transfer.updated", { caseId, change, version: after.version }))
            .commit(),
        ])
        .go(),
    );
    if (cancellationCode(result, 0) === "ConditionalCheckFailed" && attempt < attempts) continue;
    assertCommitted(result, [
      { conflict: "The transfer keeps changing under this request: read it again" },
      { conflict: "The case left the statuses in which its transfer may change" },
    ]);
    return view;
  }
}

function findDocument(transfer: TransferItem, documentId: string): TransferDocument {
  const document = (transfer.documents as TransferDocument[]).find((item) => item.id === documentId);
  if (!document) throw new NotFound(`Document ${documentId} is not on this transfer's checklist`, { documentId });
  return document;
}

/** Records a document as received, or as verified (after it was received), by whom and when. */
export async function recordDocument(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  documentId: string,
  input: DocumentActionInput,
): Promise<TransferView> {
  const action = documentActionInput.parse(input);
  return changeTransfer(app, meta, caseId, `document.${action.action}`, (transfer, _kase, now) => {
    const document = findDocument(transfer, documentId);
    if (action.action === "receive" && document.status !== "required") {
      throw new Conflict(`Document ${documentId} was already received`, { status: document.status });
    }
    if (action.action === "verify" && document.status !== "received") {
      throw new Conflict(
        document.status === "verified"
          ? `Document ${documentId} was already verified`
          : `Document ${documentId} must be received before it is verified`,
        { status: document.status },
      );
    }
    const changed: TransferDocument =
      action.action === "receive"
        ? { ...document, status: "received", receivedAt: now, receivedBy: meta.actor.sub }
        : { ...document, status: "verified", verifiedAt: now, verifiedBy: meta.actor.sub };
    if (action.reference) changed.reference = action.reference;
    return {
      documents: (transfer.documents as TransferDocument[]).map((item) => (item.id === documentId ? changed : item)),
    };
  });
}

/** Records (or corrects) the odometer disclosure; "exempt" only for a vehicle exempt by its model year. */
export async function discloseOdometer(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: TransferOdometerInput,
): Promise<TransferView> {
  const valid = transferOdometerInput.parse(input);
  const transfer = await loadTransfer(app, caseId);
  const { data: vehicle } = await app.store.entities.vehicle.get({ vin: transfer.vin }).go();
  const readings = (vehicle?.odometerReadings ?? []) as OdometerReadingView[];
  return changeTransfer(app, meta, caseId, "odometer", (current, _kase, now) => ({
    odometer: disclosure((current.odometer as OdometerDisclosure).exempt, valid, readings, meta, now),
  }));
}

/** Records a lien on the vehicle; its release document joins the checklist. */
export async function addLien(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  input: LienInput,
): Promise<TransferView> {
  const valid = lienInput.parse(input);
  const { lien, releaseDocument } = newLien(valid);
  return changeTransfer(app, meta, caseId, "lien.added", (transfer) => ({
    liens: [...(transfer.liens as Lien[]), lien],
    documents: [...(transfer.documents as TransferDocument[]), releaseDocument],
  }));
}

/** Releases a lien once its release document has been verified. */
export async function releaseLien(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  lienId: string,
  input: unknown,
): Promise<TransferView> {
  lienReleaseInput.parse(input ?? {});
  return changeTransfer(app, meta, caseId, "lien.released", (transfer, _kase, now) => {
    const liens = transfer.liens as Lien[];
    const lien = liens.find((item) => item.id === lienId);
    if (!lien) throw new NotFound(`Lien ${lienId} is not on this transfer`, { lienId });
    if (lien.releasedAt) throw new Conflict(`Lien ${lienId} was already released`);
    const release = findDocument(transfer, lien.releaseDocumentId);
    if (release.status !== "verified") {
      throw new Unprocessable(`Verify the lien's release document (${release.id}) before releasing it`, {
        documentId: release.id,
      });
    }
    return {
      liens: liens.map((item) =>
        item.id === lienId ? { ...item, releasedAt: now, releasedBy: meta.actor.sub } : item,
      ),
    };
  });
}
