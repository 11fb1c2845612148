import { Case } from "@caseline/core";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("cases", {
  "POST /cases": async ({ app, meta, body }) => {
    const opened = await Case.create(app, meta, body);
    return { status: 201, body: opened, headers: { location: `/cases/${opened.id}`, etag: `"${opened.version}"` } };
  },
  "GET /cases/{id}": async ({ app, params }) => {
    const found = await Case.get(app, params.id);
    return { status: 200, body: found, headers: { etag: `"${found.version}"` } };
  },
});
