import { Entity } from "electrodb";

/**
 * A business-hours calendar (sla/calendar-schema.ts says what a definition holds). SLA policies name
 * one; changing it recomputes the targets of every open case under those policies.
 */
export function calendarEntity() {
  return new Entity({
    model: { entity: "calendar", version: "1", service: "caseline" },
    attributes: {
      calendarId: { type: "string", required: true, readOnly: true },
      name: { type: "string", required: true },
      definition: { type: "any", required: true },
      createdAt: { type: "string", required: true, readOnly: true },
      updatedAt: { type: "string", required: true },
      version: { type: "number", required: true },
    },
    indexes: {
      record: { pk: { field: "pk", composite: ["calendarId"] }, sk: { field: "sk", composite: [] } },
      /** Every calendar: an organization has a handful, so one partition holds them all. */
      all: {
        index: "gsi2",
        pk: { field: "gsi2pk", composite: [] },
        sk: { field: "gsi2sk", composite: ["calendarId"] },
      },
    },
  });
}
