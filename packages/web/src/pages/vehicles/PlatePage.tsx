import { Anchor, Badge, Card, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api } from "../../api/client";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function PlatePage() {
  const t = useT();
  const { jurisdiction = "", number = "" } = useParams();
  const query = useQuery({
    queryKey: ["plate", jurisdiction, number],
    queryFn: ({ signal }) =>
      api("get", "/plates/{jurisdiction}/{number}/history", { params: { jurisdiction, number }, signal }),
  });
  return (
    <QueryState query={query}>
      {(history) => (
        <Stack>
          <Group>
            <Title order={1} size="h2">
              {history.plate.display}
            </Title>
            <Badge variant="outline" color="dark">
              {history.plate.jurisdiction}
            </Badge>
            <Badge variant="filled">{history.plate.status}</Badge>
          </Group>
          <Card withBorder component="section" aria-labelledby="assignments-heading">
            <Title order={2} size="h4" id="assignments-heading" mb="xs">
              {t("console.vehicle.plateVehicles")}
            </Title>
            <Timeline bulletSize={14}>
              {history.assignments.map((assignment) => (
                <Timeline.Item
                  key={`${assignment.vin}-${assignment.from}`}
                  title={
                    <Anchor component={Link} to={`/console/vehicles/${assignment.vin}`}>
                      {assignment.vin}
                    </Anchor>
                  }
                >
                  <Text size="sm">
                    {assignment.from.slice(0, 10)} →{" "}
                    {assignment.to ? assignment.to.slice(0, 10) : t("console.vehicle.present")}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
