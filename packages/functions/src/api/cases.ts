import { Case } from "@caseline/core";
import { httpApi } from "../commons/http.js";
import { notYet } from "../commons/not-yet.js";

export const handler = httpApi("cases", {
  "GET /cases": notYet,
  "PATCH /cases/{id}": notYet,
  "POST /cases/{id}/transitions": notYet,
  "POST /cases/bulk": notYet,
  "POST /cases": async ({ app, meta, body }) => {
    const opened = await Case.create(app, meta, body);
    return { status: 201, body: opened, headers: { location: `/cases/${opened.id}`, etag: `"${opened.version}"` } };
  },
  "GET /cases/{id}": async ({ app, params }) => {
    const found = await Case.get(app, params.id);
    return { status: 200, body: found, headers: { etag: `"${found.version}"` } };
  },
});
