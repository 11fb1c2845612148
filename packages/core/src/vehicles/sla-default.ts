/**
 * The default SLA policy of a vehicle-transfer case: an answer within 30 calendar days, the clock
 * paused while documents are pending from the customer. Shipped as a default the admin can change.
 */
export const transferSlaPolicy = {
  name: "Vehicle transfer: 30 calendar days",
  conditions: { caseTypes: ["vehicle_transfer"] },
  calendarId: "24x7",
  metrics: {
    resolution: {
      targets: { low: 43_200, normal: 43_200, high: 43_200, urgent: 43_200 },
      pauseStatuses: ["documents_pending"],
      warning: { percent: 80 },
    },
  },
} as const;
