import { etagOf } from "@caseline/core/db/versioned";
import * as Policies from "@caseline/core/sla/policies";
import { caseSla } from "@caseline/core/sla/sla";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("sla", {
  "POST /sla-policies": async ({ app, meta, body }) => {
    const created = await Policies.create(app, meta, body);
    return {
      status: 201,
      body: created,
      headers: { location: `/sla-policies/${created.id}`, etag: etagOf(created.version) },
    };
  },
  "GET /sla-policies": async ({ app }) => ({ status: 200, body: { items: await Policies.inOrder(app) } }),
  "GET /sla-policies/{id}": async ({ app, params }) => {
    const found = await Policies.get(app, params.id);
    return { status: 200, body: found, headers: { etag: etagOf(found.version) } };
  },
  "PUT /sla-policies/{id}": async ({ app, meta, params, body, expectedVersion }) => {
    const replaced = await Policies.replace(app, meta, params.id, body, expectedVersion);
    return { status: 200, body: replaced, headers: { etag: etagOf(replaced.version) } };
  },
  "DELETE /sla-policies/{id}": async ({ app, meta, params, expectedVersion }) => {
    await Policies.remove(app, meta, params.id, expectedVersion);
    return { status: 204 };
  },
  "GET /cases/{id}/sla": async ({ app, params }) => ({ status: 200, body: await caseSla(app, params.id) }),
});
