import { find } from "@caseline/core/search/search";
import { httpApi } from "../commons/http.js";

export const handler = httpApi("search", {
  "GET /search": async ({ app, query }) => ({
    status: 200,
    body: { query: query.q, items: await find(app, query.q, query.limit) },
  }),
});
