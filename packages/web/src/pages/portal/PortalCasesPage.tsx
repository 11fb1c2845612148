import { Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api } from "../../api/client";
import { QueryState } from "../../components/QueryState";
import { StatusBadge } from "../../components/StatusBadge";
import { useI18n } from "../../i18n/i18n";

export function PortalCasesPage() {
  const { t, language } = useI18n();
  const query = useQuery({
    queryKey: ["portal", "cases"],
    queryFn: ({ signal }) => api("get", "/portal/cases", { query: { limit: 50 }, signal }),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t("portal.cases.title")}
        </Title>
        <Button component={Link} to="/self-service/new">
          {t("portal.cases.new")}
        </Button>
      </Group>
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t("portal.cases.empty")}</Text>
          ) : (
            <Stack gap="xs" data-testid="portal-cases">
              {page.items.map((item) => (
                <Card key={item.id} withBorder padding="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                      <Anchor component={Link} to={`/self-service/cases/${item.id}`} fw={600}>
                        {item.subject}
                      </Anchor>
                      <Text size="sm">
                        {t("portal.cases.number")}: {item.number} · {t("portal.cases.updated")}:{" "}
                        {new Date(item.updatedAt).toLocaleDateString(language)}
                      </Text>
                    </Stack>
                    <StatusBadge status={item.status} audience="customer" />
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
