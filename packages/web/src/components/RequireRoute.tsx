import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import type { RouteKey } from "../api/route-roles";
import { can, useSession } from "../auth/session";
import { useT } from "../i18n/i18n";

/** Renders `children` only for roles the API lets call `route`; others are told, not shown a form that fails. */
export function RequireRoute({ route, children }: { route: RouteKey; children: ReactNode }) {
  const t = useT();
  const claims = useSession()?.claims;
  if (!can(claims, route)) {
    return (
      <Alert color="yellow" role="alert">
        {t("console.forbidden")}
      </Alert>
    );
  }
  return <>{children}</>;
}
