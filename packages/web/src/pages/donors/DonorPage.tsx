import { Anchor, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { api } from "../../api/client";
import { can, useSession } from "../../auth/session";
import { formatMoney } from "../../components/Money";
import { QueryState } from "../../components/QueryState";
import { ReceiptButton } from "../../components/ReceiptButton";
import { useT } from "../../i18n/i18n";

export function DonorPage() {
  const t = useT();
  const { id = "" } = useParams();
  const claims = useSession()?.claims;
  const customer = useQuery({
    queryKey: ["customer", id],
    queryFn: ({ signal }) => api("get", "/customers/{id}", { params: { id }, signal }),
  });
  const donor = useQuery({
    queryKey: ["donor", id],
    queryFn: ({ signal }) => api("get", "/customers/{id}/donor", { params: { id }, signal }),
  });
  const gifts = useQuery({
    queryKey: ["gifts", id],
    queryFn: ({ signal }) => api("get", "/gifts", { query: { customerId: id, limit: 50 }, signal }),
  });
  const recurring = useQuery({
    queryKey: ["recurring", id],
    queryFn: ({ signal }) => api("get", "/recurring-gifts", { query: { customerId: id, limit: 50 }, signal }),
  });
  const pledges = useQuery({
    queryKey: ["pledges", id],
    queryFn: ({ signal }) => api("get", "/pledges", { query: { customerId: id, limit: 50 }, signal }),
  });
  const sums = (list: { amountMinor: number; currency: string }[]) =>
    list.length ? list.map((money) => formatMoney(money)).join(" + ") : "—";
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Text size="sm">{t("console.donor.title")}</Text>
          <Title order={1} size="h2">
            <Anchor component={Link} to={`/console/customers/${id}`} c="inherit">
              {customer.data?.displayName ?? id}
            </Anchor>
          </Title>
        </Stack>
        {can(claims, "POST /gifts") && (
          <Button component={Link} to={`/console/gifts/new?customerId=${encodeURIComponent(id)}`}>
            {t("console.gift.record")}
          </Button>
        )}
      </Group>
      <QueryState query={donor}>
        {(profile) => (
          <Card withBorder component="section" aria-labelledby="giving-heading">
            <Title order={2} size="h4" id="giving-heading" mb="xs">
              {t("console.donor.giving")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} data-testid="giving-summary">
              <Stat label={t("console.donor.giftCount")} value={String(profile.giving.giftCount)} />
              <Stat
                label={t("console.donor.lifetime")}
                value={sums(profile.giving.lifetime)}
                testId="giving-lifetime"
              />
              <Stat label={t("console.donor.yearToDate")} value={sums(profile.giving.yearToDate)} />
              <Stat
                label={t("console.donor.lastGift")}
                value={
                  profile.giving.lastGift
                    ? `${formatMoney(profile.giving.lastGift.amount)} · ${profile.giving.lastGift.date}`
                    : "—"
                }
              />
            </SimpleGrid>
            <Group gap="xs" mt="sm">
              <Badge variant="outline" color="dark">
                {profile.donorType}
              </Badge>
              {profile.doNotSolicit && <Badge color="red">{t("console.donor.doNotSolicit")}</Badge>}
              {profile.doNotMail && <Badge color="red">{t("console.donor.doNotMail")}</Badge>}
              <Text size="sm">{t("console.donor.receiptsBy", { delivery: profile.receiptDelivery })}</Text>
            </Group>
          </Card>
        )}
      </QueryState>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder component="section" aria-labelledby="gifts-heading">
            <Title order={2} size="h4" id="gifts-heading" mb="xs">
              {t("console.donor.gifts")}
            </Title>
            <QueryState query={gifts}>
              {(page) =>
                page.items.length === 0 ? (
                  <Text size="sm">{t("console.customer.none")}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={560}>
                    <Table data-testid="gifts">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t("console.gift.receipt")}</Table.Th>
                          <Table.Th>{t("console.gift.date")}</Table.Th>
                          <Table.Th>{t("console.gift.amount")}</Table.Th>
                          <Table.Th>{t("console.gift.method")}</Table.Th>
                          <Table.Th>{t("console.gift.status")}</Table.Th>
                          <Table.Th>PDF</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {page.items.map((gift) => (
                          <Table.Tr key={gift.id}>
                            <Table.Td>{gift.receiptNumber}</Table.Td>
                            <Table.Td>{gift.date}</Table.Td>
                            <Table.Td>{formatMoney(gift.amount)}</Table.Td>
                            <Table.Td>{gift.method}</Table.Td>
                            <Table.Td>{gift.status}</Table.Td>
                            <Table.Td>
                              <ReceiptButton number={gift.receiptNumber} />
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )
              }
            </QueryState>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <Card withBorder component="section" aria-labelledby="recurring-heading">
              <Title order={2} size="h4" id="recurring-heading" mb="xs">
                {t("console.donor.recurring")}
              </Title>
              <QueryState query={recurring}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Text size="sm">{t("console.customer.none")}</Text>
                  ) : (
                    <Stack gap={4}>
                      {page.items.map((plan) => (
                        <Text size="sm" key={plan.id}>
                          {formatMoney(plan.amount)} {plan.frequency} · {plan.status} ·{" "}
                          {t("console.donor.nextDue", { at: plan.nextDueAt.slice(0, 10) })}
                        </Text>
                      ))}
                    </Stack>
                  )
                }
              </QueryState>
            </Card>
            <Card withBorder component="section" aria-labelledby="pledges-heading">
              <Title order={2} size="h4" id="pledges-heading" mb="xs">
                {t("console.donor.pledges")}
              </Title>
              <QueryState query={pledges}>
                {(page) =>
                  page.items.length === 0 ? (
                    <Text size="sm">{t("console.customer.none")}</Text>
                  ) : (
                    <Stack gap={4}>
                      {page.items.map((pledge) => (
                        <Text size="sm" key={pledge.id}>
                          {formatMoney(pledge.paid)} / {formatMoney(pledge.total)} · {pledge.status}
                        </Text>
                      ))}
                    </Stack>
                  )
                }
              </QueryState>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Text size="lg" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
