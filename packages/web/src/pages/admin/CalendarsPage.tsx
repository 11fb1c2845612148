import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function CalendarsPage() {
  const t = useT();
  const claims = useSession()?.claims;
  const query = useQuery({
    queryKey: ["calendars"],
    queryFn: ({ signal }) => api("get", "/calendars", { query: { limit: 100 }, signal }),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t("console.calendars.title")}
        </Title>
        {can(claims, "POST /calendars") && (
          <Button component={Link} to="/console/admin/calendars/new">
            {t("console.calendars.new")}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <QueryState query={query}>
          {(page) =>
            page.items.length === 0 ? (
              <Text>{t("console.calendars.none")}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("console.calendars.name")}</Table.Th>
                    <Table.Th>{t("console.calendars.timeZone")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((calendar) => (
                    <Table.Tr key={calendar.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/console/admin/calendars/${calendar.id}`}>
                          {calendar.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{calendar.timeZone}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
