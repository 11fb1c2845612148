import { Anchor, Card, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import type { ApiResponse } from "../../api/client";
import { api } from "../../api/client";
import { formatMoney } from "../../components/Money";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";
import { GivingChart } from "./GivingChart";

type Campaign = ApiResponse<"/campaigns/{id}", "get">;

/** How much of the goal is raised, in the goal's currency (other currencies are shown, never added). */
export function progressOf(campaign: Campaign): number {
  const raised = campaign.raised.find((money) => money.currency === campaign.goal.currency)?.amountMinor ?? 0;
  return campaign.goal.amountMinor > 0 ? (raised / campaign.goal.amountMinor) * 100 : 0;
}

function CampaignProgress({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const percent = progressOf(campaign);
  const raised = campaign.raised.find((money) => money.currency === campaign.goal.currency) ?? {
    amountMinor: 0,
    currency: campaign.goal.currency,
  };
  const label = t("console.campaign.progress", {
    raised: formatMoney(raised),
    goal: formatMoney(campaign.goal),
    percent: percent.toFixed(1),
  });
  return (
    <Stack gap={4}>
      <Progress
        value={Math.min(100, percent)}
        size="lg"
        aria-label={label}
        data-testid="campaign-progress"
        data-percent={percent.toFixed(1)}
      />
      <Text size="sm" data-testid="campaign-progress-text">
        {label}
      </Text>
    </Stack>
  );
}

export function CampaignsPage() {
  const t = useT();
  const query = useQuery({
    queryKey: ["campaigns"],
    queryFn: ({ signal }) => api("get", "/campaigns", { query: { limit: 100 }, signal }),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.campaign.list")}
      </Title>
      <QueryState query={query}>
        {(page) => (
          <Card withBorder>
            <Table>
              <Table.Tbody>
                {page.items.map((campaign) => (
                  <Table.Tr key={campaign.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/console/campaigns/${campaign.id}`}>
                        {campaign.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td w="50%">
                      <CampaignProgress campaign={campaign} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </QueryState>
      <GivingChart year={new Date().getUTCFullYear()} currency={query.data?.items[0]?.goal.currency ?? "USD"} />
    </Stack>
  );
}

export function CampaignPage() {
  const t = useT();
  const { id = "" } = useParams();
  const query = useQuery({
    queryKey: ["campaign", id],
    queryFn: ({ signal }) => api("get", "/campaigns/{id}", { params: { id }, signal }),
  });
  return (
    <QueryState query={query}>
      {(campaign) => (
        <Stack>
          <Title order={1} size="h2">
            {campaign.name}
          </Title>
          {campaign.description && <Text>{campaign.description}</Text>}
          <Card withBorder component="section" aria-labelledby="campaign-progress-heading">
            <Title order={2} size="h4" id="campaign-progress-heading" mb="xs">
              {t("console.campaign.goal")}
            </Title>
            <CampaignProgress campaign={campaign} />
            <Text size="sm" mt="xs">
              {t("console.campaign.counts", { gifts: campaign.giftCount, donors: campaign.donorCount })} ·{" "}
              {campaign.startDate} → {campaign.endDate ?? "…"} · {campaign.status}
            </Text>
            {campaign.raised.filter((money) => money.currency !== campaign.goal.currency).length > 0 && (
              <Text size="sm">
                {t("console.campaign.otherCurrencies", {
                  amounts: campaign.raised
                    .filter((money) => money.currency !== campaign.goal.currency)
                    .map((money) => formatMoney(money))
                    .join(", "),
                })}
              </Text>
            )}
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
