/** The donor module (nonprofits): donor profiles, campaigns, gifts, recurring gifts, pledges, receipts, reports. */
export * as Campaigns from "./campaigns.js";
export * as Donor from "./donor.js";
export * as Gifts from "./gifts.js";
export * as Pledges from "./pledges.js";
export * as Receipts from "./receipts.js";
export * as RecurringGifts from "./recurring.js";
export * as Reports from "./reports.js";
