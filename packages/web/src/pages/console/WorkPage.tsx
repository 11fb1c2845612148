import { Anchor, Button, Card, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client";
import type { WorkPage as WorkListPage } from "../../api/types";
import { ErrorState, Loading, QueryState } from "../../components/QueryState";
import { RequireRoute } from "../../components/RequireRoute";
import { StatusBadge } from "../../components/StatusBadge";
import { DueTime, SlaStateBadge, useNow } from "../../components/WorkSla";
import { useT } from "../../i18n/i18n";

const refetchInterval = 30_000;
const pageSize = 25;

/**
 * My work: my own open cases and a team queue's, each in the order the API gives (most at risk first).
 * The tab and the queue are in the URL (`?queue=tier-1` opens that queue), so a view can be linked.
 */
export function WorkPage() {
  return (
    <RequireRoute route="GET /agents/{id}/cases">
      <Work />
    </RequireRoute>
  );
}

function Work() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const queue = params.get("queue") ?? "";
  const tab = params.get("tab") === "team" || queue ? "team" : "mine";
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.work.title")}
      </Title>
      <Tabs
        value={tab}
        onChange={(next) => setParams(next === "team" ? { tab: "team", ...(queue ? { queue } : {}) } : {})}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("console.work.title")}>
          <Tabs.Tab value="mine">{t("console.work.mine")}</Tabs.Tab>
          <Tabs.Tab value="team">{t("console.work.team")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <WorkList
            queryKey={["work", "agent", "me"]}
            load={(cursor, signal) =>
              api("get", "/agents/{id}/cases", { params: { id: "me" }, query: { limit: pageSize, cursor }, signal })
            }
            caption={t("console.work.captionMine")}
            testId="my-queue"
          />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamQueues
            queue={queue}
            onQueue={(name) => setParams(name ? { tab: "team", queue: name } : { tab: "team" })}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A queue picker filled from the board's queue names, then that queue's list. */
function TeamQueues({ queue, onQueue }: { queue: string; onQueue: (name: string) => void }) {
  const t = useT();
  const board = useQuery({
    queryKey: ["queue-board"],
    queryFn: ({ signal }) => api("get", "/queue-board", { signal }),
    refetchInterval,
  });
  return (
    <Stack>
      <QueryState query={board}>
        {(data) => {
          const names = data.queues.map((item) => item.queue);
          if (queue && !names.includes(queue)) names.push(queue);
          if (names.length === 0) return <Text size="sm">{t("console.work.noQueues")}</Text>;
          return (
            <NativeSelect
              label={t("console.work.queue")}
              maw={320}
              value={queue}
              onChange={(event) => onQueue(event.currentTarget.value)}
              data={[
                { value: "", label: t("console.work.chooseQueue") },
                ...names.map((name) => ({ value: name, label: name })),
              ]}
            />
          );
        }}
      </QueryState>
      {queue && (
        <WorkList
          key={queue}
          queryKey={["work", "queue", queue]}
          load={(cursor, signal) =>
            api("get", "/queues/{name}/cases", { params: { name: queue }, query: { limit: pageSize, cursor }, signal })
          }
          caption={t("console.work.captionQueue", { queue })}
          testId="queue-list"
        />
      )}
    </Stack>
  );
}

/** One work list: a table in the API's order, "Load more" with the cursor, refetched every 30 s. */
function WorkList({
  queryKey,
  load,
  caption,
  testId,
}: {
  queryKey: string[];
  load: (cursor: string | undefined, signal: AbortSignal) => Promise<WorkListPage>;
  caption: string;
  testId: string;
}) {
  const t = useT();
  const now = useNow();
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => load(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor ?? undefined,
    refetchInterval,
  });
  if (!query.data) {
    return query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : <Loading />;
  }
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Card withBorder>
        <Text size="sm" data-testid={`${testId}-empty`}>
          {t("console.work.empty")}
        </Text>
      </Card>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid={testId}>
          <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("console.work.case")}</Table.Th>
              <Table.Th scope="col">{t("console.work.subject")}</Table.Th>
              <Table.Th scope="col">{t("console.work.priority")}</Table.Th>
              <Table.Th scope="col">{t("console.work.status")}</Table.Th>
              <Table.Th scope="col">{t("console.work.assignee")}</Table.Th>
              <Table.Th scope="col">{t("console.work.sla")}</Table.Th>
              <Table.Th scope="col">{t("console.work.due")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.caseId} data-case={item.number} data-sla-state={item.sla.state}>
                <Table.Td>
                  <Anchor component={Link} to={`/console/cases/${item.caseId}`}>
                    {item.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{item.subject}</Table.Td>
                <Table.Td>{item.priority}</Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  {item.assigneeId ?? (
                    <Text size="sm" c="dimmed" span>
                      {t("console.work.unassigned")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SlaStateBadge state={item.sla.state} />
                </Table.Td>
                <Table.Td>
                  <DueTime dueAt={item.sla.dueAt} now={now} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {t("console.work.showing", { count: items.length })}
        </Text>
        {query.hasNextPage && (
          <Button variant="outline" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t("console.work.loadMore")}
          </Button>
        )}
      </Group>
      {query.isError && (
        <ErrorState
          error={query.error}
          onRetry={() => (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
        />
      )}
    </Stack>
  );
}
