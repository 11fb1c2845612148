import { etagOf } from "@caseline/core/db/versioned";
import * as Calendars from "@caseline/core/sla/calendars";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("calendars", {
  "POST /calendars": async ({ app, meta, body }) => {
    const created = await Calendars.create(app, meta, body);
    return {
      status: 201,
      body: created,
      headers: { location: `/calendars/${created.id}`, etag: etagOf(created.version) },
    };
  },
  "GET /calendars": async ({ app, query }) => ({ status: 200, body: await Calendars.list(app, query) }),
  "GET /calendars/{id}": async ({ app, params }) => {
    const found = await Calendars.get(app, params.id);
    return { status: 200, body: found, headers: { etag: etagOf(found.version) } };
  },
  "PUT /calendars/{id}": async ({ app, meta, params, body, expectedVersion }) => {
    const replaced = await Calendars.replace(app, meta, params.id, body, expectedVersion);
    return { status: 200, body: replaced, headers: { etag: etagOf(replaced.version) } };
  },
  "DELETE /calendars/{id}": async ({ app, meta, params, expectedVersion }) => {
    await Calendars.remove(app, meta, params.id, expectedVersion);
    return { status: 204 };
  },
  "POST /calendars/{id}/business-time": async ({ app, params, body }) => ({
    status: 200,
    body: await Calendars.businessTime(app, params.id, body),
  }),
});
