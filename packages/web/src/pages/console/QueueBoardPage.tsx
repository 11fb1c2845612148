import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { api } from "../../api/client";
import type { QueueSummary, SlaState } from "../../api/types";
import { QueryState } from "../../components/QueryState";
import { RequireRoute } from "../../components/RequireRoute";
import { DueTime, slaStateFills, useNow } from "../../components/WorkSla";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

/** The stacked segments of a queue's backlog: every open case is in exactly one. */
const segments: { key: keyof QueueSummary & string; state: SlaState; label: MessageKey }[] = [
  { key: "breached", state: "breached", label: "console.board.breached" },
  { key: "atRisk", state: "at_risk", label: "console.board.atRisk" },
  { key: "onTrack", state: "on_track", label: "console.board.onTrack" },
  { key: "paused", state: "paused", label: "console.board.paused" },
  { key: "noSla", state: "no_sla", label: "console.board.noSla" },
];

const workLink = (queue: string) => `/console/work?queue=${encodeURIComponent(queue)}`;

/** Supervisors' queue board: per queue the backlog by SLA state, unassigned work, the next target, per agent. */
export function QueueBoardPage() {
  return (
    <RequireRoute route="GET /queue-board">
      <Board />
    </RequireRoute>
  );
}

function Board() {
  const t = useT();
  const now = useNow();
  const query = useQuery({
    queryKey: ["queue-board"],
    queryFn: ({ signal }) => api("get", "/queue-board", { signal }),
    refetchInterval: 30_000,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.board.title")}
      </Title>
      <QueryState query={query}>
        {(board) =>
          board.queues.length === 0 ? (
            <Text data-testid="board-empty">{t("console.board.empty")}</Text>
          ) : (
            <>
              <Card withBorder component="section" aria-labelledby="board-backlog-heading">
                <Title order={2} size="h4" id="board-backlog-heading" mb="xs">
                  {t("console.board.chart")}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t("console.board.chartHint")}
                </Text>
                <BacklogChart queues={board.queues} />
                <Table.ScrollContainer minWidth={820}>
                  <Table striped data-testid="board-table">
                    <VisuallyHidden component="caption">{t("console.board.chart")}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("console.board.queue")}</Table.Th>
                        <Table.Th scope="col">{t("console.board.open")}</Table.Th>
                        {segments.map((segment) => (
                          <Table.Th scope="col" key={segment.key}>
                            {t(segment.label)}
                          </Table.Th>
                        ))}
                        <Table.Th scope="col">{t("console.board.unassigned")}</Table.Th>
                        <Table.Th scope="col">{t("console.board.nextDue")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {board.queues.map((queue) => (
                        <Table.Tr key={queue.queue} data-queue={queue.queue}>
                          <Table.Th scope="row">
                            <Anchor component={Link} to={workLink(queue.queue)}>
                              {queue.queue}
                            </Anchor>
                          </Table.Th>
                          <Table.Td data-count="open">{queue.open}</Table.Td>
                          {segments.map((segment) => (
                            <Table.Td key={segment.key} data-count={segment.key}>
                              {queue[segment.key] as number}
                            </Table.Td>
                          ))}
                          <Table.Td data-count="unassigned">{queue.unassigned}</Table.Td>
                          <Table.Td>
                            {queue.nextDueAt ? (
                              <DueTime dueAt={queue.nextDueAt} now={now} />
                            ) : (
                              <Text size="sm" c="dimmed" span>
                                {t("console.board.none")}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
              <section aria-labelledby="board-agents-heading">
                <Title order={2} size="h4" id="board-agents-heading" mb="xs">
                  {t("console.board.agents")}
                </Title>
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {board.queues.map((queue) => (
                    <AgentBreakdown key={queue.queue} queue={queue} />
                  ))}
                </SimpleGrid>
              </section>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

/** Each queue's backlog as one stacked bar; the chart is a picture of the table beside it (hidden from readers). */
function BacklogChart({ queues }: { queues: QueueSummary[] }) {
  const t = useT();
  const navigate = useNavigate();
  const height = Math.max(160, 48 * queues.length + 80);
  return (
    <div style={{ width: "100%", height }} aria-hidden="true" data-testid="board-chart">
      <ResponsiveContainer>
        <BarChart data={queues} layout="vertical" accessibilityLayer={false} margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="queue" width={120} />
          <Tooltip />
          <Legend
            itemSorter={null}
            formatter={(value) => <span style={{ color: "var(--mantine-color-text)" }}>{value}</span>}
          />
          {segments.map((segment) => (
            <Bar
              key={segment.key}
              dataKey={segment.key}
              name={t(segment.label)}
              stackId="backlog"
              fill={slaStateFills[segment.state]}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(data) => {
                const queue = (data as { payload?: QueueSummary }).payload?.queue;
                if (queue) navigate(workLink(queue));
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function AgentBreakdown({ queue }: { queue: QueueSummary }) {
  const t = useT();
  const headingId = `board-agents-${queue.queue.replace(/[^\w-]/g, "_")}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-queue-agents={queue.queue}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        <Anchor component={Link} to={workLink(queue.queue)} inherit>
          {t("console.board.agentsIn", { queue: queue.queue })}
        </Anchor>
      </Title>
      {queue.agents.length === 0 ? (
        <Text size="sm">{t("console.board.noAgents")}</Text>
      ) : (
        <Table>
          <VisuallyHidden component="caption">{t("console.board.agentsIn", { queue: queue.queue })}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("console.board.agent")}</Table.Th>
              <Table.Th scope="col">{t("console.board.open")}</Table.Th>
              <Table.Th scope="col">{t("console.board.atRisk")}</Table.Th>
              <Table.Th scope="col">{t("console.board.breached")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.agents.map((agent) => (
              <Table.Tr key={agent.assigneeId} data-agent={agent.assigneeId}>
                <Table.Th scope="row">{agent.assigneeId}</Table.Th>
                <Table.Td data-count="open">{agent.open}</Table.Td>
                <Table.Td data-count="atRisk">{agent.atRisk}</Table.Td>
                <Table.Td data-count="breached">{agent.breached}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
