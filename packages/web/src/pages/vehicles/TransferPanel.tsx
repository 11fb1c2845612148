import { Alert, Badge, Button, Card, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { CaseView } from "../../api/types";
import { can, useSession } from "../../auth/session";
import { formatMoney } from "../../components/Money";
import { ErrorState, QueryState } from "../../components/QueryState";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

/** A transfer case's own work: the documents checklist, liens, odometer, fees, and completion. */
export function TransferPanel({ item }: { item: CaseView }) {
  const t = useT();
  const client = useQueryClient();
  const claims = useSession()?.claims;
  const query = useQuery({
    queryKey: ["transfer", item.id],
    queryFn: ({ signal }) => api("get", "/cases/{id}/transfer", { params: { id: item.id }, signal }),
  });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["transfer", item.id] }),
      client.invalidateQueries({ queryKey: ["case", item.id] }),
      client.invalidateQueries({ queryKey: ["timeline", item.id] }),
      client.invalidateQueries({ queryKey: ["sla", item.id] }),
    ]);
  const document = useMutation({
    mutationFn: ({ documentId, action }: { documentId: string; action: "receive" | "verify" }) =>
      api("post", "/cases/{id}/transfer/documents/{documentId}", {
        params: { id: item.id, documentId },
        body: { action },
      }),
    onSuccess: refresh,
  });
  const release = useMutation({
    mutationFn: (lienId: string) =>
      api("post", "/cases/{id}/transfer/liens/{lienId}/release", { params: { id: item.id, lienId }, body: {} }),
    onSuccess: refresh,
  });
  const complete = useMutation({
    mutationFn: () =>
      api("post", "/cases/{id}/transfer/complete", {
        params: { id: item.id },
        ifMatch: item.version,
        body: {} as never,
      }),
    onSuccess: refresh,
  });
  const mayWork = can(claims, "POST /cases/{id}/transfer/documents/{documentId}");
  const open = ["submitted", "documents_pending", "under_review"].includes(item.status);

  return (
    <QueryState query={query}>
      {(transfer) => (
        <Stack>
          {item.status === "approved" && can(claims, "POST /cases/{id}/transfer/complete") && (
            <Card withBorder component="section" aria-labelledby="complete-heading">
              <Title order={2} size="h4" id="complete-heading" mb="xs">
                {t("console.transfer.completeTitle")}
              </Title>
              <Button onClick={() => complete.mutate()} loading={complete.isPending}>
                {t("console.transfer.complete")}
              </Button>
              {complete.isError && <ErrorState error={complete.error} />}
            </Card>
          )}
          {transfer.completedAt && (
            <Alert color="green" role="status" data-testid="transfer-completed">
              {t("console.transfer.completedAt", { at: new Date(transfer.completedAt).toLocaleString() })}
            </Alert>
          )}
          {transfer.approvalBlockers.length > 0 && !transfer.completedAt && (
            <Alert color="yellow" title={t("console.transfer.blockers")} data-testid="approval-blockers">
              <List size="sm">
                {transfer.approvalBlockers.map((blocker) => (
                  <List.Item key={blocker}>{blocker}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Card withBorder component="section" aria-labelledby="documents-heading">
            <Title order={2} size="h4" id="documents-heading" mb="xs">
              {t("console.transfer.documents")}
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table data-testid="documents">
                <Table.Tbody>
                  {transfer.documents.map((doc) => {
                    const name = `${t(`console.transfer.doc.${doc.kind}` as MessageKey)}${doc.partyId ? ` · ${doc.partyId}` : ""}`;
                    return (
                      <Table.Tr key={doc.id} data-document-status={doc.status}>
                        <Table.Td>{name}</Table.Td>
                        <Table.Td>
                          <Badge
                            variant="filled"
                            color={doc.status === "verified" ? "green" : doc.status === "received" ? "blue" : "gray"}
                          >
                            {t(`console.transfer.docStatus.${doc.status}` as MessageKey)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {mayWork && open && doc.status !== "verified" && (
                            <Button
                              size="compact-sm"
                              variant="outline"
                              loading={document.isPending && document.variables?.documentId === doc.id}
                              onClick={() =>
                                document.mutate({
                                  documentId: doc.id,
                                  action: doc.status === "required" ? "receive" : "verify",
                                })
                              }
                              aria-label={`${t(doc.status === "required" ? "console.transfer.receive" : "console.transfer.verify")}: ${name}`}
                            >
                              {t(doc.status === "required" ? "console.transfer.receive" : "console.transfer.verify")}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {document.isError && <ErrorState error={document.error} />}
          </Card>
          {transfer.liens.length > 0 && (
            <Card withBorder component="section" aria-labelledby="liens-heading">
              <Title order={2} size="h4" id="liens-heading" mb="xs">
                {t("console.transfer.liens")}
              </Title>
              <Stack gap="xs">
                {transfer.liens.map((lien) => (
                  <Group key={lien.id} justify="space-between">
                    <Text size="sm">
                      {lien.holder} · {formatMoney(lien.amount)} · {lien.recordedOn}
                    </Text>
                    {lien.releasedAt ? (
                      <Badge color="green" variant="filled">
                        {t("console.transfer.released")}
                      </Badge>
                    ) : (
                      mayWork &&
                      open && (
                        <Button size="compact-sm" variant="outline" onClick={() => release.mutate(lien.id)}>
                          {t("console.transfer.release", { holder: lien.holder })}
                        </Button>
                      )
                    )}
                  </Group>
                ))}
              </Stack>
              {release.isError && <ErrorState error={release.error} />}
            </Card>
          )}
          <Card withBorder component="section" aria-labelledby="fees-heading">
            <Title order={2} size="h4" id="fees-heading" mb="xs">
              {t("console.transfer.fees", { version: transfer.fees.scheduleVersion })}
            </Title>
            <Table>
              <Table.Tbody>
                {transfer.fees.lines.map((line) => (
                  <Table.Tr key={line.code}>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td ta="right">{formatMoney(line.amount)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th>{t("console.transfer.total")}</Table.Th>
                  <Table.Th ta="right" data-testid="fees-total">
                    {formatMoney(transfer.fees.total)}
                  </Table.Th>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs">
              {t("console.transfer.odometer")}:{" "}
              {transfer.odometer.reading !== undefined
                ? `${transfer.odometer.reading} ${transfer.odometer.unit} (${transfer.odometer.status})`
                : transfer.odometer.exempt
                  ? t("console.transfer.exempt")
                  : "—"}
            </Text>
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
