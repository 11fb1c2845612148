import { httpApi } from "../commons/http.js";
import { notYet } from "../commons/not-yet.js";

export const handler = httpApi("search", {
  "GET /search": notYet,
});
