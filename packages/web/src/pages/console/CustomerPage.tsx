import { Anchor, Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { CaseTable } from "../../components/CaseTable";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function CustomerPage() {
  const t = useT();
  const { id = "" } = useParams();
  const claims = useSession()?.claims;
  const query = useQuery({
    queryKey: ["customer360", id],
    queryFn: ({ signal }) => api("get", "/customers/{id}/360", { params: { id }, signal }),
  });
  return (
    <QueryState query={query}>
      {(view) => {
        const profile = view.profile;
        const recent = view.recentCases.filter((item) => !view.openCases.some((open) => open.id === item.id));
        return (
          <Stack>
            <Group justify="space-between">
              <Stack gap={0}>
                <Text size="sm">{t("console.customer.title")}</Text>
                <Title order={1} size="h2" data-testid="customer-name">
                  {profile?.displayName ?? id}
                </Title>
              </Stack>
              <Group gap="xs">
                {can(claims, "GET /customers/{id}/donor") && (
                  <Button variant="outline" component={Link} to={`/console/donors/${encodeURIComponent(id)}`}>
                    {t("console.donor.open")}
                  </Button>
                )}
                {can(claims, "POST /cases") && (
                  <Button component={Link} to={`/console/cases/new?customerId=${encodeURIComponent(id)}`}>
                    {t("console.nav.newCase")}
                  </Button>
                )}
              </Group>
            </Group>
            <Grid>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Card withBorder component="section" aria-labelledby="contact-heading">
                  <Title order={2} size="h4" id="contact-heading">
                    {t("console.customer.contact")}
                  </Title>
                  <List size="sm" listStyleType="none" spacing={4} mt="xs">
                    {profile?.emails.map((email) => (
                      <List.Item key={email.address}>{email.address}</List.Item>
                    ))}
                    {profile?.phones.map((phone) => (
                      <List.Item key={phone.number}>{phone.number}</List.Item>
                    ))}
                  </List>
                  {profile && (
                    <Group gap="xs" mt="sm">
                      <Text size="sm">{t("console.customer.tier")}:</Text>
                      <Badge variant="outline" color="dark">
                        {profile.tier}
                      </Badge>
                    </Group>
                  )}
                  {profile?.masked && profile.masked.length > 0 && (
                    <Text size="xs" c="dimmed" mt="sm">
                      {t("console.customer.masked", { fields: profile.masked.join(", ") })}
                    </Text>
                  )}
                </Card>
                {view.vehicles.length > 0 && (
                  <Card withBorder mt="md" component="section" aria-labelledby="vehicles-heading">
                    <Title order={2} size="h4" id="vehicles-heading">
                      {t("console.customer.vehicles")}
                    </Title>
                    <List size="sm" mt="xs">
                      {view.vehicles.map((ownership) => (
                        <List.Item key={`${ownership.vin}-${ownership.from}`}>
                          {ownership.vehicleLabel} · {ownership.vin}
                          {ownership.to ? ` (→ ${ownership.to.slice(0, 10)})` : ""}
                        </List.Item>
                      ))}
                    </List>
                  </Card>
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                <Stack>
                  <Card withBorder component="section" aria-labelledby="open-heading">
                    <Title order={2} size="h4" id="open-heading">
                      {t("console.customer.openCases")}
                    </Title>
                    <CaseTable cases={view.openCases} caption={t("console.customer.openCases")} />
                  </Card>
                  <Card withBorder component="section" aria-labelledby="recent-heading">
                    <Title order={2} size="h4" id="recent-heading">
                      {t("console.customer.recentCases")}
                    </Title>
                    <CaseTable cases={recent} caption={t("console.customer.recentCases")} />
                  </Card>
                  <Card withBorder component="section" aria-labelledby="interactions-heading">
                    <Title order={2} size="h4" id="interactions-heading">
                      {t("console.customer.interactions")}
                    </Title>
                    {view.recentInteractions.length === 0 ? (
                      <Text size="sm">{t("console.customer.none")}</Text>
                    ) : (
                      <List size="sm" mt="xs" spacing={4}>
                        {view.recentInteractions.map((interaction) => (
                          <List.Item key={interaction.id}>
                            {new Date(interaction.occurredAt).toLocaleString()} · {interaction.channel} ·{" "}
                            {interaction.direction} — {interaction.summary}
                            {interaction.caseId && (
                              <>
                                {" "}
                                <Anchor component={Link} to={`/console/cases/${interaction.caseId}`} size="sm">
                                  ↗
                                </Anchor>
                              </>
                            )}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Card>
                </Stack>
              </Grid.Col>
            </Grid>
          </Stack>
        );
      }}
    </QueryState>
  );
}
