import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ApiBody, ApiResponse } from "../../api/client";
import { api, newIdempotencyKey } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { ErrorState, QueryState } from "../../components/QueryState";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

type Policy = ApiResponse<"/sla-policies", "get">["items"][number];
type Definition = ApiBody<"/sla-policies", "post">;
const metrics = ["firstResponse", "nextResponse", "resolution"] as const;
const priorities = ["low", "normal", "high", "urgent"] as const;
const caseTypes = ["service_request", "incident", "complaint", "inquiry", "vehicle_transfer", "donor_request"] as const;

/** The order a list of policies should have: positions 10, 20, 30… in the order shown. */
export function renumber<T extends { id: string; position: number }>(ordered: T[]): { id: string; position: number }[] {
  return ordered
    .map((policy, index) => ({ id: policy.id, position: (index + 1) * 10, was: policy.position }))
    .filter((change) => change.position !== change.was)
    .map(({ id, position }) => ({ id, position }));
}

function definitionOf(policy: Policy): Definition {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    ...definition
  } = policy as Policy & Record<string, unknown>;
  return definition as Definition;
}

export function SlaPoliciesPage() {
  const t = useT();
  const client = useQueryClient();
  const claims = useSession()?.claims;
  const editable = can(claims, "PUT /sla-policies/{id}");
  const query = useQuery({
    queryKey: ["sla-policies"],
    queryFn: ({ signal }) => api("get", "/sla-policies", { signal }),
  });
  const [order, setOrder] = useState<Policy[]>([]);
  const [dragged, setDragged] = useState<string | null>(null);
  const [editing, setEditing] = useState<Policy | "new" | null>(null);
  useEffect(() => {
    if (query.data) setOrder(query.data.items);
  }, [query.data]);

  const reorder = useMutation({
    mutationFn: async (next: Policy[]) => {
      // Each moved policy is replaced with its new position (If-Match on each).
      for (const change of renumber(next)) {
        const policy = next.find((item) => item.id === change.id)!;
        await api("put", "/sla-policies/{id}", {
          params: { id: policy.id },
          ifMatch: policy.version,
          body: { ...definitionOf(policy), position: change.position },
        });
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: ["sla-policies"] }),
  });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOrder(next);
    reorder.mutate(next);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t("console.sla.policies")}
        </Title>
        {can(claims, "POST /sla-policies") && (
          <Button onClick={() => setEditing("new")}>{t("console.sla.newPolicy")}</Button>
        )}
      </Group>
      <Text size="sm">{t("console.sla.orderHint")}</Text>
      <QueryState query={query}>
        {() => (
          <Stack gap="xs" data-testid="policies">
            {order.map((policy, index) => (
              <Card
                key={policy.id}
                withBorder
                padding="sm"
                data-policy={policy.name}
                draggable={editable}
                onDragStart={() => setDragged(policy.id)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={() => {
                  const from = order.findIndex((item) => item.id === dragged);
                  setDragged(null);
                  if (from >= 0) move(from, index);
                }}
                style={{ cursor: editable ? "grab" : undefined }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <Badge variant="outline" color="dark">
                      {index + 1}
                    </Badge>
                    <Stack gap={0}>
                      <Text fw={600}>{policy.name}</Text>
                      <Text size="xs">
                        {policy.calendarId} ·{" "}
                        {metrics
                          .filter((metric) => policy.metrics[metric])
                          .map((metric) => t(`console.sla.metric.${metric}` as MessageKey))
                          .join(", ")}
                      </Text>
                    </Stack>
                  </Group>
                  {editable && (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="default"
                        aria-label={t("console.sla.moveUp", { name: policy.name })}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, index - 1)}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t("console.sla.moveDown", { name: policy.name })}
                        disabled={index === order.length - 1 || reorder.isPending}
                        onClick={() => move(index, index + 1)}
                      >
                        ↓
                      </ActionIcon>
                      <Button size="compact-sm" variant="outline" onClick={() => setEditing(policy)}>
                        {t("console.sla.edit", { name: policy.name })}
                      </Button>
                    </Group>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {reorder.isError && <ErrorState error={reorder.error} />}
      {editing && (
        <PolicyForm
          key={editing === "new" ? "new" : editing.id}
          policy={editing === "new" ? null : editing}
          nextPosition={(order.at(-1)?.position ?? 0) + 10}
          onDone={() => {
            setEditing(null);
            void client.invalidateQueries({ queryKey: ["sla-policies"] });
          }}
        />
      )}
    </Stack>
  );
}

function PolicyForm({
  policy,
  nextPosition,
  onDone,
}: {
  policy: Policy | null;
  nextPosition: number;
  onDone: () => void;
}) {
  const t = useT();
  const [name, setName] = useState(policy?.name ?? "");
  const [calendarId, setCalendarId] = useState(policy?.calendarId ?? "24x7");
  const [types, setTypes] = useState<string[]>(policy?.conditions?.caseTypes ?? []);
  const [targets, setTargets] = useState<Record<string, Record<string, number | "">>>(() =>
    Object.fromEntries(
      metrics.map((metric) => [
        metric,
        Object.fromEntries(priorities.map((priority) => [priority, policy?.metrics[metric]?.targets[priority] ?? ""])),
      ]),
    ),
  );
  const [key] = useState(newIdempotencyKey);
  const calendars = useQuery({
    queryKey: ["calendars"],
    queryFn: ({ signal }) => api("get", "/calendars", { query: { limit: 100 }, signal }),
  });
  const save = useMutation({
    mutationFn: () => {
      const metricBody = Object.fromEntries(
        metrics.flatMap((metric) => {
          const set = Object.entries(targets[metric] ?? {}).filter(([, value]) => value !== "");
          if (set.length === 0) return [];
          return [
            [
              metric,
              {
                targets: Object.fromEntries(set),
                pauseStatuses: policy?.metrics[metric]?.pauseStatuses ?? ["pending_customer"],
                ...(policy?.metrics[metric]?.warning ? { warning: policy.metrics[metric]!.warning } : {}),
              },
            ],
          ];
        }),
      );
      const body = {
        ...(policy ? definitionOf(policy) : {}),
        name: name.trim(),
        position: policy?.position ?? nextPosition,
        calendarId,
        conditions: {
          ...(policy?.conditions ?? {}),
          ...(types.length ? { caseTypes: types } : { caseTypes: undefined }),
        },
        metrics: metricBody,
      } as Definition;
      return policy
        ? api("put", "/sla-policies/{id}", { params: { id: policy.id }, ifMatch: policy.version, body })
        : api("post", "/sla-policies", { body, idempotencyKey: key });
    },
    onSuccess: onDone,
  });
  return (
    <Card withBorder component="section" aria-labelledby="policy-form-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Title order={2} size="h4" id="policy-form-heading">
            {policy ? t("console.sla.editing", { name: policy.name }) : t("console.sla.newPolicy")}
          </Title>
          <Group grow align="flex-start">
            <TextInput
              label={t("console.calendars.name")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
            <NativeSelect
              label={t("console.sla.calendar")}
              data={[
                { value: "24x7", label: "24x7" },
                ...(calendars.data?.items ?? []).map((calendar) => ({ value: calendar.id, label: calendar.name })),
              ]}
              value={calendarId}
              onChange={(e) => setCalendarId(e.currentTarget.value)}
            />
          </Group>
          <Checkbox.Group label={t("console.sla.caseTypes")} value={types} onChange={setTypes}>
            <Group mt="xs">
              {caseTypes.map((type) => (
                <Checkbox key={type} value={type} label={type} />
              ))}
            </Group>
          </Checkbox.Group>
          {metrics.map((metric) => (
            <fieldset key={metric} style={{ border: "none", padding: 0, margin: 0 }}>
              <Text component="legend" fw={600} size="sm">
                {t(`console.sla.metric.${metric}` as MessageKey)} — {t("console.sla.targets")}
              </Text>
              <Group grow>
                {priorities.map((priority) => (
                  <NumberInput
                    key={priority}
                    label={t("console.sla.target", {
                      metric: t(`console.sla.metric.${metric}` as MessageKey),
                      priority,
                    })}
                    min={1}
                    value={targets[metric]?.[priority] ?? ""}
                    onChange={(value) =>
                      setTargets({
                        ...targets,
                        [metric]: { ...targets[metric], [priority]: typeof value === "number" ? value : "" },
                      })
                    }
                  />
                ))}
              </Group>
            </fieldset>
          ))}
          {save.isError && <ErrorState error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
