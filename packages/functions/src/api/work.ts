import { etagOf } from "@caseline/core/db/versioned";
import * as Notifications from "@caseline/core/notifications/notifications";
import * as Queues from "@caseline/core/queues/queues";
import * as Work from "@caseline/core/queues/work";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("work", {
  "GET /queues": async ({ app }) => ({ status: 200, body: { items: await Queues.list(app) } }),
  "PUT /queues/{name}": async ({ app, meta, params, body, expectedVersion }) => {
    const stored = await Queues.put(app, meta, params.name, body, expectedVersion);
    return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
  },
  "GET /queues/{name}/cases": async ({ app, params, query }) => ({
    status: 200,
    body: await Work.queueCases(app, params.name, query),
  }),
  "GET /agents/{id}/cases": async ({ app, meta, params, query }) => ({
    status: 200,
    body: await Work.assigneeCases(app, params.id === "me" ? meta.actor.sub : params.id, query),
  }),
  "GET /queue-board": async ({ app, query }) => ({ status: 200, body: await Work.board(app, query) }),
  "GET /notifications": async ({ app, meta, query }) => ({
    status: 200,
    body: await Notifications.listFor(app, meta.actor.sub, query),
  }),
});
