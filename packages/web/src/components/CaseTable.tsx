import { Anchor, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { CaseView } from "../api/types";
import { useT } from "../i18n/i18n";
import { StatusBadge } from "./StatusBadge";

export function CaseTable({ cases, caption }: { cases: CaseView[]; caption: string }) {
  const t = useT();
  if (cases.length === 0) return <Text size="sm">{t("console.customer.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped>
        <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t("portal.cases.subject")}</Table.Th>
            <Table.Th>{t("portal.cases.status")}</Table.Th>
            <Table.Th>{t("console.case.priority")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/console/cases/${item.id}`}>
                  {item.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.subject}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.priority}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
