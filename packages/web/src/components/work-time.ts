import type { Translate } from "../i18n/i18n";

/** "42 min", "3 h 05 min", "2 d 4 h", or "less than a minute", for a span of seconds. */
export function formatSpan(t: Translate, seconds: number): string {
  const minutes = Math.floor(Math.abs(seconds) / 60);
  if (minutes < 1) return t("console.work.underMinute");
  if (minutes < 60) return t("console.work.minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t("console.work.hours", { hours, minutes: String(minutes % 60).padStart(2, "0") });
  return t("console.work.days", { days: Math.floor(hours / 24), hours: hours % 24 });
}

/** "due in 42 min" or "overdue by 5 min" for `dueAt` seen at `now`. */
export function relativeDue(t: Translate, dueAt: string, now: number): string {
  const seconds = (Date.parse(dueAt) - now) / 1000;
  return seconds >= 0
    ? t("console.work.dueIn", { time: formatSpan(t, seconds) })
    : t("console.work.overdueBy", { time: formatSpan(t, seconds) });
}
