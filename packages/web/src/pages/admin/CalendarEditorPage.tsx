import { add } from "@caseline/core/sla/business-time";
import { type CalendarDefinition, weekdays } from "@caseline/core/sla/calendar-schema";
import { Alert, Button, Card, Grid, Group, NumberInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { ErrorState, errorMessage, QueryState } from "../../components/QueryState";
import { RequireRoute } from "../../components/RequireRoute";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

type Weekday = (typeof weekdays)[number];
type Draft = {
  name: string;
  timeZone: string;
  weekly: Record<Weekday, { start: string; end: string }[]>;
  holidays: ({ name?: string; date: string } | { name?: string; month: number; day: number })[];
  closures: { name?: string; start: string; end: string }[];
};

const officeHours: Draft = {
  name: "",
  timeZone: "UTC",
  weekly: {
    mon: [{ start: "09:00", end: "17:00" }],
    tue: [{ start: "09:00", end: "17:00" }],
    wed: [{ start: "09:00", end: "17:00" }],
    thu: [{ start: "09:00", end: "17:00" }],
    fri: [{ start: "09:00", end: "17:00" }],
    sat: [],
    sun: [],
  },
  holidays: [],
  closures: [],
};

export function CalendarEditorPage() {
  const { id = "new" } = useParams();
  const query = useQuery({
    queryKey: ["calendar", id],
    queryFn: ({ signal }) => api("get", "/calendars/{id}", { params: { id }, signal }),
    enabled: id !== "new",
  });
  if (id === "new") {
    return (
      <RequireRoute route="POST /calendars">
        <CalendarEditor initial={officeHours} />
      </RequireRoute>
    );
  }
  return (
    <QueryState query={query}>
      {(calendar) => (
        <CalendarEditor
          id={calendar.id}
          version={calendar.version}
          initial={{
            name: calendar.name,
            timeZone: calendar.timeZone,
            weekly: calendar.weekly as Draft["weekly"],
            holidays: calendar.holidays,
            closures: calendar.closures,
          }}
        />
      )}
    </QueryState>
  );
}

/** "2026-11-27T16:00" (a wall time in `timeZone`) → its UTC instant; the preview's input is in the calendar's zone. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) throw new Error("a date and time");
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    const shown = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    guess += asUtc - shown;
  }
  return new Date(guess);
}

export function formatIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

function CalendarEditor({ id, version, initial }: { id?: string; version?: number; initial: Draft }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const claims = useSession()?.claims;
  const editable = id ? can(claims, "PUT /calendars/{id}") : can(claims, "POST /calendars");
  const [draft, setDraft] = useState<Draft>(initial);
  const [from, setFrom] = useState("2026-11-27T16:00");
  const [minutes, setMinutes] = useState<number>(120);
  const [key] = useState(newIdempotencyKey);

  const preview = useMemo(() => {
    try {
      const start = zonedToUtc(from, draft.timeZone);
      const due = add(draft as CalendarDefinition, start, minutes);
      return { due: formatIn(due, draft.timeZone), iso: due.toISOString(), start: start.toISOString() };
    } catch (error) {
      return { error: errorMessage(error) };
    }
  }, [draft, from, minutes]);

  const saved = useQuery({
    queryKey: ["calendar-preview", id, version, "start" in preview ? preview.start : null, minutes],
    queryFn: () =>
      api("post", "/calendars/{id}/business-time", {
        params: { id: id! },
        body: { from: (preview as { start: string }).start, addMinutes: minutes },
      }),
    enabled: Boolean(id) && "start" in preview,
  });

  const save = useMutation({
    mutationFn: () =>
      id
        ? api("put", "/calendars/{id}", { params: { id }, body: draft as never, ifMatch: version! })
        : api("post", "/calendars", { body: draft as never, idempotencyKey: key }),
    onSuccess: async (calendar) => {
      await client.invalidateQueries({ queryKey: ["calendars"] });
      client.setQueryData(["calendar", calendar.id], calendar);
      if (!id) navigate(`/console/admin/calendars/${calendar.id}`, { replace: true });
    },
  });

  const setDay = (day: Weekday, windows: { start: string; end: string }[]) =>
    setDraft({ ...draft, weekly: { ...draft.weekly, [day]: windows } });
  const dayName = (day: Weekday) => t(`console.calendars.day.${day}` as MessageKey);

  return (
    <Stack>
      <Title order={1} size="h2">
        {id ? draft.name || id : t("console.calendars.new")}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Card withBorder component="section" aria-labelledby="calendar-basics">
              <Title order={2} size="h4" id="calendar-basics" mb="xs">
                {t("console.calendars.basics")}
              </Title>
              <Group grow align="flex-start">
                <TextInput
                  label={t("console.calendars.name")}
                  value={draft.name}
                  onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
                  readOnly={!editable}
                  required
                />
                <TextInput
                  label={t("console.calendars.timeZone")}
                  value={draft.timeZone}
                  onChange={(e) => setDraft({ ...draft, timeZone: e.currentTarget.value })}
                  readOnly={!editable}
                  required
                />
              </Group>
            </Card>
            <Card withBorder component="section" aria-labelledby="calendar-week">
              <Title order={2} size="h4" id="calendar-week" mb="xs">
                {t("console.calendars.weekly")}
              </Title>
              <Table>
                <Table.Tbody>
                  {weekdays.map((day) => (
                    <Table.Tr key={day} data-day={day}>
                      <Table.Th scope="row" w={110}>
                        {dayName(day)}
                      </Table.Th>
                      <Table.Td>
                        <Stack gap={6}>
                          {draft.weekly[day].length === 0 && <Text size="sm">{t("console.calendars.closed")}</Text>}
                          {draft.weekly[day].map((window, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: a window's identity is its position in the day
                            <Group key={`${day}-${index}`} gap="xs" wrap="nowrap">
                              <TextInput
                                type="time"
                                size="xs"
                                aria-label={t("console.calendars.windowStart", { day: dayName(day), n: index + 1 })}
                                value={window.start}
                                readOnly={!editable}
                                onChange={(e) => {
                                  const windows = [...draft.weekly[day]];
                                  windows[index] = { ...window, start: e.currentTarget.value };
                                  setDay(day, windows);
                                }}
                              />
                              <Text size="sm" aria-hidden="true">
                                –
                              </Text>
                              <TextInput
                                type="time"
                                size="xs"
                                aria-label={t("console.calendars.windowEnd", { day: dayName(day), n: index + 1 })}
                                value={window.end === "24:00" ? "23:59" : window.end}
                                readOnly={!editable}
                                onChange={(e) => {
                                  const windows = [...draft.weekly[day]];
                                  windows[index] = { ...window, end: e.currentTarget.value };
                                  setDay(day, windows);
                                }}
                              />
                              {editable && (
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  color="red.9"
                                  onClick={() =>
                                    setDay(
                                      day,
                                      draft.weekly[day].filter((_, i) => i !== index),
                                    )
                                  }
                                  aria-label={t("console.calendars.removeWindow", { day: dayName(day), n: index + 1 })}
                                >
                                  ×
                                </Button>
                              )}
                            </Group>
                          ))}
                          {editable && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              w="fit-content"
                              onClick={() => {
                                const last = draft.weekly[day].at(-1);
                                const start = last ? last.end : "09:00";
                                const end = last ? (last.end < "22:00" ? "23:00" : "24:00") : "17:00";
                                setDay(day, [...draft.weekly[day], { start, end }]);
                              }}
                              aria-label={t("console.calendars.addWindow", { day: dayName(day) })}
                            >
                              + {t("console.calendars.window")}
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <Holidays draft={draft} setDraft={setDraft} editable={editable} />
            {editable && (
              <Group>
                <Button onClick={() => save.mutate()} loading={save.isPending}>
                  {t("common.save")}
                </Button>
                {save.isSuccess && (
                  <Text size="sm" role="status">
                    {t("console.calendars.saved")}
                  </Text>
                )}
              </Group>
            )}
            {save.isError && <ErrorState error={save.error} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder component="section" aria-labelledby="calendar-preview">
            <Stack>
              <Title order={2} size="h4" id="calendar-preview">
                {t("console.calendars.preview")}
              </Title>
              <TextInput
                type="datetime-local"
                label={t("console.calendars.previewFrom", { zone: draft.timeZone })}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
              />
              <NumberInput
                label={t("console.calendars.previewMinutes")}
                value={minutes}
                min={0}
                onChange={(value) => setMinutes(typeof value === "number" ? value : Number(value) || 0)}
              />
              {"error" in preview ? (
                <Alert color="yellow" role="status">
                  {t("console.calendars.previewInvalid", { reason: preview.error ?? "" })}
                </Alert>
              ) : (
                <Text data-testid="preview-due" data-due={preview.iso} aria-live="polite">
                  {t("console.calendars.previewDue", { due: preview.due })}
                </Text>
              )}
              {id && saved.data && "due" in saved.data && (
                <Text size="sm" data-testid="preview-saved" data-due={new Date(saved.data.due).toISOString()}>
                  {t("console.calendars.previewSaved", { due: formatIn(new Date(saved.data.due), draft.timeZone) })}
                </Text>
              )}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Holidays({
  draft,
  setDraft,
  editable,
}: {
  draft: Draft;
  setDraft: (draft: Draft) => void;
  editable: boolean;
}) {
  const t = useT();
  const [date, setDate] = useState("");
  const [name, setName] = useState("");
  return (
    <Card withBorder component="section" aria-labelledby="calendar-holidays">
      <Title order={2} size="h4" id="calendar-holidays" mb="xs">
        {t("console.calendars.holidays")}
      </Title>
      <Stack gap={4} data-testid="holidays">
        {draft.holidays.length === 0 && <Text size="sm">{t("console.customer.none")}</Text>}
        {draft.holidays.map((holiday, index) => (
          <Group key={"date" in holiday ? holiday.date : `${holiday.month}-${holiday.day}`} gap="xs">
            <Text size="sm">
              {"date" in holiday
                ? holiday.date
                : t("console.calendars.everyYear", { month: holiday.month, day: holiday.day })}
              {holiday.name ? ` — ${holiday.name}` : ""}
            </Text>
            {editable && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red.9"
                aria-label={t("console.calendars.removeHoliday", { n: index + 1 })}
                onClick={() => setDraft({ ...draft, holidays: draft.holidays.filter((_, i) => i !== index) })}
              >
                ×
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {editable && (
        <Group align="flex-end" mt="sm">
          <TextInput
            type="date"
            label={t("console.calendars.holidayDate")}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          <TextInput
            label={t("console.calendars.holidayName")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button
            variant="outline"
            disabled={!date}
            onClick={() => {
              setDraft({
                ...draft,
                holidays: [...draft.holidays, { date, ...(name.trim() ? { name: name.trim() } : {}) }],
              });
              setDate("");
              setName("");
            }}
          >
            {t("console.calendars.addHoliday")}
          </Button>
        </Group>
      )}
    </Card>
  );
}
