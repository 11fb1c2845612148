import { Card, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { api } from "../../api/client";
import { formatMoney } from "../../components/Money";
import { QueryState } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

/** Gifts per month of `year` in one currency, as a bar chart with the same numbers in a table beneath. */
export function GivingChart({ year, currency }: { year: number; currency: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: ["giving-by-month", year],
    queryFn: ({ signal }) => api("get", "/reports/donors/giving-by-month", { query: { year }, signal }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="giving-chart-heading">
      <Title order={2} size="h4" id="giving-chart-heading" mb="xs">
        {t("console.campaign.givingByMonth", { year, currency })}
      </Title>
      <QueryState query={query}>
        {(report) => {
          const months = Array.from({ length: 12 }, (_, index) => {
            const month = `${year}-${String(index + 1).padStart(2, "0")}`;
            const row = report.months.find((item) => item.month === month && item.currency === currency);
            return {
              month: month.slice(5),
              amount: (row?.amountMinor ?? 0) / 100,
              gifts: row?.giftCount ?? 0,
              minor: row?.amountMinor ?? 0,
            };
          });
          const given = months.filter((month) => month.gifts > 0);
          return (
            <>
              <div style={{ width: "100%", height: 220 }} aria-hidden="true" data-testid="giving-chart">
                <ResponsiveContainer>
                  <BarChart data={months} accessibilityLayer={false}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="month" />
                    <YAxis width={60} />
                    <Tooltip
                      formatter={(value) => formatMoney({ amountMinor: Math.round(Number(value) * 100), currency })}
                    />
                    <Bar dataKey="amount" fill="var(--mantine-color-blue-8)" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              {given.length === 0 ? (
                <Text size="sm">{t("console.customer.none")}</Text>
              ) : (
                <Table data-testid="giving-table">
                  <VisuallyHidden component="caption">
                    {t("console.campaign.givingByMonth", { year, currency })}
                  </VisuallyHidden>
                  <Table.Tbody>
                    {given.map((month) => (
                      <Table.Tr key={month.month}>
                        <Table.Th scope="row">
                          {year}-{month.month}
                        </Table.Th>
                        <Table.Td>{formatMoney({ amountMinor: month.minor, currency })}</Table.Td>
                        <Table.Td>{t("console.campaign.giftsCount", { count: month.gifts })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
