import { caseView } from "@caseline/core/cases/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import {
  assignPlateInput,
  createVehicleInput,
  documentActionInput,
  feeScheduleInput,
  feeScheduleView,
  issuePlateInput,
  lienInput,
  lienReleaseInput,
  plateHistoryView,
  plateView,
  transferOdometerInput,
  transferView,
  updateVehicleInput,
  vehicleHistoryView,
  vehicleView,
} from "@caseline/core/vehicles/schemas";
import { z } from "zod";
import type { Contract } from "./contract.js";
import { id, idParams } from "./ids.js";

const vinParams = z.object({ vin: z.string().min(1).max(40) });
const plateParams = z.object({ jurisdiction: z.string().min(1).max(10), number: z.string().min(1).max(16) });
const transferChanged = { description: "Changed; the transfer as it is now", schema: transferView };
const closed = { description: "The transfer is no longer open to changes (approved, completed, rejected, withdrawn)" };

export const vehiclesContracts = {
  "POST /vehicles": {
    body: createVehicleInput,
    idempotent: true,
    responses: {
      201: { description: "Registered; ETag and Location set", schema: vehicleView },
      400: { description: "Not a valid VIN under the office's rule (alphabet, check digit, pre-1981 lengths)" },
      409: { description: "A vehicle with this VIN is already registered" },
    },
  },
  "GET /vehicles/{vin}": {
    params: vinParams,
    responses: { 200: { description: "The vehicle; its ETag is the version for If-Match", schema: vehicleView } },
  },
  "PATCH /vehicles/{vin}": {
    params: vinParams,
    body: updateVehicleInput,
    versioned: true,
    responses: {
      200: { description: "Changed", schema: vehicleView },
      422: { description: "An odometer reading lower than the last one in the same unit" },
    },
  },
  "GET /vehicles/{vin}/history": {
    params: vinParams,
    responses: { 200: { description: "Owners and plates over time, oldest first", schema: vehicleHistoryView } },
  },
  "POST /plates": {
    body: issuePlateInput,
    idempotent: true,
    responses: {
      201: { description: "Issued", schema: plateView },
      409: { description: "The number exists in that jurisdiction, or the vehicle already carries a plate there" },
    },
  },
  "POST /plates/{jurisdiction}/{number}/assignment": {
    params: plateParams,
    body: assignPlateInput,
    responses: {
      200: { description: "The plate is on the vehicle now", schema: plateView },
      404: { description: "No such plate" },
      409: { description: "The vehicle already carries a plate in the jurisdiction, or the plate is surrendered" },
    },
  },
  "GET /plates/{jurisdiction}/{number}/history": {
    params: plateParams,
    responses: { 200: { description: "The plate and its assignments, oldest first", schema: plateHistoryView } },
  },
  "GET /fee-schedules": {
    query: pageQuery,
    responses: { 200: { description: "Versions, newest first", schema: pageOf(feeScheduleView) } },
  },
  "POST /fee-schedules": {
    body: feeScheduleInput,
    idempotent: true,
    responses: { 201: { description: "Published as the next version", schema: feeScheduleView } },
  },
  "GET /cases/{id}/transfer": {
    params: idParams,
    responses: { 200: { description: "The transfer, with what still blocks its approval", schema: transferView } },
  },
  "POST /cases/{id}/transfer/documents/{documentId}": {
    params: z.object({ id, documentId: id }),
    body: documentActionInput,
    responses: {
      200: transferChanged,
      404: { description: "No such document on this case's checklist (a document of another case included)" },
      409: { description: "Already received or verified, not yet received, or the transfer is closed to changes" },
    },
  },
  "POST /cases/{id}/transfer/odometer": {
    params: idParams,
    body: transferOdometerInput,
    responses: {
      200: transferChanged,
      409: closed,
      422: { description: "'exempt' for a vehicle that is not, or 'actual' below the last recorded reading" },
    },
  },
  "POST /cases/{id}/transfer/liens": {
    params: idParams,
    body: lienInput,
    responses: { 200: transferChanged, 409: closed },
  },
  "POST /cases/{id}/transfer/liens/{lienId}/release": {
    params: z.object({ id, lienId: id }),
    body: lienReleaseInput,
    responses: {
      200: transferChanged,
      409: { description: "Already released, or the transfer is closed to changes" },
      422: { description: "The lien's release document is not verified yet" },
    },
  },
  "POST /cases/{id}/transfer/complete": {
    params: idParams,
    versioned: true,
    responses: {
      200: {
        description: "Completed: the case (ETag set) and the transfer",
        schema: z.object({ case: caseView, transfer: transferView }),
      },
      409: { description: "Not approved, or the vehicle's owners or plates changed (another transfer completed)" },
    },
  },
} satisfies Record<string, Contract>;
