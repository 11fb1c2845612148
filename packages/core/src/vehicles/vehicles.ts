import type { AppContext, RequestMeta } from "../context.js";
import { assertCommitted, retryingConflicts } from "../db/transactions.js";
import type { OwnershipItem, PlateAssignmentItem, PlateSlotItem, VehicleItem } from "../entities/store.js";
import { Conflict, InvalidInput, NotFound, PreconditionFailed, Unprocessable } from "../errors.js";
import { auditEntryFor, outboxEventFor } from "../events/change.js";
import { idempotencyRecord, priorResult, replayIfKeyTaken } from "../idempotency.js";
import {
  type CreateVehicleInput,
  createVehicleInput,
  type OdometerReadingView,
  type OwnershipView,
  type PlateAssignmentView,
  type UpdateVehicleInput,
  updateVehicleInput,
  type VehicleHistoryView,
  type VehicleView,
  vinDecodeView,
} from "./schemas.js";
import { vehicleLabel, vehicleSearchEntries } from "./search-entries.js";
import { checkVin, decodeVin, defaultVinRule, normalizeVin } from "./vin.js";

/** A VIN as the office's rule accepts it (400 otherwise): normalized, with whether it is standard. */
export function validVin(app: AppContext, text: string, modelYear: number | undefined) {
  const result = checkVin(text, modelYear, app.settings.vinRule ?? defaultVinRule);
  if (!result.ok) throw new InvalidInput(`Invalid VIN: ${result.reason}`, { vin: text });
  return result;
}

/** A VIN in a path or a reference: only its shape is judged (the stored vehicle passed every rule). */
export function vinKey(text: string): string {
  const vin = normalizeVin(text);
  if (!/^[A-Z0-9]{5,17}$/.test(vin)) throw new InvalidInput(`Invalid VIN: ${text}`, { vin: text });
  return vin;
}

export function toOwnershipView(item: OwnershipItem): OwnershipView {
  return {
    vin: item.vin,
    customerId: item.customerId,
    role: item.role,
    from: item.from,
    ...(item.to ? { to: item.to } : {}),
    acquiredBy: item.acquiredBy,
    ...(item.caseId ? { caseId: item.caseId } : {}),
    ...(item.endedByCaseId ? { endedByCaseId: item.endedByCaseId } : {}),
    ...(item.saleDate ? { saleDate: item.saleDate } : {}),
    vehicleLabel: item.vehicleLabel,
  };
}

export function toAssignmentView(item: PlateAssignmentItem): PlateAssignmentView {
  return {
    jurisdiction: item.jurisdiction,
    number: item.number,
    vin: item.vin,
    from: item.from,
    ...(item.to ? { to: item.to } : {}),
    ...(item.caseId ? { caseId: item.caseId } : {}),
    ...(item.endedByCaseId ? { endedByCaseId: item.endedByCaseId } : {}),
  };
}

function toView(item: VehicleItem, owners: readonly OwnershipItem[], slots: readonly PlateSlotItem[]): VehicleView {
  const decoded = item.decoded ? vinDecodeView.parse(item.decoded) : undefined;
  return {
    vin: item.vin,
    standardVin: item.standardVin,
    make: item.make,
    model: item.model,
    modelYear: item.modelYear,
    ...(item.colour ? { colour: item.colour } : {}),
    ...(item.bodyType ? { bodyType: item.bodyType } : {}),
    ...(decoded ? { decoded } : {}),
    odometerReadings: item.odometerReadings as OdometerReadingView[],
    currentOwners: owners
      .filter((owner) => !owner.to)
      .map((owner) => ({ customerId: owner.customerId, role: owner.role, from: owner.from })),
    currentPlates: slots.map((slot) => ({ jurisdiction: slot.jurisdiction, number: slot.number, from: slot.from })),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/** Every customer in `ids` exists and is not a merged tombstone (422 naming the first that is not). */
export async function assertCustomersActive(app: AppContext, ids: readonly string[], role: string): Promise<void> {
  const found = await Promise.all(
    ids.map((customerId) =>
      app.store.entities.customer.get({ customerId }).go({ attributes: ["customerId", "status", "mergedInto"] }),
    ),
  );
  found.forEach(({ data }, index) => {
    const customerId = ids[index];
    if (!data) throw new Unprocessable(`${role} ${customerId} is not a customer`, { customerId });
    if (data.status === "merged") {
      throw new Unprocessable(`${role} ${customerId} was merged into ${data.mergedInto}: use that one`, {
        customerId,
        mergedInto: data.mergedInto,
      });
    }
  });
}

/**
 * Registers a vehicle by VIN, with its owners on record and its search entries, in one transaction.
 * A VIN already registered is a 409; owners must be existing customers.
 */
export async function register(app: AppContext, meta: RequestMeta, input: CreateVehicleInput): Promise<VehicleView> {
  const valid = createVehicleInput.parse(input);
  const { vin, standard } = validVin(app, valid.vin, valid.modelYear);
  if (meta.idempotency) {
    const prior = await priorResult<VehicleView>(app, meta.idempotency);
    if (prior) return prior.body;
  }
  const owners = valid.owners ?? [];
  await assertCustomersActive(app, owners, "Owner");
  const now = app.clock().toISOString();
  const decoded = standard ? decodeVin(vin, valid.modelYear) : undefined;
  const item: VehicleItem = {
    vin,
    standardVin: standard,
    make: valid.make,
    model: valid.model,
    modelYear: valid.modelYear,
    ...(valid.colour ? { colour: valid.colour } : {}),
    ...(valid.bodyType ? { bodyType: valid.bodyType } : {}),
    ...(decoded ? { decoded } : {}),
    odometerReadings: valid.odometer
      ? [{ ...valid.odometer, readAt: valid.odometer.readAt ?? now, source: "registration" }]
      : [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const ownerships: OwnershipItem[] = owners.map((customerId, index) => ({
    vin,
    customerId,
    role: index === 0 ? "owner" : "co_owner",
    from: now,
    acquiredBy: "registration",
    vehicleLabel: vehicleLabel(item),
  }));
  const view = toView(item, ownerships, []);
  const { idempotency } = meta;
  const result = await retryingConflicts(() =>
    app.store.transaction
      .write(({ vehicle, ownership, customer, search, audit, outbox, idempotency: records }) => [
        vehicle.create(item).commit(),
        audit
          .create(auditEntryFor(meta, now, { entityType: "vehicle", entityId: vin, action: "create", after: view }))
          .commit(),
        outbox
          .create(
            outboxEventFor(meta, now, "vehicle.registered", {
              vin,
              modelYear: item.modelYear,
              ownerIds: [...owners],
            }),
          )
          .commit(),
        ...(idempotency
          ? [
              records
                .create(idempotencyRecord(idempotency, now, { type: "vehicle", id: vin, status: 201, body: view }))
                .commit(),
            ]
          : []),
        ...ownerships.map((owned) => ownership.create(owned).commit()),
        ...owners.map((customerId) =>
          customer
            .check({ customerId })
            .where((attr, op) => `${op.exists(attr.customerId)} AND ${op.ne(attr.status, "merged")}`)
            .commit(),
        ),
        ...vehicleSearchEntries(item).map((entry) => search.put(entry).commit()),
      ])
      .go(),
  );
  const replay = await replayIfKeyTaken<VehicleView>(app, idempotency, result, 3);
  if (replay) return replay;
  if (result.canceled && (result.data[0] as { code?: string } | undefined)?.code === "ConditionalCheckFailed") {
    throw new Conflict(`Vehicle ${vin} is already registered`, { vin });
  }
  const keyed = idempotency ? 4 : 3;
  assertCommitted(
    result,
    [
      undefined,
      { conflict: "An audit entry with this id already exists" },
      { conflict: "An event with this id already exists" },
      ...(idempotency ? [{ conflict: "This Idempotency-Key is being used by another request" }] : []),
      ...ownerships.map(() => ({ conflict: "An ownership with this key already exists" })),
      ...owners.map((customerId) => `Owner ${customerId} does not exist or was merged`),
    ].slice(0, keyed + ownerships.length + owners.length),
  );
  return view;
}

export async function loadVehicle(app: AppContext, vin: string): Promise<VehicleItem> {
  const { data } = await app.store.entities.vehicle.get({ vin }).go();
  if (!data) throw new NotFound(`Vehicle ${vin} is not registered`, { vin });
  return data;
}

/** The vehicle's current owners (ownerships without an end), oldest first. */
export async function currentOwnerships(app: AppContext, vin: string): Promise<OwnershipItem[]> {
  const { data } = await app.store.entities.ownership.query.byVehicle({ vin }).go({ pages: "all" });
  return data.filter((item) => !item.to);
}

export async function currentSlots(app: AppContext, vin: string): Promise<PlateSlotItem[]> {
  const { data } = await app.store.entities.plateSlot.query.record({ vin }).go({ pages: "all" });
  return data;
}

/** The vehicle with its current owners and plates: three Queries/Gets run together. */
export async function get(app: AppContext, vinText: string): Promise<VehicleView> {
  const vin = vinKey(vinText);
  const [item, owners, slots] = await Promise.all([
    loadVehicle(app, vin),
    currentOwnerships(app, vin),
    currentSlots(app, vin),
  ]);
  return toView(item, owners, slots);
}

/**
 * PATCH: changes the descriptive fields and appends an odometer reading, at the version the caller
 * read (If-Match). A reading lower than the last one in the same unit is refused (422): a rollback is
 * disclosed through a transfer's odometer statement, not typed over.
 */
export async function update(
  app: AppContext,
  meta: RequestMeta,
  vinText: string,
  input: UpdateVehicleInput,
  expectedVersion: number,
): Promise<VehicleView> {
  const change = updateVehicleInput.parse(input);
  const vin = vinKey(vinText);
  const current = await loadVehicle(app, vin);
  if (current.version !== expectedVersion) {
    throw new PreconditionFailed(
      `Vehicle ${vin} is at version ${current.version}, not ${expectedVersion}: read it again`,
      {
        currentVersion: current.version,
      },
    );
  }
  const now = app.clock().toISOString();
  const readings = current.odometerReadings as OdometerReadingView[];
  if (change.odometer) {
    const last = readings.filter((reading) => reading.unit === change.odometer?.unit).at(-1);
    if (last && change.odometer.reading < last.reading) {
      throw new Unprocessable(
        `Odometer reading ${change.odometer.reading} ${change.odometer.unit} is lower than the last one (${last.reading})`,
        { last },
      );
    }
  }
  const set = {
    ...(change.make ? { make: change.make } : {}),
    ...(change.model ? { model: change.model } : {}),
    ...(change.colour ? { colour: change.colour } : {}),
    ...(change.bodyType ? { bodyType: change.bodyType } : {}),
    ...(change.odometer
      ? {
          odometerReadings: [
            ...readings,
            { ...change.odometer, readAt: change.odometer.readAt ?? now, source: "update" as const },
          ],
        }
      : {}),
    updatedAt: now,
    version: current.version + 1,
  };
  const after: VehicleItem = { ...current, ...set };
  const [owners, slots] = await Promise.all([currentOwnerships(app, vin), currentSlots(app, vin)]);
  const before = toView(current, owners, slots);
  const view = toView(after, owners, slots);
  const relabel = vehicleLabel(after) !== vehicleLabel(current);
  const result = await app.store.transaction
    .write(({ vehicle, audit, outbox, search }) => [
      vehicle
        .patch({ vin })
        .set(set)
        .where((attr, op) => op.eq(attr.version, expectedVersion))
        .commit(),
      audit
        .create(
          auditEntryFor(meta, now, { entityType: "vehicle", entityId: vin, action: "update", before, after: view }),
        )
        .commit(),
      outbox
        .create(
          outboxEventFor(meta, now, "vehicle.updated", {
            vin,
            changed: Object.keys(change),
            version: after.version,
          }),
        )
        .commit(),
      ...(relabel ? vehicleSearchEntries(after).map((entry) => search.put(entry).commit()) : []),
    ])
    .go();
  if (result.canceled) {
    const now2 = await app.store.entities.vehicle.get({ vin }).go();
    if (!now2.data) throw new NotFound(`Vehicle ${vin} is not registered`, { vin });
    throw new PreconditionFailed(`Vehicle ${vin} is at version ${now2.data.version}, not ${expectedVersion}`, {
      currentVersion: now2.data.version,
    });
  }
  return view;
}

/** Owners and plates over time, oldest first, and the vehicle's transfer cases: three Queries run together. */
export async function history(app: AppContext, vinText: string): Promise<VehicleHistoryView> {
  const vin = vinKey(vinText);
  const [, owners, plates, transfers] = await Promise.all([
    loadVehicle(app, vin),
    app.store.entities.ownership.query.byVehicle({ vin }).go({ pages: "all" }),
    app.store.entities.plateAssignment.query.byVehicle({ vin }).go({ pages: "all" }),
    app.store.entities.transfer.query.byVehicle({ vin }).go({ pages: "all", attributes: ["caseId", "createdAt"] }),
  ]);
  return {
    vin,
    owners: owners.data.map(toOwnershipView),
    plates: plates.data.map(toAssignmentView),
    transferCaseIds: transfers.data.map((item) => item.caseId),
  };
}
