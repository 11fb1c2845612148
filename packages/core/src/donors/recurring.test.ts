import { describe, expect, it } from "vitest";
import { nextDueAfter, recurringCheckTimer, recurringDueTimer } from "./recurring.js";

describe("recurring due instants", () => {
  it("advance by calendar months in UTC, on the month's last day when it is shorter", () => {
    expect(nextDueAfter("2026-01-15T09:30:00.000Z", "monthly")).toBe("2026-02-15T09:30:00.000Z");
    expect(nextDueAfter("2026-01-31T00:00:00.000Z", "monthly")).toBe("2026-02-28T00:00:00.000Z");
    expect(nextDueAfter("2026-11-30T00:00:00.000Z", "quarterly")).toBe("2027-02-28T00:00:00.000Z");
    expect(nextDueAfter("2028-02-29T00:00:00.000Z", "yearly")).toBe("2029-02-28T00:00:00.000Z");
  });

  it("name timers deterministically, within EventBridge Scheduler's 64 characters", () => {
    const due = recurringDueTimer("01JZ0000000000000000000000", "2026-03-01T00:00:00.000Z");
    const check = recurringCheckTimer("01JZ0000000000000000000000", "2026-03-01T00:00:00.000Z", 86_400);
    expect(due.timerName).toBe("recurring-01JZ0000000000000000000000-1772323200");
    expect(check).toMatchObject({
      dueAt: "2026-03-02T00:00:00.000Z",
      subjectId: "01JZ0000000000000000000000@2026-03-01T00:00:00.000Z",
    });
    expect(check.timerName.length).toBeLessThanOrEqual(64);
    expect(check.timerName).toMatch(/^[0-9A-Za-z_.-]+$/);
  });
});
