import { etagOf } from "@caseline/core/db/versioned";
import * as Notifications from "@caseline/core/notifications/notifications";
import * as Queues from "@caseline/core/queues/queues";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("work", {
  "GET /queues": async ({ app }) => ({ status: 200, body: { items: await Queues.list(app) } }),
  "PUT /queues/{name}": async ({ app, meta, params, body, expectedVersion }) => {
    const stored = await Queues.put(app, meta, params.name, body, expectedVersion);
    return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
  },
  "GET /notifications": async ({ app, meta, query }) => ({
    status: 200,
    body: await Notifications.listFor(app, meta.actor.sub, query),
  }),
});
