import { etagOf } from "@caseline/core/db/versioned";
import * as FeeSchedules from "@caseline/core/vehicles/fee-schedules";
import * as Plates from "@caseline/core/vehicles/plates";
import * as Transfer from "@caseline/core/vehicles/transfer";
import * as Vehicle from "@caseline/core/vehicles/vehicles";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("vehicles", {
  "POST /vehicles": async ({ app, meta, body }) => {
    const vehicle = await Vehicle.register(app, meta, body);
    return {
      status: 201,
      body: vehicle,
      headers: { location: `/vehicles/${vehicle.vin}`, etag: etagOf(vehicle.version) },
    };
  },
  "GET /vehicles/{vin}": async ({ app, params }) => {
    const vehicle = await Vehicle.get(app, params.vin);
    return { status: 200, body: vehicle, headers: { etag: etagOf(vehicle.version) } };
  },
  "PATCH /vehicles/{vin}": async ({ app, meta, params, body, expectedVersion }) => {
    const vehicle = await Vehicle.update(app, meta, params.vin, body, expectedVersion);
    return { status: 200, body: vehicle, headers: { etag: etagOf(vehicle.version) } };
  },
  "GET /vehicles/{vin}/history": async ({ app, params }) => ({
    status: 200,
    body: await Vehicle.history(app, params.vin),
  }),
  "POST /plates": async ({ app, meta, body }) => {
    const plate = await Plates.issue(app, meta, body);
    return {
      status: 201,
      body: plate,
      headers: { location: `/plates/${plate.jurisdiction}/${plate.number}/history`, etag: etagOf(plate.version) },
    };
  },
  "POST /plates/{jurisdiction}/{number}/assignment": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Plates.assign(app, meta, params.jurisdiction, params.number, body),
  }),
  "GET /plates/{jurisdiction}/{number}/history": async ({ app, params }) => ({
    status: 200,
    body: await Plates.history(app, params.jurisdiction, params.number),
  }),
  "GET /fee-schedules": async ({ app, query }) => ({ status: 200, body: await FeeSchedules.list(app, query) }),
  "POST /fee-schedules": async ({ app, meta, body }) => ({
    status: 201,
    body: await FeeSchedules.publish(app, meta, body),
  }),
  "GET /cases/{id}/transfer": async ({ app, params }) => ({ status: 200, body: await Transfer.get(app, params.id) }),
  "POST /cases/{id}/transfer/documents/{documentId}": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Transfer.recordDocument(app, meta, params.id, params.documentId, body),
  }),
  "POST /cases/{id}/transfer/odometer": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Transfer.discloseOdometer(app, meta, params.id, body),
  }),
  "POST /cases/{id}/transfer/liens": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Transfer.addLien(app, meta, params.id, body),
  }),
  "POST /cases/{id}/transfer/liens/{lienId}/release": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Transfer.releaseLien(app, meta, params.id, params.lienId, body),
  }),
  "POST /cases/{id}/transfer/complete": async ({ app, meta, params, expectedVersion }) => {
    const done = await Transfer.complete(app, meta, params.id, expectedVersion);
    return { status: 200, body: done, headers: { etag: etagOf(done.case.version) } };
  },
});
