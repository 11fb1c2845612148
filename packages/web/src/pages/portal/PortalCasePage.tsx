import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { ErrorState, QueryState } from "../../components/QueryState";
import { StatusBadge } from "../../components/StatusBadge";
import { useI18n } from "../../i18n/i18n";

const finished = new Set(["closed", "cancelled", "completed", "rejected", "withdrawn"]);

export function PortalCasePage() {
  const { t, language } = useI18n();
  const { id = "" } = useParams();
  const location = useLocation();
  const sent = (location.state as { sent?: string } | null)?.sent;
  const client = useQueryClient();
  const [body, setBody] = useState("");
  const [key, setKey] = useState(newIdempotencyKey);
  const query = useQuery({
    queryKey: ["portal", "case", id],
    queryFn: ({ signal }) => api("get", "/portal/cases/{id}", { params: { id }, signal }),
  });
  const reply = useMutation({
    mutationFn: (text: string) =>
      api("post", "/portal/cases/{id}/messages", { params: { id }, body: { body: text }, idempotencyKey: key }),
    onSuccess: async () => {
      setBody("");
      setKey(newIdempotencyKey());
      await client.invalidateQueries({ queryKey: ["portal"] });
    },
  });
  return (
    <QueryState query={query}>
      {(item) => (
        <Stack>
          {sent && (
            <Alert color="green" role="status" data-testid="portal-sent">
              {t("portal.new.sent", { number: sent })}
            </Alert>
          )}
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm">{item.number}</Text>
              <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
                {item.subject}
              </Title>
            </Stack>
            <StatusBadge status={item.status} audience="customer" />
          </Group>
          {item.description && <Text style={{ whiteSpace: "pre-wrap" }}>{item.description}</Text>}
          <Title order={2} size="h4">
            {t("portal.case.messages")}
          </Title>
          {item.messages.length === 0 ? (
            <Text size="sm">{t("portal.case.noMessages")}</Text>
          ) : (
            <Stack gap="xs" data-testid="portal-messages">
              {item.messages.map((message) => (
                <Card key={message.id} withBorder padding="sm">
                  <Text size="xs" fw={600}>
                    {message.author === "customer" ? t("portal.case.you") : t("portal.case.staff")} ·{" "}
                    {new Date(message.occurredAt).toLocaleString(language)}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {message.body ?? message.summary}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
          {finished.has(item.status) ? (
            <Text size="sm">{t("portal.case.closed")}</Text>
          ) : (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (body.trim()) reply.mutate(body.trim());
              }}
            >
              <Stack gap="xs" maw={640}>
                <Textarea
                  label={t("portal.case.reply")}
                  value={body}
                  onChange={(event) => setBody(event.currentTarget.value)}
                  required
                  autosize
                  minRows={3}
                />
                {reply.isError && <ErrorState error={reply.error} />}
                <Button type="submit" loading={reply.isPending}>
                  {t("portal.case.send")}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
