import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api } from "../../api/client";
import { type Claims, can, useSession } from "../../auth/session";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function HomePage() {
  const t = useT();
  const claims = useSession()?.claims;
  if (!claims) return null;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.home.title", { name: claims.name ?? claims.sub })}
      </Title>
      <Text data-testid="home-roles">
        {t("console.home.roles", { sub: claims.sub, roles: claims.roles.join(", ") })}
      </Text>
      <Text>{t("console.home.hint")}</Text>
      {can(claims, "GET /notifications") && <Notifications claims={claims} />}
    </Stack>
  );
}

/** The caller's own notifications (SLA warnings and breaches of cases in queues they supervise), newest first. */
function Notifications({ claims }: { claims: Claims }) {
  const t = useT();
  const query = useQuery({
    queryKey: ["notifications", claims.sub],
    queryFn: ({ signal }) => api("get", "/notifications", { query: { limit: 20 }, signal }),
    refetchInterval: 60_000,
  });
  return (
    <Card withBorder component="section" aria-labelledby="notifications-heading" maw={720}>
      <Title order={2} size="h4" id="notifications-heading" mb="xs">
        {t("console.home.notifications")}
      </Title>
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm" data-testid="no-notifications">
              {t("console.home.noNotifications")}
            </Text>
          ) : (
            <Stack gap="xs">
              {page.items.map((item) => (
                <Group key={item.id} gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="filled" color={/breach/i.test(item.kind) ? "red.9" : "orange"}>
                    {item.kind}
                  </Badge>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/console/cases/${item.caseId}`} size="sm">
                      {item.message}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {new Date(item.createdAt).toLocaleString()}
                    </Text>
                  </Stack>
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
