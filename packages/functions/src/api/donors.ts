import { Donors } from "@caseline/core";
import { etagOf } from "@caseline/core/db/versioned";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { type ApiResult, httpApi } from "../commons/http.js";

const { Campaigns, Donor, Gifts, Pledges, Receipts, RecurringGifts, Reports } = Donors;

function versioned<T extends { version: number }>(view: T, status = 200, headers: Record<string, string> = {}) {
  return { status, body: view, headers: { etag: etagOf(view.version), ...headers } };
}

function pdf(bytes: Uint8Array, filename: string): ApiResult {
  return {
    status: 200,
    raw: { contentType: "application/pdf", bytes },
    headers: { "content-disposition": `inline; filename="${filename}"` },
  };
}

/** `?format=csv` or `Accept: text/csv` (and not JSON first) asks for CSV. */
function wantsCsv(event: APIGatewayProxyEventV2, format: string | undefined): boolean {
  if (format) return format === "csv";
  const accept = event.headers?.accept ?? "";
  return /text\/csv/i.test(accept) && !/application\/json/i.test(accept.split("text/csv")[0] ?? "");
}

function report<T>(
  event: APIGatewayProxyEventV2,
  format: string | undefined,
  body: T,
  csv: (r: T) => string,
): ApiResult {
  if (!wantsCsv(event, format)) return { status: 200, body };
  return { status: 200, raw: { contentType: "text/csv; charset=utf-8", text: csv(body) } };
}

const thisYear = () => new Date().getUTCFullYear();

export const handler = httpApi("donors", {
  "GET /customers/{id}/donor": async ({ app, params }) => versioned(await Donor.get(app, params.id)),
  "PUT /customers/{id}/donor": async ({ app, meta, params, body, expectedVersion }) =>
    versioned(await Donor.put(app, meta, params.id, body, expectedVersion)),
  "GET /customers/{id}/donor/receipts/{year}": async ({ app, params }) =>
    pdf(await Receipts.annualReceipt(app, params.id, params.year), `receipt-${params.year}-${params.id}.pdf`),
  "POST /campaigns": async ({ app, meta, body }) => {
    const campaign = await Campaigns.create(app, meta, body);
    return versioned(campaign, 201, { location: `/campaigns/${campaign.id}` });
  },
  "GET /campaigns": async ({ app, query }) => ({ status: 200, body: await Campaigns.list(app, query) }),
  "GET /campaigns/{id}": async ({ app, params }) => versioned(await Campaigns.get(app, params.id)),
  "PATCH /campaigns/{id}": async ({ app, meta, params, body, expectedVersion }) =>
    versioned(await Campaigns.update(app, meta, params.id, body, expectedVersion)),
  "POST /gifts": async ({ app, meta, body }) => {
    const gift = await Gifts.record(app, meta, body);
    return { status: 201, body: gift, headers: { location: `/gifts/${gift.id}` } };
  },
  "GET /gifts": async ({ app, query }) => ({ status: 200, body: await Gifts.list(app, query) }),
  "GET /gifts/{id}": async ({ app, params }) => ({ status: 200, body: await Gifts.get(app, params.id) }),
  "POST /gifts/{id}/void": async ({ app, meta, params, body }) => ({
    status: 200,
    body: await Gifts.voidGift(app, meta, params.id, body),
  }),
  "POST /recurring-gifts": async ({ app, meta, body }) => {
    const recurring = await RecurringGifts.create(app, meta, body);
    return { status: 201, body: recurring, headers: { location: `/recurring-gifts/${recurring.id}` } };
  },
  "GET /recurring-gifts": async ({ app, query }) => ({ status: 200, body: await RecurringGifts.list(app, query) }),
  "GET /recurring-gifts/{id}": async ({ app, params }) => ({
    status: 200,
    body: await RecurringGifts.get(app, params.id),
  }),
  "POST /pledges": async ({ app, meta, body }) => {
    const pledge = await Pledges.create(app, meta, body);
    return { status: 201, body: pledge, headers: { location: `/pledges/${pledge.id}` } };
  },
  "GET /pledges": async ({ app, query }) => ({ status: 200, body: await Pledges.list(app, query) }),
  "GET /pledges/{id}": async ({ app, params }) => ({ status: 200, body: await Pledges.get(app, params.id) }),
  "POST /pledges/{id}/payments": async ({ app, meta, params, body }) => ({
    status: 201,
    body: await Pledges.pay(app, meta, params.id, body),
  }),
  "GET /receipts/{number}": async ({ app, params }) =>
    pdf(await Receipts.giftReceipt(app, params.number), `${params.number}.pdf`),
  "GET /reports/donors/campaigns": async ({ app, event, query }) =>
    report(event, query.format, await Reports.campaignProgress(app), Reports.campaignProgressCsv),
  "GET /reports/donors/giving-by-month": async ({ app, event, query }) =>
    report(event, query.format, await Reports.givingByMonth(app, query.year ?? thisYear()), Reports.givingByMonthCsv),
  "GET /reports/donors/retention": async ({ app, event, query }) =>
    report(event, query.format, await Reports.retention(app, query.year ?? thisYear()), Reports.retentionCsv),
});
