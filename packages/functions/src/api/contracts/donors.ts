import { receiptNumberPattern } from "@caseline/core/donors/receipt-number";
import {
  byCustomerQuery,
  campaignProgressReport,
  campaignView,
  createCampaignInput,
  createGiftInput,
  createPledgeInput,
  createRecurringGiftInput,
  donorView,
  giftView,
  givingByMonthReport,
  pledgePaymentInput,
  pledgePaymentResult,
  pledgeView,
  putDonorInput,
  recurringGiftView,
  reportQuery,
  retentionReport,
  updateCampaignInput,
  voidGiftInput,
} from "@caseline/core/donors/schemas";
import { pageOf, pageQuery } from "@caseline/core/pagination";
import { z } from "zod";
import type { Contract } from "./contract.js";
import { id, idParams } from "./ids.js";

const year = z.string().regex(/^\d{4}$/, "a year like 2026");
const pdf = { description: "The receipt as application/pdf" };
const csvNote = "; CSV with ?format=csv or Accept: text/csv";

export const donorsContracts = {
  "GET /customers/{id}/donor": {
    params: idParams,
    responses: { 200: { description: "The donor profile (version 0 when never set); ETag set", schema: donorView } },
  },
  "PUT /customers/{id}/donor": {
    params: idParams,
    body: putDonorInput,
    versioned: true,
    responses: {
      200: { description: "Preferences set", schema: donorView },
      422: { description: "No such customer" },
    },
  },
  "GET /customers/{id}/donor/receipts/{year}": {
    params: z.object({ id, year }),
    responses: { 200: { description: "The annual consolidated receipt as application/pdf" } },
  },
  "POST /campaigns": {
    body: createCampaignInput,
    idempotent: true,
    responses: { 201: { description: "Started; ETag and Location set", schema: campaignView } },
  },
  "GET /campaigns": {
    query: pageQuery,
    responses: { 200: { description: "Every campaign with its totals", schema: pageOf(campaignView) } },
  },
  "GET /campaigns/{id}": {
    params: idParams,
    responses: { 200: { description: "The campaign; totals per currency", schema: campaignView } },
  },
  "PATCH /campaigns/{id}": {
    params: idParams,
    body: updateCampaignInput,
    versioned: true,
    responses: { 200: { description: "Changed", schema: campaignView } },
  },
  "POST /gifts": {
    body: createGiftInput,
    idempotent: true,
    responses: {
      201: { description: "Recorded with its receipt number; Location set", schema: giftView },
      422: { description: "No such customer, a closed campaign, a date outside it, or a future date" },
    },
  },
  "GET /gifts": {
    query: pageQuery.extend({ customerId: id.optional(), year: year.optional() }),
    responses: { 200: { description: "A donor's gifts newest first, or a year's by date", schema: pageOf(giftView) } },
  },
  "GET /gifts/{id}": {
    params: idParams,
    responses: { 200: { description: "The gift", schema: giftView } },
  },
  "POST /gifts/{id}/void": {
    params: idParams,
    body: voidGiftInput,
    responses: {
      200: { description: "Voided: the reversing entry; the receipt is void", schema: giftView },
      409: { description: "Already voided" },
    },
  },
  "POST /recurring-gifts": {
    body: createRecurringGiftInput,
    idempotent: true,
    responses: { 201: { description: "Set up; its first due timer is armed", schema: recurringGiftView } },
  },
  "GET /recurring-gifts": {
    query: pageQuery.extend(byCustomerQuery.shape),
    responses: { 200: { description: "The donor's recurring gifts", schema: pageOf(recurringGiftView) } },
  },
  "GET /recurring-gifts/{id}": {
    params: idParams,
    responses: { 200: { description: "The recurring gift and its installments", schema: recurringGiftView } },
  },
  "POST /pledges": {
    body: createPledgeInput,
    idempotent: true,
    responses: { 201: { description: "Recorded; reminders armed", schema: pledgeView } },
  },
  "GET /pledges": {
    query: pageQuery.extend(byCustomerQuery.shape),
    responses: { 200: { description: "The donor's pledges", schema: pageOf(pledgeView) } },
  },
  "GET /pledges/{id}": {
    params: idParams,
    responses: { 200: { description: "The pledge: paid, balance, status", schema: pledgeView } },
  },
  "POST /pledges/{id}/payments": {
    params: idParams,
    body: pledgePaymentInput,
    idempotent: true,
    responses: {
      201: { description: "Applied: the pledge and the gift (with its receipt)", schema: pledgePaymentResult },
      422: { description: "Above the balance, another currency, or the pledge is not open" },
    },
  },
  "GET /receipts/{number}": {
    params: z.object({ number: z.string().regex(receiptNumberPattern, "a receipt number like R-2026-000001") }),
    responses: { 200: pdf },
  },
  "GET /reports/donors/campaigns": {
    query: reportQuery,
    responses: { 200: { description: `Campaign progress${csvNote}`, schema: campaignProgressReport } },
  },
  "GET /reports/donors/giving-by-month": {
    query: reportQuery,
    responses: { 200: { description: `Giving by month and currency${csvNote}`, schema: givingByMonthReport } },
  },
  "GET /reports/donors/retention": {
    query: reportQuery,
    responses: { 200: { description: `LYBUNT and SYBUNT donors${csvNote}`, schema: retentionReport } },
  },
} satisfies Record<string, Contract>;
