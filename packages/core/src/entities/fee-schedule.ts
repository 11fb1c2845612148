import { Entity } from "electrodb";

export const feeScheduleKinds = ["vehicle_transfer"] as const;

/**
 * One version of a fee schedule: fixed fees and a tax rate on the price, in force from a date. Versions
 * are never changed; a new one is published instead. A transfer keeps the fees of the version in force
 * on the day it was submitted.
 */
export function feeScheduleEntity() {
  return new Entity({
    model: { entity: "feeSchedule", version: "1", service: "caseline" },
    attributes: {
      kind: { type: feeScheduleKinds, required: true, readOnly: true },
      /** 1, 2, 3...: zero-padded in `seq` so the key sorts. */
      versionNumber: { type: "number", required: true, readOnly: true },
      seq: { type: "string", required: true, readOnly: true },
      effectiveFrom: { type: "string", required: true, readOnly: true },
      terms: { type: "any", required: true, readOnly: true },
      createdAt: { type: "string", required: true, readOnly: true },
      createdBy: { type: "string", required: true, readOnly: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["kind"] }, sk: { field: "sk", composite: ["seq"] } },
    },
  });
}
