import { Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function VehiclePage() {
  const t = useT();
  const { vin = "" } = useParams();
  const claims = useSession()?.claims;
  const vehicle = useQuery({
    queryKey: ["vehicle", vin],
    queryFn: ({ signal }) => api("get", "/vehicles/{vin}", { params: { vin }, signal }),
  });
  const history = useQuery({
    queryKey: ["vehicle-history", vin],
    queryFn: ({ signal }) => api("get", "/vehicles/{vin}/history", { params: { vin }, signal }),
  });
  return (
    <QueryState query={vehicle}>
      {(item) => (
        <Stack>
          <Group justify="space-between">
            <Stack gap={0}>
              <Text size="sm" data-testid="vehicle-vin">
                {item.vin}
              </Text>
              <Title order={1} size="h2">
                {item.modelYear} {item.make} {item.model}
              </Title>
            </Stack>
            {can(claims, "POST /cases") && (
              <Button component={Link} to={`/console/transfers/new?vin=${encodeURIComponent(item.vin)}`}>
                {t("console.vehicle.startTransfer")}
              </Button>
            )}
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder component="section" aria-labelledby="decode-heading">
                <Title order={2} size="h4" id="decode-heading" mb="xs">
                  {t("console.vehicle.decode")}
                </Title>
                {item.decoded ? (
                  <Table data-testid="vin-decode">
                    <Table.Tbody>
                      {(
                        [
                          ["console.vehicle.manufacturer", item.decoded.manufacturer ?? item.decoded.wmi],
                          [
                            "console.vehicle.region",
                            [item.decoded.region, item.decoded.country].filter(Boolean).join(", "),
                          ],
                          [
                            "console.vehicle.modelYear",
                            String(item.decoded.modelYear ?? item.decoded.modelYearCandidates.join(" / ")),
                          ],
                          [
                            "console.vehicle.checkDigit",
                            `${item.decoded.checkDigit} (${item.decoded.checkDigitValid ? "✓" : "✗"})`,
                          ],
                          ["console.vehicle.plant", item.decoded.plantCode],
                          ["console.vehicle.serial", item.decoded.serialNumber],
                        ] as const
                      ).map(([label, value]) => (
                        <Table.Tr key={label}>
                          <Table.Th scope="row">{t(label)}</Table.Th>
                          <Table.Td>{value}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : (
                  <Text size="sm">{t("console.vehicle.nonStandard")}</Text>
                )}
              </Card>
              <Card withBorder mt="md" component="section" aria-labelledby="now-heading">
                <Title order={2} size="h4" id="now-heading" mb="xs">
                  {t("console.vehicle.now")}
                </Title>
                <Stack gap={4} data-testid="current-owners">
                  {item.currentOwners.map((owner) => (
                    <Anchor
                      key={owner.customerId}
                      component={Link}
                      to={`/console/customers/${owner.customerId}`}
                      size="sm"
                    >
                      {owner.customerId} ({owner.role})
                    </Anchor>
                  ))}
                  {item.currentPlates.map((plate) => (
                    <Group key={`${plate.jurisdiction}/${plate.number}`} gap="xs">
                      <Badge variant="outline" color="dark">
                        {plate.jurisdiction}
                      </Badge>
                      <Anchor component={Link} to={`/console/plates/${plate.jurisdiction}/${plate.number}`} size="sm">
                        {plate.number}
                      </Anchor>
                    </Group>
                  ))}
                </Stack>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <QueryState query={history}>
                {(past) => (
                  <Stack>
                    <Card withBorder component="section" aria-labelledby="owners-heading">
                      <Title order={2} size="h4" id="owners-heading" mb="xs">
                        {t("console.vehicle.owners")}
                      </Title>
                      <Timeline bulletSize={14} data-testid="owner-history">
                        {past.owners.map((owner) => (
                          <Timeline.Item
                            key={`${owner.customerId}-${owner.from}`}
                            title={
                              <Anchor component={Link} to={`/console/customers/${owner.customerId}`}>
                                {owner.customerId}
                              </Anchor>
                            }
                          >
                            <Text size="sm">
                              {owner.from.slice(0, 10)} →{" "}
                              {owner.to ? owner.to.slice(0, 10) : t("console.vehicle.present")} · {owner.acquiredBy}
                              {owner.caseId && (
                                <>
                                  {" · "}
                                  <Anchor component={Link} to={`/console/cases/${owner.caseId}`} size="sm">
                                    {t("console.vehicle.transferCase")}
                                  </Anchor>
                                </>
                              )}
                            </Text>
                          </Timeline.Item>
                        ))}
                      </Timeline>
                    </Card>
                    <Card withBorder component="section" aria-labelledby="plates-heading">
                      <Title order={2} size="h4" id="plates-heading" mb="xs">
                        {t("console.vehicle.plates")}
                      </Title>
                      {past.plates.length === 0 ? (
                        <Text size="sm">{t("console.customer.none")}</Text>
                      ) : (
                        <Timeline bulletSize={14} data-testid="plate-history">
                          {past.plates.map((plate) => (
                            <Timeline.Item
                              key={`${plate.number}-${plate.from}`}
                              title={`${plate.number} (${plate.jurisdiction})`}
                            >
                              <Text size="sm">
                                {plate.from.slice(0, 10)} →{" "}
                                {plate.to ? plate.to.slice(0, 10) : t("console.vehicle.present")}
                              </Text>
                            </Timeline.Item>
                          ))}
                        </Timeline>
                      )}
                    </Card>
                  </Stack>
                )}
              </QueryState>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}
