import { Alert, Anchor, Button, Card, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { formatMoney, toMinor } from "../../components/Money";
import { ErrorState } from "../../components/QueryState";
import { ReceiptButton } from "../../components/ReceiptButton";
import { RequireRoute } from "../../components/RequireRoute";
import { useT } from "../../i18n/i18n";

const methods = ["card", "cash", "cheque", "bank_transfer", "in_kind", "securities"] as const;

export function RecordGiftPage() {
  return (
    <RequireRoute route="POST /gifts">
      <RecordGift />
    </RequireRoute>
  );
}

function RecordGift() {
  const t = useT();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const [customerId, setCustomerId] = useState(params.get("customerId") ?? "");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("USD");
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [method, setMethod] = useState<(typeof methods)[number]>("card");
  const [campaignId, setCampaignId] = useState(params.get("campaignId") ?? "");
  const [fund, setFund] = useState("");
  const [key, setKey] = useState(newIdempotencyKey);
  const campaigns = useQuery({
    queryKey: ["campaigns"],
    queryFn: ({ signal }) => api("get", "/campaigns", { query: { limit: 100 }, signal }),
  });
  const record = useMutation({
    mutationFn: () =>
      api("post", "/gifts", {
        idempotencyKey: key,
        body: {
          customerId: customerId.trim(),
          amount: { amountMinor: toMinor(amount, currency) ?? 0, currency },
          date,
          method,
          ...(campaignId ? { campaignId } : {}),
          ...(fund.trim() ? { fund: fund.trim() } : {}),
        },
      }),
    onSuccess: async () => {
      setKey(newIdempotencyKey());
      await Promise.all(
        ["donor", "gifts", "campaign", "campaigns"].map((name) => client.invalidateQueries({ queryKey: [name] })),
      );
    },
  });
  const gift = record.data;
  return (
    <Card withBorder maw={640} component="section" aria-labelledby="gift-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Stack>
          <Title order={1} size="h2" id="gift-heading">
            {t("console.gift.record")}
          </Title>
          <TextInput
            label={t("console.newCase.customerId")}
            value={customerId}
            onChange={(e) => setCustomerId(e.currentTarget.value)}
            required
          />
          <Group grow align="flex-start">
            <TextInput
              label={t("console.gift.amount")}
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t("console.transfer.currency")}
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t("console.gift.date")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
            />
            <NativeSelect
              label={t("console.gift.method")}
              data={[...methods]}
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as typeof method)}
            />
          </Group>
          <NativeSelect
            label={t("console.gift.campaign")}
            data={[
              { value: "", label: "—" },
              ...(campaigns.data?.items ?? [])
                .filter((campaign) => campaign.status === "open" || campaign.id === campaignId)
                .map((campaign) => ({ value: campaign.id, label: campaign.name })),
            ]}
            value={campaignId}
            onChange={(e) => setCampaignId(e.currentTarget.value)}
          />
          <TextInput label={t("console.gift.fund")} value={fund} onChange={(e) => setFund(e.currentTarget.value)} />
          {record.isError && <ErrorState error={record.error} />}
          {gift && (
            <Stack gap="xs" data-testid="gift-recorded">
              <Alert color="green" role="status">
                {t("console.gift.recorded", { amount: formatMoney(gift.amount), number: gift.receiptNumber })}
              </Alert>
              <ReceiptButton number={gift.receiptNumber} />
              <Anchor component={Link} to={`/console/donors/${gift.customerId}`} size="sm">
                {t("console.gift.toDonor")}
              </Anchor>
            </Stack>
          )}
          <Button type="submit" loading={record.isPending} disabled={toMinor(amount, currency) === undefined}>
            {t("console.gift.submit")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
