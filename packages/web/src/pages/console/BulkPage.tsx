import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { ApiResponse } from "../../api/client";
import { api } from "../../api/client";
import { ErrorState } from "../../components/QueryState";
import { RequireRoute } from "../../components/RequireRoute";
import { statusLabel } from "../../components/StatusBadge";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

type BulkResult = ApiResponse<"/cases/bulk", "post">["results"][number];
const actions = ["status", "assign", "priority", "queue"] as const;
type Action = (typeof actions)[number];
const statuses = ["open", "pending_customer", "pending_internal", "resolved", "closed", "cancelled"] as const;
const priorities = ["low", "normal", "high", "urgent"] as const;

/** Supervisors apply one change to many cases and see what happened to each. */
export function BulkPage() {
  return (
    <RequireRoute route="POST /cases/bulk">
      <BulkActions />
    </RequireRoute>
  );
}

function BulkActions() {
  const t = useT();
  const [selection, setSelection] = useState<{ id: string; label: string }[]>([]);
  const [lookup, setLookup] = useState("");
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [action, setAction] = useState<Action>("status");
  const [value, setValue] = useState<string>("open");
  const [results, setResults] = useState<BulkResult[] | null>(null);

  async function addCase(event: React.FormEvent) {
    event.preventDefault();
    setLookupError(null);
    const q = lookup.trim();
    if (q.length < 2) return;
    const found = await api("get", "/search", { query: { q, limit: 5 } });
    const hit = found.items.find((item) => item.type === "case");
    if (!hit) {
      setLookupError(t("console.bulk.noSuchCase", { query: q }));
      return;
    }
    if (!selection.some((item) => item.id === hit.id)) setSelection([...selection, { id: hit.id, label: hit.label }]);
    setLookup("");
  }

  const apply = useMutation({
    mutationFn: () => {
      const caseIds = selection.map((item) => item.id);
      const body =
        action === "assign"
          ? { action, caseIds, value: value.trim() || null }
          : action === "status"
            ? { action, caseIds, value: value as (typeof statuses)[number] }
            : action === "priority"
              ? { action, caseIds, value: value as (typeof priorities)[number] }
              : { action, caseIds, value: value.trim() };
      return api("post", "/cases/bulk", { body });
    },
    onSuccess: (answer) => setResults(answer.results),
  });

  const labelOf = (id: string) => selection.find((item) => item.id === id)?.label ?? id;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.bulk.title")}
      </Title>
      <Card withBorder component="section" aria-labelledby="bulk-cases-heading">
        <Title order={2} size="h4" id="bulk-cases-heading" mb="xs">
          {t("console.bulk.cases")}
        </Title>
        <form onSubmit={addCase}>
          <Group align="flex-end">
            <TextInput
              label={t("console.bulk.addCase")}
              value={lookup}
              onChange={(e) => setLookup(e.currentTarget.value)}
              placeholder="CL-000123"
            />
            <Button type="submit" variant="outline">
              {t("console.bulk.add")}
            </Button>
          </Group>
        </form>
        {lookupError && (
          <Text size="sm" c="red.9" mt="xs" role="alert">
            {lookupError}
          </Text>
        )}
        <Stack gap={4} mt="sm" data-testid="bulk-selection">
          {selection.map((item) => (
            <Group key={item.id} gap="xs">
              <Text size="sm">{item.label}</Text>
              <ActionIcon
                variant="subtle"
                color="dark"
                size="sm"
                aria-label={t("console.bulk.remove", { case: item.label })}
                onClick={() => setSelection(selection.filter((other) => other.id !== item.id))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="bulk-action-heading">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply.mutate();
          }}
        >
          <Stack>
            <Title order={2} size="h4" id="bulk-action-heading">
              {t("console.bulk.change")}
            </Title>
            <Group align="flex-end">
              <NativeSelect
                label={t("console.bulk.action")}
                data={actions.map((option) => ({
                  value: option,
                  label: t(`console.bulk.action.${option}` as MessageKey),
                }))}
                value={action}
                onChange={(event) => {
                  const next = event.currentTarget.value as Action;
                  setAction(next);
                  setValue(next === "status" ? "open" : next === "priority" ? "normal" : "");
                }}
              />
              {action === "status" || action === "priority" ? (
                <NativeSelect
                  label={t("console.bulk.value")}
                  data={
                    action === "status"
                      ? statuses.map((status) => ({ value: status, label: statusLabel(t, status) }))
                      : [...priorities]
                  }
                  value={value}
                  onChange={(event) => setValue(event.currentTarget.value)}
                />
              ) : (
                <TextInput
                  label={action === "assign" ? t("console.bulk.assignee") : t("console.case.queue")}
                  value={value}
                  onChange={(event) => setValue(event.currentTarget.value)}
                  required={action === "queue"}
                />
              )}
              <Button type="submit" loading={apply.isPending} disabled={selection.length === 0}>
                {t("console.bulk.apply", { count: selection.length })}
              </Button>
            </Group>
            {apply.isError && <ErrorState error={apply.error} />}
          </Stack>
        </form>
      </Card>
      {results && (
        <Card withBorder component="section" aria-labelledby="bulk-results-heading">
          <Title order={2} size="h4" id="bulk-results-heading" mb="xs">
            {t("console.bulk.results")}
          </Title>
          <Alert color="blue" mb="sm" role="status">
            {t("console.bulk.summary", {
              done: results.filter((result) => result.status === 200).length,
              failed: results.filter((result) => result.status !== 200).length,
            })}
          </Alert>
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="bulk-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("console.bulk.case")}</Table.Th>
                  <Table.Th>{t("console.bulk.outcome")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((result) => (
                  <Table.Tr key={result.id} data-outcome={result.status}>
                    <Table.Td>{result.case?.number ?? labelOf(result.id)}</Table.Td>
                    <Table.Td>
                      {result.status === 200 ? (
                        <Badge color="green" variant="filled">
                          {t("console.bulk.done")}
                        </Badge>
                      ) : (
                        <Group gap="xs">
                          <Badge color="red" variant="filled">
                            {result.status}
                          </Badge>
                          <Text size="sm">{result.problem?.detail ?? result.problem?.title}</Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
