import { Entity } from "electrodb";

/**
 * A donor's giving in one year and currency, kept by atomic ADDs in the gifts' and voids'
 * transactions: what the retention reports (LYBUNT, SYBUNT) read, a year at a time.
 */
export function donorYearEntity() {
  return new Entity({
    model: { entity: "donorYear", version: "1", service: "caseline" },
    attributes: {
      customerId: { type: "string", required: true, readOnly: true },
      year: { type: "string", required: true, readOnly: true },
      currency: { type: "string", required: true, readOnly: true },
      amountMinor: { type: "number", required: true, default: 0 },
      giftCount: { type: "number", required: true, default: 0 },
    },
    indexes: {
      record: {
        pk: { field: "pk", composite: ["customerId"] },
        sk: { field: "sk", composite: ["year", "currency"] },
      },
      /** Every donor-year in one partition, by year: "who gave in year Y" and "who gave before Y". */
      byYear: {
        index: "gsi3",
        pk: { field: "gsi3pk", composite: [] },
        sk: { field: "gsi3sk", composite: ["year", "customerId", "currency"] },
      },
    },
  });
}
