import { httpApi } from "../commons/http.js";
import { notYet } from "../commons/not-yet.js";

export const handler = httpApi("interactions", {
  "POST /cases/{id}/interactions": notYet,
  "GET /cases/{id}/timeline": notYet,
  "POST /customers/{id}/interactions": notYet,
  "GET /customers/{id}/timeline": notYet,
});
