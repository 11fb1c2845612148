import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted, cancellationCode, retryingConflicts } from "../db/transactions.js";
import type { PlateItem } from "../entities/store.js";
import { Conflict, InvalidInput, NotFound, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import {
  assignPlateInput,
  type IssuePlateInput,
  issuePlateInput,
  jurisdiction as jurisdictionSchema,
  normalizePlateNumber,
  type PlateHistoryView,
  type PlateView,
  plateNumber,
} from "./schemas.js";
import { plateSearchEntry } from "./search-entries.js";
import { currentOwnerships, loadVehicle, toAssignmentView, vinKey } from "./vehicles.js";

export function toPlateView(item: PlateItem): PlateView {
  return {
    jurisdiction: item.jurisdiction,
    number: item.number,
    display: item.display,
    type: item.type,
    status: item.status,
    ...(item.currentVin ? { currentVin: item.currentVin } : {}),
    holderIds: item.holderIds ?? [],
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/** A plate's key from a path: jurisdiction upper-cased, number without spaces or dashes (400 if malformed). */
export function plateKey(jurisdiction: string, number: string) {
  const j = jurisdictionSchema.safeParse(jurisdiction);
  const n = plateNumber.safeParse(number);
  if (!j.success || !n.success) throw new InvalidInput(`Not a plate: ${jurisdiction}/${number}`);
  return { jurisdiction: j.data, number: normalizePlateNumber(n.data) };
}

export async function loadPlate(app: AppContext, key: { jurisdiction: string; number: string }): Promise<PlateItem> {
  const { data } = await app.store.entities.plate.get(key).go();
  if (!data) throw new NotFound(`Plate ${key.number} (${key.jurisdiction}) was never issued`, key);
  return data;
}

/** The plate the vehicle carries in `jurisdiction` now, if any. */
async function slotOf(app: AppContext, vin: string, jurisdiction: string) {
  const { data } = await app.store.entities.plateSlot.get({ vin, jurisdiction }).go();
  return data;
}

/**
 * Issues a plate, optionally straight onto a vehicle. The plate's creation condition makes a number
 * unique per jurisdiction; the vehicle's slot for the jurisdiction makes it carry one plate there.
 */
export async function issue(app: AppContext, meta: RequestMeta, input: IssuePlateInput): Promise<PlateView> {
  const valid = issuePlateInput.parse(input);
  const key = { jurisdiction: valid.jurisdiction, number: normalizePlateNumber(valid.number) };
  const vin = valid.vin === undefined ? undefined : vinKey(valid.vin);
  if (meta.idempotency) {
    const prior = await priorResult<PlateView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const [existing, owners, slot] = await Promise.all([
    app.store.entities.plate.get(key).go(),
    vin
      ? loadVehicle(app, vin).then(
          () => currentOwnerships(app, vin),
          () => {
            throw new Unprocessable(`Vehicle ${vin} is not registered`, { vin });
          },
        )
      : [],
    vin ? slotOf(app, vin, key.jurisdiction) : undefined,
  ]);
  if (existing.data) throw new Conflict(`Plate ${key.number} (${key.jurisdiction}) already exists`, key);
  if (slot) {
    throw new Conflict(`Vehicle ${vin} already carries plate ${slot.number} in ${key.jurisdiction}`, {
      vin,
      plate: slot.number,
    });
  }
  const now = app.clock().toISOString();
  const item: PlateItem = {
    ...key,
    display: valid.number.trim().toUpperCase(),
    type: valid.type,
    status: vin ? "assigned" : "available",
    ...(vin ? { currentVin: vin, currentFrom: now } : {}),
    holderIds: owners.map((owner) => owner.customerId),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const view = toPlateView(item);
  const { idempotency } = meta;
  const result = await retryingConflicts(() =>
    app.store.transaction
      .write(({ plate, plateAssignment, plateSlot, vehicle, search, audit, outbox, idempotency: records }) => [
        plate.create(item).commit(),
        audit
          .create(
            auditEntryFor(meta, now, {
              entityType: "plate",
              entityId: `${key.jurisdiction}/${key.number}`,
              action: "create",
              after: view,
            }),
          )
          .commit(),
        outbox.create(outboxEventFor(meta, now, "plate.issued", { ...key, ...(vin ? { vin } : {}) })).commit(),
        ...(idempotency
          ? [
              records
                .create(
                  idempotencyRecord(idempotency, now, {
                    type: "plate",
                    id: `${key.jurisdiction}/${key.number}`,
                    status: 201,
                    body: view,
                  }),
                )
                .commit(),
            ]
          : []),
        search.put(plateSearchEntry(item)).commit(),
        ...(vin
          ? [
              plateSlot.create({ vin, jurisdiction: key.jurisdiction, number: key.number, from: now }).commit(),
              plateAssignment.create({ ...key, vin, from: now }).commit(),
              vehicle
                .check({ vin })
                .where((attr, op) => op.exists(attr.vin))
                .commit(),
            ]
          : []),
      ])
      .go(),
  );
  const replay = await replayIfKeyTaken<PlateView>(app, idempotency, result, 3);
  if (replay) return replay;
  if (cancellationCode(result, 0) === "ConditionalCheckFailed") {
    throw new Conflict(`Plate ${key.number} (${key.jurisdiction}) already exists`, key);
  }
  const slotIndex = idempotency ? 5 : 4;
  if (vin && cancellationCode(result, slotIndex) === "ConditionalCheckFailed") {
    throw new Conflict(`Vehicle ${vin} already carries a plate in ${key.jurisdiction}`, { vin });
  }
  assertCommitted(result, []);
  return view;
}

/**
 * Puts an issued plate on a vehicle. A plate on another vehicle leaves it (its assignment ends at the
 * same instant); the plate's version and the vehicle's slot for the jurisdiction are the conditions,
 * so two racing assignments of one plate, or of two plates to one vehicle, cannot both commit.
 */
export async function assign(
  app: AppContext,
  meta: RequestMeta,
  jurisdiction: string,
  number: string,
  input: unknown,
): Promise<PlateView> {
  const key = plateKey(jurisdiction, number);
  const vin = vinKey(assignPlateInput.parse(input).vin);
  const [current, owners, slot] = await Promise.all([
    loadPlate(app, key),
    loadVehicle(app, vin).then(
      () => currentOwnerships(app, vin),
      () => {
        throw new Unprocessable(`Vehicle ${vin} is not registered`, { vin });
      },
    ),
    slotOf(app, vin, key.jurisdiction),
  ]);
  if (current.status === "surrendered" || current.status === "cancelled") {
    throw new Conflict(`Plate ${key.number} (${key.jurisdiction}) is ${current.status}`, { status: current.status });
  }
  if (current.currentVin === vin) throw new Conflict(`Plate ${key.number} is already on vehicle ${vin}`);
  if (slot) {
    throw new Conflict(`Vehicle ${vin} already carries plate ${slot.number} in ${key.jurisdiction}`, {
      vin,
      plate: slot.number,
    });
  }
  const now = app.clock().toISOString();
  const after: PlateItem = {
    ...current,
    status: "assigned",
    currentVin: vin,
    currentFrom: now,
    holderIds: owners.map((owner) => owner.customerId),
    updatedAt: now,
    version: current.version + 1,
  };
  const previous =
    current.currentVin && current.currentFrom ? { vin: current.currentVin, from: current.currentFrom } : undefined;
  const entityId = `${key.jurisdiction}/${key.number}`;
  const result = await retryingConflicts(() =>
    app.store.transaction
      .write(({ plate, plateAssignment, plateSlot, vehicle, audit, outbox }) => [
        plate
          .patch(key)
          .set({
            status: "assigned",
            currentVin: vin,
            currentFrom: now,
            holderIds: after.holderIds ?? [],
            updatedAt: now,
            version: after.version,
          })
          .where((attr, op) => op.eq(attr.version, current.version))
          .commit(),
        plateSlot.create({ vin, jurisdiction: key.jurisdiction, number: key.number, from: now }).commit(),
        plateAssignment.create({ ...key, vin, from: now }).commit(),
        vehicle
          .check({ vin })
          .where((attr, op) => op.exists(attr.vin))
          .commit(),
        audit
          .create(
            auditEntryFor(meta, now, {
              entityType: "plate",
              entityId,
              action: "update",
              before: toPlateView(current),
              after: toPlateView(after),
            }),
          )
          .commit(),
        outbox
          .create(
            outboxEventFor(meta, now, "plate.assigned", {
              ...key,
              vin,
              ...(previous ? { fromVin: previous.vin } : {}),
              at: now,
            }),
          )
          .commit(),
        ...(previous
          ? [
              plateAssignment
                .patch({ ...key, vin: previous.vin, from: previous.from })
                .set({ to: now })
                .where((attr, op) => op.notExists(attr.to))
                .commit(),
              plateSlot
                .delete({ vin: previous.vin, jurisdiction: key.jurisdiction })
                .where((attr, op) => op.eq(attr.number, key.number))
                .commit(),
            ]
          : []),
      ])
      .go(),
  );
  if (cancellationCode(result, 1) === "ConditionalCheckFailed") {
    throw new Conflict(`Vehicle ${vin} already carries a plate in ${key.jurisdiction}`, { vin });
  }
  assertCommitted(result, [
    { conflict: `Plate ${key.number} changed while it was being assigned: read it again` },
    undefined,
    { conflict: "This assignment already exists" },
    `Vehicle ${vin} is not registered`,
  ]);
  return toPlateView(after);
}

/** The plate and every vehicle that carried it, oldest first: one Get and one Query on its partition. */
export async function history(app: AppContext, jurisdiction: string, number: string): Promise<PlateHistoryView> {
  const key = plateKey(jurisdiction, number);
  const [plate, assignments] = await Promise.all([
    loadPlate(app, key),
    app.store.entities.plateAssignment.query.byPlate(key).go({ pages: "all" }),
  ]);
  return { plate: toPlateView(plate), assignments: assignments.data.map(toAssignmentView) };
}
