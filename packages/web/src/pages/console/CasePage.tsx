import { allowedTransitions, type CaseStatus } from "@caseline/core/cases/lifecycle";
import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link, useParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import type { CaseView } from "../../api/types";
import { type Claims, can, useSession } from "../../auth/session";
import { ErrorState, Loading, QueryState } from "../../components/QueryState";
import { SlaClock } from "../../components/SlaClock";
import { StatusBadge, statusLabel } from "../../components/StatusBadge";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

const TransferPanel = lazy(() => import("../vehicles/TransferPanel").then((m) => ({ default: m.TransferPanel })));

/** The reopen window the API applies by default (CASELINE_REOPEN_WINDOW_DAYS); the API has the last word. */
const reopenWindowDays = 14;

function useInvalidateCase(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["case", id] }),
      client.invalidateQueries({ queryKey: ["sla", id] }),
      client.invalidateQueries({ queryKey: ["timeline", id] }),
      client.invalidateQueries({ queryKey: ["audit", id] }),
    ]);
}

export function CasePage() {
  const { id = "" } = useParams();
  const claims = useSession()?.claims;
  const query = useQuery({
    queryKey: ["case", id],
    queryFn: ({ signal }) => api("get", "/cases/{id}", { params: { id }, signal }),
  });
  if (!claims) return null;
  return <QueryState query={query}>{(item) => <CaseDetail item={item} claims={claims} />}</QueryState>;
}

function CaseDetail({ item, claims }: { item: CaseView; claims: Claims }) {
  const t = useT();
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text size="sm" data-testid="case-number">
            {item.number}
          </Text>
          <Title order={1} size="h2">
            {item.subject}
          </Title>
        </Stack>
        <StatusBadge status={item.status} />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Details item={item} />
            {can(claims, "POST /cases/{id}/transitions") && <Transitions item={item} />}
            {item.type === "vehicle_transfer" && (
              <Suspense fallback={<Loading />}>
                <TransferPanel item={item} />
              </Suspense>
            )}
            <CaseTimeline item={item} claims={claims} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <SlaPanel caseId={item.id} />
            {can(claims, "POST /cases/{id}/interactions") && (
              <>
                <ReplyForm item={item} />
                <LogInteractionForm item={item} />
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed">
        {t("console.case.created")}: {new Date(item.createdAt).toLocaleString()}
      </Text>
    </Stack>
  );
}

function Details({ item }: { item: CaseView }) {
  const t = useT();
  const customer = useQuery({
    queryKey: ["customer", item.customerId],
    queryFn: ({ signal }) => api("get", "/customers/{id}", { params: { id: item.customerId }, signal }),
  });
  const rows: [MessageKey, React.ReactNode][] = [
    [
      "console.case.customer",
      <Anchor
        key="customer"
        component={Link}
        to={`/console/customers/${item.customerId}`}
        style={{ overflowWrap: "anywhere" }}
      >
        {customer.data?.displayName ?? item.customerId}
      </Anchor>,
    ],
    ["console.case.type", item.type],
    ["console.case.priority", item.priority],
    ["console.case.queue", item.queue],
    ["console.case.channel", item.channel],
    ["console.case.assignee", item.assigneeId ?? "—"],
    ...(item.category ? [["console.newCase.category", item.category] as [MessageKey, React.ReactNode]] : []),
  ];
  const custom = Object.entries(item.customFields);
  return (
    <Card withBorder component="section" aria-labelledby="details-heading">
      <Title order={2} size="h4" id="details-heading" mb="xs">
        {t("console.case.details")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" fw={600}>
              {t(label)}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {value}
            </Text>
          </div>
        ))}
        {custom.map(([name, value]) => (
          <div key={name} data-custom-field={name}>
            <Text component="dt" size="xs" fw={600}>
              {name}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {String(value)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {item.description && (
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
          {item.description}
        </Text>
      )}
    </Card>
  );
}

function Transitions({ item }: { item: CaseView }) {
  const t = useT();
  const invalidate = useInvalidateCase(item.id);
  const [done, setDone] = useState<string | null>(null);
  const options = allowedTransitions(
    { status: item.status as CaseStatus, type: item.type, resolvedAt: item.resolvedAt },
    new Date(),
    reopenWindowDays,
  );
  const move = useMutation({
    mutationFn: (to: CaseStatus) =>
      api("post", "/cases/{id}/transitions", { params: { id: item.id }, body: { to }, ifMatch: item.version }),
    onSuccess: async (updated) => {
      setDone(updated.status);
      await invalidate();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="transitions-heading">
      <Title order={2} size="h4" id="transitions-heading" mb="xs">
        {t("console.case.transitions")}
      </Title>
      {options.length === 0 ? (
        <Text size="sm">{t("console.case.noTransitions")}</Text>
      ) : (
        <Group gap="xs">
          {options.map((to) => (
            <Button
              key={to}
              variant="outline"
              size="sm"
              loading={move.isPending && move.variables === to}
              disabled={move.isPending}
              onClick={() => move.mutate(to)}
              data-transition={to}
            >
              {t("console.case.moveTo", { status: statusLabel(t, to) })}
            </Button>
          ))}
        </Group>
      )}
      {move.isError && <ErrorState error={move.error} />}
      {done === item.status && !move.isPending && (
        <Text size="sm" mt="xs" role="status">
          {t("console.case.moved", { status: statusLabel(t, done) })}
        </Text>
      )}
    </Card>
  );
}

function SlaPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: ["sla", caseId],
    queryFn: ({ signal }) => api("get", "/cases/{id}/sla", { params: { id: caseId }, signal }),
    refetchInterval: 30_000,
  });
  return (
    <Card withBorder component="section" aria-labelledby="sla-heading">
      <Title order={2} size="h4" id="sla-heading" mb="xs">
        {t("console.sla.title")}
      </Title>
      <QueryState query={query}>
        {(sla) =>
          !sla.policy ? (
            <Text size="sm">{t("console.sla.none")}</Text>
          ) : (
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {sla.policy.name}
              </Text>
              {sla.metrics.map((clock) => (
                <SlaClock key={clock.metric} clock={clock} readAt={sla.at} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}

interface TimelineEntry {
  id: string;
  at: string;
  title: string;
  detail?: string | undefined;
  kind: "interaction" | "audit" | "status";
}

function CaseTimeline({ item, claims }: { item: CaseView; claims: Claims }) {
  const t = useT();
  const interactions = useQuery({
    queryKey: ["timeline", item.id],
    queryFn: ({ signal }) =>
      api("get", "/cases/{id}/timeline", { params: { id: item.id }, query: { limit: 100 }, signal }),
  });
  const mayAudit = can(claims, "GET /audit");
  const audit = useQuery({
    queryKey: ["audit", item.id],
    queryFn: ({ signal }) =>
      api("get", "/audit", { query: { entityType: "case", entityId: item.id, limit: 100 }, signal }),
    enabled: mayAudit,
  });
  const entries: TimelineEntry[] = [
    ...(interactions.data?.items ?? []).map((interaction) => ({
      id: interaction.id,
      at: interaction.occurredAt,
      title: `${interaction.direction} · ${interaction.channel}: ${interaction.summary}`,
      detail: interaction.body,
      kind: "interaction" as const,
    })),
    ...item.statusHistory.map((change, index) => ({
      id: String(index),
      at: change.at,
      title: change.from
        ? `${statusLabel(t, change.from)} → ${statusLabel(t, change.to)} (${change.by})`
        : `${statusLabel(t, change.to)} (${change.by})`,
      detail: change.reason,
      kind: "status" as const,
    })),
    ...(audit.data?.items ?? []).map((entry) => ({
      id: entry.id,
      at: entry.at,
      title: `${t("console.case.audit")}: ${entry.action} (${entry.actor.sub})`,
      kind: "audit" as const,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Card withBorder component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="xs">
        {t("console.case.timeline")}
      </Title>
      <QueryState query={interactions}>
        {() =>
          entries.length === 0 ? (
            <Text size="sm">{t("console.case.timelineEmpty")}</Text>
          ) : (
            <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
              {entries.map((entry) => (
                <Timeline.Item key={`${entry.kind}-${entry.id}`} title={entry.title} data-kind={entry.kind}>
                  {entry.detail && (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {entry.detail}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {new Date(entry.at).toLocaleString()}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )
        }
      </QueryState>
      {audit.isError && <ErrorState error={audit.error} />}
    </Card>
  );
}

function ReplyForm({ item }: { item: CaseView }) {
  const t = useT();
  const invalidate = useInvalidateCase(item.id);
  const [body, setBody] = useState("");
  const [key, setKey] = useState(newIdempotencyKey);
  const reply = useMutation({
    mutationFn: (text: string) =>
      api("post", "/cases/{id}/interactions", {
        params: { id: item.id },
        idempotencyKey: key,
        body: {
          channel: "email",
          direction: "outbound",
          visibility: "public",
          summary: text.slice(0, 500).split("\n")[0]!,
          body: text,
        },
      }),
    onSuccess: async () => {
      setBody("");
      setKey(newIdempotencyKey());
      await invalidate();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="reply-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) reply.mutate(body.trim());
        }}
      >
        <Stack gap="xs">
          <Title order={2} size="h4" id="reply-heading">
            {t("console.case.reply")}
          </Title>
          <Textarea
            label={t("console.case.replyBody")}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            autosize
            minRows={3}
            required
          />
          {reply.isError && <ErrorState error={reply.error} />}
          {reply.isSuccess && (
            <Alert color="green" role="status">
              {t("console.case.replied")}
            </Alert>
          )}
          <Button type="submit" loading={reply.isPending}>
            {t("console.case.sendReply")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

const channels = ["phone", "email", "chat", "web_form", "social", "fax", "walk_in"] as const;
const directions = ["inbound", "outbound", "internal"] as const;

function LogInteractionForm({ item }: { item: CaseView }) {
  const t = useT();
  const invalidate = useInvalidateCase(item.id);
  const [summary, setSummary] = useState("");
  const [channel, setChannel] = useState<(typeof channels)[number]>("phone");
  const [direction, setDirection] = useState<(typeof directions)[number]>("inbound");
  const log = useMutation({
    mutationFn: () =>
      api("post", "/cases/{id}/interactions", {
        params: { id: item.id },
        idempotencyKey: newIdempotencyKey(),
        body: { channel, direction, summary: summary.trim() },
      }),
    onSuccess: async () => {
      setSummary("");
      await invalidate();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="log-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (summary.trim()) log.mutate();
        }}
      >
        <Stack gap="xs">
          <Title order={2} size="h4" id="log-heading">
            {t("console.case.log")}
          </Title>
          <Group grow>
            <Select
              label={t("console.case.logChannel")}
              data={[...channels]}
              value={channel}
              allowDeselect={false}
              onChange={(value) => value && setChannel(value as typeof channel)}
            />
            <Select
              label={t("console.case.logDirection")}
              data={[...directions]}
              value={direction}
              allowDeselect={false}
              onChange={(value) => value && setDirection(value as typeof direction)}
            />
          </Group>
          <TextInput
            label={t("console.case.logSummary")}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            required
          />
          {log.isError && <ErrorState error={log.error} />}
          {log.isSuccess && (
            <Alert color="green" role="status">
              {t("console.case.logged")}
            </Alert>
          )}
          <Button type="submit" variant="outline" loading={log.isPending}>
            {t("console.case.logSubmit")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
