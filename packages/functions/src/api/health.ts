import { httpApi } from "../commons/http.js";
import { openApiDocument } from "./openapi-document.js";

export const handler = httpApi("health", {
  "GET /health": async () => ({ status: 200, body: { status: "ok" } }),
  "GET /openapi.json": async () => ({ status: 200, body: openApiDocument() }),
});
