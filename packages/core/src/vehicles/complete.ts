import { loadAt, transactionItems } from "../cases/case-write.js";
import type { CaseView, StatusChange } from "../cases/schemas.js";
import { historyOf, toView as toCaseView } from "../cases/view.js";
import type { AppContext, RequestMeta } from "../context.js";
import { cancellationCode, retryingConflicts } from "../db/transactions.js";
import type { CaseItem, OwnershipItem, PlateItem, TransferItem, VehicleItem } from "../entities/store.js";
import { Conflict, NotFound, PreconditionFailed, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import type { OdometerDisclosure, OdometerReadingView, PlateDecision, TransferView } from "./schemas.js";
import { plateSearchEntry, vehicleLabel } from "./search-entries.js";
import { loadTransfer } from "./transfer-case.js";
import { approvalBlockers, toTransferView } from "./transfer-rules.js";
import { currentOwnerships, currentSlots, loadVehicle } from "./vehicles.js";

export interface Completion {
  readonly case: CaseView;
  readonly transfer: TransferView;
}

/**
 * Completes an approved transfer in ONE transaction: the sellers' ownership ends and the buyers'
 * begins, the plate follows the plate decision, the disclosed odometer reading joins the vehicle's,
 * the case closes as completed, and every change has its audit entry. The vehicle's version is a
 * condition, so of two transfers of one vehicle racing to complete, exactly one commits.
 */
export async function complete(
  app: AppContext,
  meta: RequestMeta,
  caseId: string,
  expectedVersion: number,
): Promise<Completion> {
  const current = await loadAt(app, caseId, expectedVersion);
  if (current.type !== "vehicle_transfer") throw new NotFound(`Case ${caseId} is not a vehicle transfer`, { caseId });
  if (current.status !== "approved") {
    throw new Conflict(`A ${current.status} transfer cannot be completed: it must be approved first`, {
      current: current.status,
    });
  }
  const transfer = await loadTransfer(app, caseId);
  const blockers = approvalBlockers(transfer);
  if (blockers.length > 0)
    throw new Unprocessable(`The transfer cannot complete: ${blockers.join("; ")}`, { blockers });
  const [vehicle, owners, slots] = await Promise.all([
    loadVehicle(app, transfer.vin),
    currentOwnerships(app, transfer.vin),
    currentSlots(app, transfer.vin),
  ]);
  const ownerIds = owners.map((owner) => owner.customerId);
  if (ownerIds.length !== transfer.sellerIds.length || !transfer.sellerIds.every((id) => ownerIds.includes(id))) {
    throw new Conflict(
      `The sellers are no longer the owners of vehicle ${transfer.vin}: another transfer completed first`,
      {
        currentOwners: ownerIds,
      },
    );
  }
  const decision = transfer.plateDecision as PlateDecision;
  const plates = await platesOf(app, decision, slots);
  const now = app.clock().toISOString();
  const write = plan(meta, now, { current, transfer, vehicle, owners, decision, plates });
  const result = await retryingConflicts(() => app.store.transaction.write(write.items).go());
  if (!result.canceled) return { case: write.caseView, transfer: write.transferView };
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    const { data } = await app.store.entities.case.get({ caseId }).go();
    if (!data) throw new NotFound(`Case ${caseId} does not exist`, { caseId });
    throw new PreconditionFailed(
      `Case ${caseId} is at version ${data.version}, not ${expectedVersion}: read it again`,
      {
        currentVersion: data.version,
      },
    );
  }
  const codes = result.data.map((item) => (item as { code?: string } | undefined)?.code ?? "None");
  if (codes.includes("ConditionalCheckFailed")) {
    throw new Conflict(
      `Vehicle ${transfer.vin}, its owners or its plates changed while this transfer was completing (another transfer may have completed first): read it again`,
    );
  }
  throw new Error(`Transfer completion cancelled: ${codes.join(", ")}`);
}

interface PlateState {
  /** The plate the decision names (kept or transferred), as read. */
  readonly named?: PlateItem;
  /** For a new plate: the plate the vehicle carries in that jurisdiction now, which is surrendered. */
  readonly replaced?: PlateItem;
}

async function platesOf(
  app: AppContext,
  decision: PlateDecision,
  slots: readonly { jurisdiction: string; number: string }[],
): Promise<PlateState> {
  const get = async (key: { jurisdiction: string; number: string }) =>
    (await app.store.entities.plate.get(key).go()).data;
  if (decision.plate) {
    const named = await get(decision.plate);
    if (!named || named.currentVin === undefined) {
      throw new Conflict(`Plate ${decision.plate.number} is no longer on the vehicle`);
    }
    return { named };
  }
  const newPlate = decision.newPlate;
  if (!newPlate) return {};
  if (await get(newPlate))
    throw new Conflict(`Plate ${newPlate.number} (${newPlate.jurisdiction}) was issued meanwhile`);
  const slot = slots.find((item) => item.jurisdiction === newPlate.jurisdiction);
  const replaced = slot ? await get({ jurisdiction: slot.jurisdiction, number: slot.number }) : undefined;
  return replaced ? { replaced } : {};
}

interface CompletionState {
  readonly current: CaseItem;
  readonly transfer: TransferItem;
  readonly vehicle: VehicleItem;
  readonly owners: readonly OwnershipItem[];
  readonly decision: PlateDecision;
  readonly plates: PlateState;
}

/** Everything the completion writes, in order: the case first (its version decides 412). */
function plan(meta: RequestMeta, now: string, state: CompletionState) {
  const { current, transfer, vehicle, owners, decision, plates } = state;
  const { caseId } = current;
  const vin = transfer.vin;
  const step: StatusChange = { from: current.status, to: "completed", at: now, by: meta.actor.sub };
  const caseSet = {
    status: "completed" as const,
    statusHistory: [...historyOf(current), step],
    closedAt: now,
    updatedAt: now,
    version: current.version + 1,
  };
  const caseView = toCaseView({ ...current, ...caseSet });
  const transferAfter: TransferItem = { ...transfer, completedAt: now, updatedAt: now, version: transfer.version + 1 };
  const transferView = toTransferView(transferAfter);
  const odometer = transfer.odometer as OdometerDisclosure;
  const readings = vehicle.odometerReadings as OdometerReadingView[];
  const vehicleSet = {
    ...(odometer.reading !== undefined && odometer.unit
      ? {
          odometerReadings: [
            ...readings,
            { reading: odometer.reading, unit: odometer.unit, readAt: now, source: "transfer" as const, caseId },
          ],
        }
      : {}),
    updatedAt: now,
    version: vehicle.version + 1,
  };
  const label = vehicleLabel(vehicle);
  const buyers: OwnershipItem[] = transfer.buyerIds.map((customerId, index) => ({
    vin,
    customerId,
    role: index === 0 ? "owner" : "co_owner",
    from: now,
    acquiredBy: "transfer",
    caseId,
    saleDate: transfer.saleDate,
    vehicleLabel: label,
  }));
  const newPlate: PlateItem | undefined = decision.newPlate
    ? {
        jurisdiction: decision.newPlate.jurisdiction,
        number: decision.newPlate.number,
        display: decision.newPlate.number,
        type: decision.newPlate.type,
        status: "assigned",
        currentVin: vin,
        currentFrom: now,
        holderIds: transfer.buyerIds,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }
    : undefined;

  const items = (entities: Parameters<Parameters<AppContext["store"]["transaction"]["write"]>[0]>[0]) => {
    const { plate, plateAssignment, plateSlot, ownership } = entities;
    /** Takes a plate off this vehicle: ends its assignment and frees the vehicle's slot. */
    const detach = (item: PlateItem, status: "held" | "surrendered", holderIds: string[]) => [
      plate
        .patch({ jurisdiction: item.jurisdiction, number: item.number })
        .set({ status, holderIds, updatedAt: now, version: item.version + 1 })
        .remove(["currentVin", "currentFrom"])
        .where((attr, op) => `${op.eq(attr.currentVin, vin)} AND ${op.eq(attr.version, item.version)}`)
        .commit(),
      plateAssignment
        .patch({ jurisdiction: item.jurisdiction, number: item.number, vin, from: item.currentFrom ?? "" })
        .set({ to: now, endedByCaseId: caseId })
        .where((attr, op) => op.notExists(attr.to))
        .commit(),
    ];
    const plateItems = (() => {
      if (decision.kind === "transferred_with_vehicle" && plates.named) {
        const named = plates.named;
        return [
          plate
            .patch({ jurisdiction: named.jurisdiction, number: named.number })
            .set({ holderIds: transfer.buyerIds, updatedAt: now, version: named.version + 1 })
            .where((attr, op) => `${op.eq(attr.currentVin, vin)} AND ${op.eq(attr.version, named.version)}`)
            .commit(),
        ];
      }
      if (decision.kind === "kept_by_seller" && plates.named) {
        const named = plates.named;
        return [
          ...detach(named, "held", transfer.sellerIds),
          plateSlot
            .delete({ vin, jurisdiction: named.jurisdiction })
            .where((attr, op) => op.eq(attr.number, named.number))
            .commit(),
        ];
      }
      if (newPlate) {
        const replaced = plates.replaced;
        const slotKey = { vin, jurisdiction: newPlate.jurisdiction };
        return [
          ...(replaced ? detach(replaced, "surrendered", []) : []),
          replaced
            ? plateSlot
                .patch(slotKey)
                .set({ number: newPlate.number, from: now })
                .where((attr, op) => op.eq(attr.number, replaced.number))
                .commit()
            : plateSlot.create({ ...slotKey, number: newPlate.number, from: now }).commit(),
          plate.create(newPlate).commit(),
          plateAssignment
            .create({ jurisdiction: newPlate.jurisdiction, number: newPlate.number, vin, from: now, caseId })
            .commit(),
          entities.search.put(plateSearchEntry(newPlate)).commit(),
        ];
      }
      return [];
    })();
    return transactionItems([
      entities.case
        .patch({ caseId })
        .set(caseSet)
        .where((attr, op) => `${op.eq(attr.version, current.version)} AND ${op.eq(attr.status, "approved")}`)
        .commit(),
      entities.transfer
        .patch({ caseId })
        .set({ completedAt: now, updatedAt: now, version: transferAfter.version })
        .where((attr, op) => op.eq(attr.version, transfer.version))
        .commit(),
      entities.vehicle
        .patch({ vin })
        .set(vehicleSet)
        .where((attr, op) => op.eq(attr.version, vehicle.version))
        .commit(),
      ...owners.map((owned) =>
        ownership
          .patch({ vin, from: owned.from, customerId: owned.customerId })
          .set({ to: now, endedByCaseId: caseId })
          .where((attr, op) => op.notExists(attr.to))
          .commit(),
      ),
      ...buyers.map((owned) => ownership.create(owned).commit()),
      ...plateItems,
      entities.audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "case",
            entityId: caseId,
            action: "transition",
            before: toCaseView(current),
            after: caseView,
          }),
        )
        .commit(),
      entities.audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "transfer",
            entityId: caseId,
            action: "update",
            before: toTransferView(transfer),
            after: transferView,
          }),
        )
        .commit(),
      entities.audit
        .create(
          auditEntryFor(meta, now, {
            entityType: "vehicle",
            entityId: vin,
            action: "update",
            before: { owners: owners.map((owned) => owned.customerId) },
            after: { owners: transfer.buyerIds, plateDecision: decision, caseId },
          }),
        )
        .commit(),
      entities.outbox
        .create(
          outboxEventFor(meta, now, "case.status_changed", {
            caseId,
            from: current.status,
            to: "completed",
            at: now,
            version: caseSet.version,
          }),
        )
        .commit(),
      entities.outbox
        .create(
          outboxEventFor(meta, now, "transfer.completed", {
            caseId,
            vin,
            sellerIds: transfer.sellerIds,
            buyerIds: transfer.buyerIds,
            plateDecision: decision.kind,
            at: now,
          }),
        )
        .commit(),
    ]);
  };
  return { items, caseView, transferView };
}
