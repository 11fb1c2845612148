import { Customer } from "@caseline/core";
import { httpApi } from "../commons/http.js";
import { notYet } from "../commons/not-yet.js";

export const handler = httpApi("customers", {
  "PATCH /customers/{id}": notYet,
  "GET /customers/{id}/360": notYet,
  "POST /customers/{id}/merge": notYet,
  "POST /customers/{id}/products": notYet,
  "GET /customers/{id}/products": notYet,
  "POST /customers": async ({ app, meta, body }) => {
    const customer = await Customer.create(app, meta, body);
    return {
      status: 201,
      body: customer,
      headers: { location: `/customers/${customer.id}`, etag: `"${customer.version}"` },
    };
  },
  "GET /customers/{id}": async ({ app, params }) => {
    const customer = await Customer.get(app, params.id);
    return { status: 200, body: customer, headers: { etag: `"${customer.version}"` } };
  },
});
