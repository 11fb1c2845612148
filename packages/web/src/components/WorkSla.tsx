import { Badge, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import type { SlaState } from "../api/types";
import type { MessageKey } from "../i18n/en";
import { type Translate, useT } from "../i18n/i18n";

/** Filled colors with WCAG AA text (the theme picks black or white text): red, orange, green, gray. */
export const slaStateColors: Record<SlaState, string> = {
  breached: "red.9",
  at_risk: "orange.8",
  on_track: "green.8",
  paused: "gray.7",
  no_sla: "gray.3",
};

/** The same states as chart fills (CSS variables of the theme's palette). */
export const slaStateFills: Record<SlaState, string> = {
  breached: "var(--mantine-color-red-9)",
  at_risk: "var(--mantine-color-orange-6)",
  on_track: "var(--mantine-color-green-8)",
  paused: "var(--mantine-color-gray-6)",
  no_sla: "var(--mantine-color-gray-4)",
};

/** A work item's SLA state as a colored badge whose text says the state (color is never the only cue). */
export function SlaStateBadge({ state }: { state: SlaState }) {
  const t = useT();
  return (
    <Badge color={slaStateColors[state]} variant="filled" data-sla={state}>
      {t(`console.work.sla.${state}` as MessageKey)}
    </Badge>
  );
}

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

/** The current time, re-read every `everyMs` so relative times move between refetches. */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** A due time, relative, with the absolute time in its title (and as the machine-readable datetime). */
export function DueTime({ dueAt, now }: { dueAt: string | null; now: number }) {
  const t = useT();
  if (!dueAt) {
    return (
      <Text size="sm" c="dimmed" span>
        {t("console.work.noDue")}
      </Text>
    );
  }
  const absolute = new Date(dueAt).toLocaleString();
  return (
    <Text size="sm" span c={Date.parse(dueAt) < now ? "red.9" : undefined} fw={Date.parse(dueAt) < now ? 600 : 400}>
      <time dateTime={dueAt} title={absolute}>
        {relativeDue(t, dueAt, now)}
      </time>
    </Text>
  );
}
