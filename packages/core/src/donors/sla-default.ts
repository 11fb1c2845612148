/** Donor cases are answered within a day and settled within five (24x7). The lead wires seeding. */
export const donorSlaPolicy = {
  name: "Donor requests",
  conditions: { caseTypes: ["donor_request"] },
  calendarId: "24x7",
  metrics: {
    firstResponse: {
      targets: { low: 2880, normal: 1440, high: 480, urgent: 120 },
      pauseStatuses: ["pending_customer"],
      warning: { percent: 80 },
    },
    resolution: {
      targets: { low: 14_400, normal: 7200, high: 2880, urgent: 1440 },
      pauseStatuses: ["pending_customer"],
      warning: { percent: 80 },
    },
  },
} as const;

/** The categories of the donor_request case type. */
export const donorCaseCategories = [
  "receipt_request",
  "complaint",
  "change_of_details",
  "cancel_recurring_gift",
  "recurring_lapsed",
] as const;
