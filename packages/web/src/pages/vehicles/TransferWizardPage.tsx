import { computeFees } from "@caseline/core/vehicles/fees";
import { odometerExempt } from "@caseline/core/vehicles/odometer";
import { requiredDocuments } from "@caseline/core/vehicles/transfer-rules";
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { formatMoney, toMinor } from "../../components/Money";
import { ErrorState, QueryState } from "../../components/QueryState";
import { RequireRoute } from "../../components/RequireRoute";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

type PlateChoice = "kept_by_seller" | "transferred_with_vehicle" | "new_plate";
interface Lien {
  holder: string;
  amount: string;
  recordedOn: string;
}

export function TransferWizardPage() {
  return (
    <RequireRoute route="POST /cases">
      <TransferWizard />
    </RequireRoute>
  );
}

/** A transfer from start to submission: vehicle, parties, plate decision, sale and odometer, liens, review. */
function TransferWizard() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [step, setStep] = useState(0);
  const [vinInput, setVinInput] = useState(params.get("vin") ?? "");
  const [vin, setVin] = useState(params.get("vin") ?? "");
  const [buyers, setBuyers] = useState<{ id: string; label: string }[]>([]);
  const [buyerQuery, setBuyerQuery] = useState("");
  const [plateChoice, setPlateChoice] = useState<PlateChoice>("transferred_with_vehicle");
  const [newPlate, setNewPlate] = useState({ jurisdiction: "", number: "" });
  const [saleDate, setSaleDate] = useState(new Date().toISOString().slice(0, 10));
  const [price, setPrice] = useState("");
  const [currency, setCurrency] = useState("USD");
  const [odometer, setOdometer] = useState<{ reading: number | ""; unit: "km" | "mi"; status: string }>({
    reading: "",
    unit: "mi",
    status: "actual",
  });
  const [liens, setLiens] = useState<Lien[]>([]);
  const [key] = useState(newIdempotencyKey);

  const vehicle = useQuery({
    queryKey: ["vehicle", vin],
    queryFn: ({ signal }) => api("get", "/vehicles/{vin}", { params: { vin }, signal }),
    enabled: vin.length > 0,
  });
  const buyerHits = useQuery({
    queryKey: ["search", buyerQuery],
    queryFn: ({ signal }) => api("get", "/search", { query: { q: buyerQuery, limit: 5 }, signal }),
    enabled: buyerQuery.trim().length >= 2,
  });
  const schedules = useQuery({
    queryKey: ["fee-schedules"],
    queryFn: ({ signal }) => api("get", "/fee-schedules", { signal }),
  });

  const sellers = vehicle.data?.currentOwners.map((owner) => owner.customerId) ?? [];
  const plate = vehicle.data?.currentPlates[0];
  const priceMinor = toMinor(price, currency);

  const submit = useMutation({
    mutationFn: () => {
      const item = vehicle.data!;
      const plateDecision =
        plateChoice === "new_plate"
          ? {
              kind: "new_plate" as const,
              newPlate: { jurisdiction: newPlate.jurisdiction.trim(), number: newPlate.number.trim() },
            }
          : { kind: plateChoice, plate: { jurisdiction: plate!.jurisdiction, number: plate!.number } };
      return api("post", "/cases", {
        idempotencyKey: key,
        body: {
          customerId: buyers[0]!.id,
          subject: t("console.transfer.subject", {
            vehicle: `${item.modelYear} ${item.make} ${item.model}`,
            vin: item.vin,
          }),
          type: "vehicle_transfer",
          channel: "walk_in",
          transfer: {
            vin: item.vin,
            sellers,
            buyers: buyers.map((buyer) => buyer.id),
            plateDecision,
            saleDate,
            price: { amountMinor: priceMinor ?? 0, currency },
            ...(odometer.reading !== ""
              ? { odometer: { reading: odometer.reading, unit: odometer.unit, status: odometer.status as "actual" } }
              : {}),
            ...(liens.length
              ? {
                  liens: liens.map((lien) => ({
                    holder: lien.holder.trim(),
                    amount: { amountMinor: toMinor(lien.amount, currency) ?? 0, currency },
                    recordedOn: lien.recordedOn,
                  })),
                }
              : {}),
          },
        },
      });
    },
    onSuccess: (created) => navigate(`/console/cases/${created.id}`),
  });

  // The review previews what the office will compute on submission, with core's own rules: the fees of the
  // schedule in force today and the documents checklist (the API's answer is the one that counts).
  const today = new Date().toISOString().slice(0, 10);
  const schedule = (schedules.data?.items ?? [])
    .filter((candidate) => candidate.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
  const fees =
    schedule && priceMinor !== undefined && schedule.currency === currency
      ? computeFees(schedule, { priceMinor, plateDecision: plateChoice })
      : undefined;
  const exempt = vehicle.data ? odometerExempt(vehicle.data.modelYear, saleDate || today) : false;
  const checklist = [
    ...requiredDocuments({ sellers, buyers: buyers.map((buyer) => buyer.id) }, exempt),
    ...liens.map(() => ({ kind: "lien_release" as const, partyId: undefined })),
  ];

  const canNext = [
    Boolean(vehicle.data),
    buyers.length > 0 && sellers.length > 0,
    plateChoice === "new_plate" ? Boolean(newPlate.jurisdiction.trim() && newPlate.number.trim()) : Boolean(plate),
    Boolean(saleDate) && priceMinor !== undefined,
    liens.every((lien) => lien.holder.trim() && toMinor(lien.amount, currency) !== undefined && lien.recordedOn),
  ];

  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t("console.transfer.title")}
      </Title>
      <Stepper
        active={step}
        onStepClick={(next) => next < step && setStep(next)}
        size="sm"
        allowNextStepsSelect={false}
      >
        <Stepper.Step label={t("console.transfer.step.vehicle")}>
          <Card withBorder>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                setVin(vinInput.trim().toUpperCase());
              }}
            >
              <Group align="flex-end">
                <TextInput label="VIN" value={vinInput} onChange={(e) => setVinInput(e.currentTarget.value)} required />
                <Button type="submit" variant="outline">
                  {t("console.transfer.findVehicle")}
                </Button>
              </Group>
            </form>
            {vin && (
              <QueryState query={vehicle}>
                {(item) => (
                  <Text mt="sm" data-testid="wizard-vehicle">
                    {item.modelYear} {item.make} {item.model} · {item.vin} ·{" "}
                    {item.currentPlates.map((p) => `${p.number} (${p.jurisdiction})`).join(", ") || "—"}
                  </Text>
                )}
              </QueryState>
            )}
          </Card>
        </Stepper.Step>
        <Stepper.Step label={t("console.transfer.step.parties")}>
          <Card withBorder>
            <Stack>
              <Text size="sm" fw={600}>
                {t("console.transfer.sellers")}
              </Text>
              <List size="sm">
                {sellers.map((seller) => (
                  <List.Item key={seller}>{seller}</List.Item>
                ))}
              </List>
              <Text size="sm" fw={600}>
                {t("console.transfer.buyers")}
              </Text>
              <List size="sm" data-testid="wizard-buyers">
                {buyers.map((buyer) => (
                  <List.Item key={buyer.id}>
                    {buyer.label}{" "}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red.9"
                      onClick={() => setBuyers(buyers.filter((other) => other.id !== buyer.id))}
                      aria-label={t("console.bulk.remove", { case: buyer.label })}
                    >
                      ×
                    </Button>
                  </List.Item>
                ))}
              </List>
              <TextInput
                label={t("console.transfer.findBuyer")}
                value={buyerQuery}
                onChange={(e) => setBuyerQuery(e.currentTarget.value)}
              />
              <Group gap="xs">
                {(buyerHits.data?.items ?? [])
                  .filter((hit) => hit.type === "customer" && !sellers.includes(hit.id))
                  .map((hit) => (
                    <Button
                      key={hit.id}
                      size="xs"
                      variant="outline"
                      onClick={() => {
                        if (!buyers.some((buyer) => buyer.id === hit.id))
                          setBuyers([...buyers, { id: hit.id, label: hit.label }]);
                        setBuyerQuery("");
                      }}
                    >
                      {t("console.transfer.addBuyer", { name: hit.label })}
                    </Button>
                  ))}
              </Group>
            </Stack>
          </Card>
        </Stepper.Step>
        <Stepper.Step label={t("console.transfer.step.plate")}>
          <Card withBorder>
            <Radio.Group
              label={t("console.transfer.plateDecision")}
              value={plateChoice}
              onChange={(value) => setPlateChoice(value as PlateChoice)}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="transferred_with_vehicle"
                  disabled={!plate}
                  label={t("console.transfer.plate.transferred", { plate: plate?.number ?? "—" })}
                />
                <Radio
                  value="kept_by_seller"
                  disabled={!plate}
                  label={t("console.transfer.plate.kept", { plate: plate?.number ?? "—" })}
                />
                <Radio value="new_plate" label={t("console.transfer.plate.new")} />
              </Stack>
            </Radio.Group>
            {plateChoice === "new_plate" && (
              <Group mt="sm">
                <TextInput
                  label={t("console.transfer.jurisdiction")}
                  value={newPlate.jurisdiction}
                  onChange={(e) => setNewPlate({ ...newPlate, jurisdiction: e.currentTarget.value })}
                  placeholder="US-CA"
                />
                <TextInput
                  label={t("console.transfer.plateNumber")}
                  value={newPlate.number}
                  onChange={(e) => setNewPlate({ ...newPlate, number: e.currentTarget.value })}
                />
              </Group>
            )}
          </Card>
        </Stepper.Step>
        <Stepper.Step label={t("console.transfer.step.sale")}>
          <Card withBorder>
            <Stack>
              <Group grow align="flex-start">
                <TextInput
                  type="date"
                  label={t("console.transfer.saleDate")}
                  value={saleDate}
                  onChange={(e) => setSaleDate(e.currentTarget.value)}
                  required
                />
                <TextInput
                  label={t("console.transfer.price")}
                  value={price}
                  onChange={(e) => setPrice(e.currentTarget.value)}
                  required
                />
                <TextInput
                  label={t("console.transfer.currency")}
                  value={currency}
                  onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
                  maxLength={3}
                />
              </Group>
              <Title order={3} size="h5">
                {t("console.transfer.odometer")}
              </Title>
              <Group grow align="flex-start">
                <NumberInput
                  label={t("console.transfer.reading")}
                  value={odometer.reading}
                  min={0}
                  onChange={(value) => setOdometer({ ...odometer, reading: typeof value === "number" ? value : "" })}
                />
                <NativeSelect
                  label={t("console.transfer.unit")}
                  data={["mi", "km"]}
                  value={odometer.unit}
                  onChange={(e) => setOdometer({ ...odometer, unit: e.currentTarget.value as "mi" })}
                />
                <NativeSelect
                  label={t("console.transfer.odometerStatus")}
                  data={["actual", "exceeds_mechanical_limits", "not_actual", "exempt"]}
                  value={odometer.status}
                  onChange={(e) => setOdometer({ ...odometer, status: e.currentTarget.value })}
                />
              </Group>
            </Stack>
          </Card>
        </Stepper.Step>
        <Stepper.Step label={t("console.transfer.step.liens")}>
          <Card withBorder>
            <Stack>
              {liens.length === 0 && <Text size="sm">{t("console.transfer.noLiens")}</Text>}
              {liens.map((lien, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a lien being typed has no id yet
                <Group key={index} grow align="flex-end">
                  <TextInput
                    label={t("console.transfer.lienHolder", { n: index + 1 })}
                    value={lien.holder}
                    onChange={(e) =>
                      setLiens(liens.map((l, i) => (i === index ? { ...l, holder: e.currentTarget.value } : l)))
                    }
                  />
                  <TextInput
                    label={t("console.transfer.lienAmount", { n: index + 1 })}
                    value={lien.amount}
                    onChange={(e) =>
                      setLiens(liens.map((l, i) => (i === index ? { ...l, amount: e.currentTarget.value } : l)))
                    }
                  />
                  <TextInput
                    type="date"
                    label={t("console.transfer.lienRecorded", { n: index + 1 })}
                    value={lien.recordedOn}
                    onChange={(e) =>
                      setLiens(liens.map((l, i) => (i === index ? { ...l, recordedOn: e.currentTarget.value } : l)))
                    }
                  />
                </Group>
              ))}
              <Button
                variant="outline"
                w="fit-content"
                onClick={() => setLiens([...liens, { holder: "", amount: "", recordedOn: "" }])}
              >
                {t("console.transfer.addLien")}
              </Button>
            </Stack>
          </Card>
        </Stepper.Step>
        <Stepper.Completed>
          <Card withBorder data-testid="wizard-review">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t("console.transfer.review")}
              </Title>
              <Text size="sm">
                {vehicle.data?.modelYear} {vehicle.data?.make} {vehicle.data?.model} · {vehicle.data?.vin}
              </Text>
              <Text size="sm">
                {t("console.transfer.sellers")}: {sellers.join(", ")} → {t("console.transfer.buyers")}:{" "}
                {buyers.map((buyer) => buyer.label).join(", ")}
              </Text>
              <Text size="sm">
                {t("console.transfer.saleDate")}: {saleDate} ·{" "}
                {priceMinor !== undefined && formatMoney({ amountMinor: priceMinor, currency })}
              </Text>
              <Title order={3} size="h5">
                {schedule
                  ? t("console.transfer.fees", { version: schedule.version })
                  : t("console.transfer.noSchedule")}
              </Title>
              {fees && (
                <Table data-testid="wizard-fees">
                  <Table.Tbody>
                    {fees.lines.map((line) => (
                      <Table.Tr key={line.code}>
                        <Table.Td>{line.label}</Table.Td>
                        <Table.Td ta="right">{formatMoney(line.amount)}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Th>{t("console.transfer.total")}</Table.Th>
                      <Table.Th ta="right">{formatMoney(fees.total)}</Table.Th>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              )}
              <Title order={3} size="h5">
                {t("console.transfer.documents")}
              </Title>
              <List size="sm" data-testid="wizard-documents">
                {checklist.map((doc, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a preview list; documents get ids on submission
                  <List.Item key={index}>
                    {t(`console.transfer.doc.${doc.kind}` as MessageKey)}
                    {doc.partyId
                      ? ` · ${[...buyers].find((buyer) => buyer.id === doc.partyId)?.label ?? doc.partyId}`
                      : ""}
                  </List.Item>
                ))}
              </List>
              {submit.isError && <ErrorState error={submit.error} />}
              <Group>
                <Button onClick={() => submit.mutate()} loading={submit.isPending}>
                  {t("console.transfer.submit")}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Stepper.Completed>
      </Stepper>
      {step < 5 && (
        <Group>
          <Button variant="default" disabled={step === 0} onClick={() => setStep(step - 1)}>
            {t("common.back")}
          </Button>
          <Button disabled={!canNext[step]} onClick={() => setStep(step + 1)}>
            {t("console.transfer.next")}
          </Button>
        </Group>
      )}
      {!canNext[step] && step === 1 && buyers.length === 0 && (
        <Alert color="blue" role="status">
          {t("console.transfer.needBuyer")}
        </Alert>
      )}
    </Stack>
  );
}
