import type { AppContext, RequestMeta } from "@caseline/core";
import { Customer } from "@caseline/core";
import { maskCustomer } from "@caseline/core/customers/classification";
import { customer360 } from "@caseline/core/customers/customer360";
import * as Holdings from "@caseline/core/customers/holdings";
import { merge } from "@caseline/core/customers/merge";
import type { CustomerView } from "@caseline/core/customers/schemas";
import { etagOf } from "@caseline/core/db/versioned";
import { httpApi } from "../commons/http.js";

/** What the caller's roles may see of a customer: masking happens here, at the edge, by one rule. */
function visible(app: AppContext, meta: RequestMeta, view: CustomerView): CustomerView {
  return maskCustomer(view, meta.actor.roles, app.settings.fieldGrants);
}

/** A merged customer answers with a permanent redirect to the customer it became. */
function redirectIfMerged(view: CustomerView | null, path: (survivorId: string) => string) {
  if (view?.status !== "merged" || !view.mergedInto) return undefined;
  return { status: 308, headers: { location: path(view.mergedInto) }, body: { mergedInto: view.mergedInto } };
}

export const handler = httpApi("customers", {
  "POST /customers": async ({ app, meta, body }) => {
    const created = await Customer.create(app, meta, body);
    return {
      status: 201,
      body: visible(app, meta, created),
      headers: { location: `/customers/${created.id}`, etag: etagOf(created.version) },
    };
  },
  "GET /customers/{id}": async ({ app, meta, params }) => {
    const found = await Customer.get(app, params.id);
    return (
      redirectIfMerged(found, (id) => `/customers/${id}`) ?? {
        status: 200,
        body: visible(app, meta, found),
        headers: { etag: etagOf(found.version) },
      }
    );
  },
  "PATCH /customers/{id}": async ({ app, meta, params, body, expectedVersion }) => {
    const changed = await Customer.update(app, meta, params.id, body, expectedVersion);
    return { status: 200, body: visible(app, meta, changed), headers: { etag: etagOf(changed.version) } };
  },
  "GET /customers/{id}/360": async ({ app, meta, params, query }) => {
    const view = await customer360(app, params.id, query);
    const redirect = redirectIfMerged(view.profile, (id) => `/customers/${id}/360`);
    if (redirect) return redirect;
    return { status: 200, body: { ...view, profile: view.profile && visible(app, meta, view.profile) } };
  },
  "POST /customers/{id}/merge": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await merge(app, meta, params.id, body.duplicateId),
  }),
  "POST /customers/{id}/products": async ({ app, meta, params, body }) => {
    const holding = await Holdings.add(app, meta, params.id, body);
    return { status: 201, body: holding, headers: { location: `/customers/${params.id}/products/${holding.id}` } };
  },
  "GET /customers/{id}/products": async ({ app, params, query }) => {
    await Customer.get(app, params.id);
    return { status: 200, body: await Holdings.list(app, params.id, query) };
  },
});
