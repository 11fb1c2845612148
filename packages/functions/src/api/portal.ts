import * as Portal from "@caseline/core/portal/portal";
import { httpApi } from "../commons/http.js";

// Every operation takes the customer from the verified token (meta.actor), never from the request.
export const handler = httpApi("portal", {
  "GET /portal/cases": async ({ app, meta, query }) => ({
    status: 200,
    body: await Portal.listCases(app, meta.actor, query),
  }),
  "POST /portal/cases": async ({ app, meta, body }) => {
    const submitted = await Portal.submitCase(app, meta, body);
    return { status: 201, body: submitted, headers: { location: `/portal/cases/${submitted.id}` } };
  },
  "GET /portal/cases/{id}": async ({ app, meta, params }) => ({
    status: 200,
    body: await Portal.getCase(app, meta.actor, params.id),
  }),
  "POST /portal/cases/{id}/messages": async ({ app, meta, params, body }) => {
    const sent = await Portal.sendMessage(app, meta, params.id, body);
    return { status: 201, body: sent, headers: { location: `/portal/cases/${params.id}` } };
  },
});
