import { trail } from "@caseline/core/audit/audit";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("audit", {
  "GET /audit": async ({ app, query }) => ({
    status: 200,
    body: await trail(app, { entityType: query.entityType, entityId: query.entityId }, query),
  }),
});
