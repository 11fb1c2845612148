import { httpApi } from "../commons/http.js";
import { notYet } from "../commons/not-yet.js";

export const handler = httpApi("portal", {
  "GET /portal/cases": notYet,
  "POST /portal/cases": notYet,
  "GET /portal/cases/{id}": notYet,
  "POST /portal/cases/{id}/messages": notYet,
});
