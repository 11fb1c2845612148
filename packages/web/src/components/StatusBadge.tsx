import { Badge } from "@mantine/core";
import type { MessageKey } from "../i18n/en";
import { useT } from "../i18n/i18n";

const colors: Record<string, string> = {
  new: "blue",
  open: "indigo",
  pending_customer: "yellow",
  pending_internal: "orange",
  resolved: "green",
  closed: "gray",
  cancelled: "gray",
  submitted: "blue",
  documents_pending: "yellow",
  under_review: "indigo",
  approved: "teal",
  completed: "green",
  rejected: "red",
  withdrawn: "gray",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <Badge color={colors[status] ?? "gray"} variant="filled" data-status={status}>
      {t(`status.${status}` as MessageKey)}
    </Badge>
  );
}
