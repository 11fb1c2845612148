import { Badge, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import type { SlaState } from "../api/types";
import type { MessageKey } from "../i18n/en";
import { useT } from "../i18n/i18n";
import { relativeDue } from "./work-time";

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
