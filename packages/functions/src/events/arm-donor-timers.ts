import { Pledges, RecurringGifts } from "@caseline/core/donors/donors";
import { backgroundHandler } from "../commons/background.js";
import { logger } from "../commons/logger.js";
import { useRuntime } from "../commons/runtime.js";
import { type BusEvent, correlationIdOf, detailOf } from "./bus-event.js";

type DonorTimerEvent =
  | BusEvent<"recurring_gift.created">
  | BusEvent<"recurring_gift.installment_due">
  | BusEvent<"pledge.created">;

/**
 * Arms a new recurring gift's first due timer; after each installment falls due, its grace check and
 * the next due instant; a new pledge's installment reminders. Arming is idempotent (deterministic
 * names), so a redelivered event is harmless.
 */
export const handler = backgroundHandler(
  "arm-donor-timers",
  async (event: DonorTimerEvent) => {
    const { app } = useRuntime();
    if (event["detail-type"] === "recurring_gift.created") {
      const detail = detailOf("recurring_gift.created", event as BusEvent<"recurring_gift.created">);
      const timer = RecurringGifts.recurringDueTimer(detail.recurringGiftId, detail.nextDueAt);
      await app.ports.timers.arm(timer);
      logger.info("recurring gift timer armed", { timerName: timer.timerName, dueAt: timer.dueAt });
      return;
    }
    if (event["detail-type"] === "recurring_gift.installment_due") {
      const detail = detailOf("recurring_gift.installment_due", event as BusEvent<"recurring_gift.installment_due">);
      const graceSeconds = (Date.parse(detail.checkAt) - Date.parse(detail.dueAt)) / 1000;
      await app.ports.timers.arm(
        RecurringGifts.recurringCheckTimer(detail.recurringGiftId, detail.dueAt, graceSeconds),
      );
      await app.ports.timers.arm(RecurringGifts.recurringDueTimer(detail.recurringGiftId, detail.nextDueAt));
      logger.info("recurring gift timers armed", { recurringGiftId: detail.recurringGiftId, next: detail.nextDueAt });
      return;
    }
    const detail = detailOf("pledge.created", event as BusEvent<"pledge.created">);
    for (const { dueDate, remindAt } of detail.reminders) {
      await app.ports.timers.arm(Pledges.pledgeReminderTimer(detail.pledgeId, dueDate, remindAt));
    }
    logger.info("pledge reminders armed", { pledgeId: detail.pledgeId, reminders: detail.reminders.length });
  },
  correlationIdOf,
);
