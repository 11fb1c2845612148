import { Badge, Card, Group, Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import type { MetricClock } from "../api/types";
import type { MessageKey } from "../i18n/en";
import { useT } from "../i18n/i18n";

/** "1h 05m 09s" for a number of seconds (the sign is the caller's). */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = seconds % 60;
  const pad = (value: number) => String(value).padStart(2, "0");
  if (days > 0) return `${days}d ${hours}h ${pad(minutes)}m`;
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(rest)}s`;
  return `${minutes}m ${pad(rest)}s`;
}

/**
 * Seconds left on a clock `now`: counted down from the server's reading while it runs (business time
 * passes like wall time inside working hours; the page re-reads the clocks periodically), frozen while paused.
 */
export function secondsLeft(clock: MetricClock, readAt: string, now: number): number {
  const atRead = clock.remainingMinutes * 60;
  if (clock.state === "running" || clock.state === "warned" || clock.state === "breached") {
    return atRead - (now - Date.parse(readAt)) / 1000;
  }
  return atRead;
}

const stateColors: Record<string, string> = {
  inactive: "gray",
  running: "blue",
  paused: "yellow",
  warned: "orange",
  breached: "red",
  met: "green",
};

export function SlaClock({ clock, readAt }: { clock: MetricClock; readAt: string }) {
  const t = useT();
  const ticking = clock.state === "running" || clock.state === "warned" || clock.state === "breached";
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  const left = secondsLeft(clock, readAt, now);
  const used = clock.targetMinutes > 0 ? 100 - (Math.max(0, left) / (clock.targetMinutes * 60)) * 100 : 100;
  let text: string;
  if (clock.state === "paused") text = t("console.sla.pausedFor", { time: formatDuration(left) });
  else if (clock.state === "met" || clock.state === "inactive") text = t(`console.sla.state.${clock.state}`);
  else if (left < 0) text = t("console.sla.overdue", { time: formatDuration(-left) });
  else text = t("console.sla.remaining", { time: formatDuration(left) });
  const label = t(`console.sla.metric.${clock.metric}` as MessageKey);
  return (
    <Card withBorder padding="sm" data-testid={`sla-${clock.metric}`} data-state={clock.state}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Badge color={stateColors[clock.state] ?? "gray"} variant="filled">
            {t(`console.sla.state.${clock.state}` as MessageKey)}
          </Badge>
        </Group>
        <Text size="sm" data-testid={`sla-${clock.metric}-remaining`} aria-live="off">
          {text}
        </Text>
        <Progress
          value={Math.min(100, Math.max(0, used))}
          color={stateColors[clock.state] ?? "gray"}
          aria-label={`${label}: ${text}`}
        />
        {clock.dueAt && (
          <Text size="xs" c="dimmed">
            {t("console.sla.due", { at: new Date(clock.dueAt).toLocaleString() })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
