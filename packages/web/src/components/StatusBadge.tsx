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

/** Staff read some statuses from the other side: "Waiting for you" to a customer is "Pending customer" to an agent. */
const staffKeys: Readonly<Record<string, MessageKey>> = {
  pending_customer: "console.status.pending_customer",
  pending_internal: "console.status.pending_internal",
};

export function statusLabel(
  t: ReturnType<typeof useT>,
  status: string,
  audience: "staff" | "customer" = "staff",
): string {
  return t((audience === "staff" && staffKeys[status]) || (`status.${status}` as MessageKey));
}

export function StatusBadge({ status, audience = "staff" }: { status: string; audience?: "staff" | "customer" }) {
  const t = useT();
  return (
    <Badge color={colors[status] ?? "gray"} variant="filled" data-status={status}>
      {statusLabel(t, status, audience)}
    </Badge>
  );
}
