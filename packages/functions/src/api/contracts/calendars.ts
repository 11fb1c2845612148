import { pageOf, pageQuery } from "@caseline/core/pagination";
import { businessTimeAnswer, businessTimeQuestion, calendarView } from "@caseline/core/sla/calendar-api-schemas";
import { calendarDefinition } from "@caseline/core/sla/calendar-schema";
import type { Contract } from "./contract.js";
import { idParams } from "./ids.js";

export const calendarsContracts = {
  "POST /calendars": {
    body: calendarDefinition,
    idempotent: true,
    responses: { 201: { description: "Created, with its id", schema: calendarView } },
  },
  "GET /calendars": {
    query: pageQuery,
    responses: { 200: { description: "Calendars", schema: pageOf(calendarView) } },
  },
  "GET /calendars/{id}": {
    params: idParams,
    responses: { 200: { description: "The calendar", schema: calendarView } },
  },
  "PUT /calendars/{id}": {
    params: idParams,
    body: calendarDefinition,
    versioned: true,
    responses: { 200: { description: "Replaced", schema: calendarView } },
  },
  "DELETE /calendars/{id}": {
    params: idParams,
    versioned: true,
    responses: { 204: { description: "Deleted" } },
  },
  "POST /calendars/{id}/business-time": {
    params: idParams,
    body: businessTimeQuestion,
    responses: { 200: { description: "The answer, exact to the second", schema: businessTimeAnswer } },
  },
} satisfies Record<string, Contract>;
