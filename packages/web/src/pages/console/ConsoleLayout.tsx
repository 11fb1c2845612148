import { AppShell, Badge, Box, Burger, Button, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import type { RouteKey } from "../../api/route-roles";
import { can, isCustomer, signOut, useSession } from "../../auth/session";
import { LanguageSwitcher } from "../../components/LanguageSwitcher";
import { Loading } from "../../components/QueryState";
import { SearchBox } from "../../components/SearchBox";
import { ConsoleMessages } from "../../i18n/console/ConsoleMessages";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

/**
 * The console's navigation: each entry shows only for roles the API lets call its route (and, with `roles`,
 * only for those roles: agents may read the queue board, but it is the supervisors' view).
 */
const navigation: { to: string; label: MessageKey; route?: RouteKey; roles?: string[] }[] = [
  { to: "/console", label: "console.nav.home" },
  { to: "/console/work", label: "console.nav.work", route: "GET /agents/{id}/cases" },
  {
    to: "/console/board",
    label: "console.nav.board",
    route: "GET /queue-board",
    roles: ["admin", "supervisor", "viewer"],
  },
  { to: "/console/cases/new", label: "console.nav.newCase", route: "POST /cases" },
  { to: "/console/transfers/new", label: "console.nav.transfer", route: "POST /cases" },
  { to: "/console/campaigns", label: "console.nav.campaigns", route: "GET /campaigns" },
  { to: "/console/gifts/new", label: "console.nav.gift", route: "POST /gifts" },
  { to: "/console/bulk", label: "console.nav.bulk", route: "POST /cases/bulk" },
  { to: "/console/admin/sla-policies", label: "console.nav.slaPolicies", route: "PUT /sla-policies/{id}" },
  { to: "/console/admin/calendars", label: "console.nav.calendars", route: "PUT /calendars/{id}" },
];

/** The console, in the chosen language once its dictionary (a chunk of its own) is in. */
export function ConsoleLayout() {
  return (
    <ConsoleMessages>
      <ConsoleShell />
    </ConsoleMessages>
  );
}

function ConsoleShell() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  if (!session) return <Navigate to="/signin" replace />;
  if (isCustomer(session.claims)) return <Navigate to="/self-service" replace />;
  const { claims } = session;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" wrap="nowrap" gap="md">
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("console.nav.menu")} />
          <Title order={2} size="h4" visibleFrom="xs">
            Caseline
          </Title>
          <div style={{ flex: 1, maxWidth: 560 }}>
            <SearchBox />
          </div>
          <Group gap="xs" wrap="nowrap" visibleFrom="md">
            <Text size="sm" data-testid="signed-in-as">
              {claims.name ?? claims.sub}
            </Text>
            {claims.roles.map((role) => (
              <Badge key={role} variant="outline" color="dark" data-testid="role">
                {role}
              </Badge>
            ))}
          </Group>
          <LanguageSwitcher compact visibleFrom="sm" />
          <Button variant="default" size="xs" onClick={() => signOut()}>
            {t("common.signOut")}
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Console">
        <Stack gap={2}>
          {navigation
            .filter((item) => !item.route || can(claims, item.route))
            .filter((item) => !item.roles || claims.roles.some((role) => item.roles?.includes(role)))
            .map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                active={location.pathname === item.to}
                variant="filled"
                onClick={close}
              />
            ))}
        </Stack>
        {/* On a phone the header has no room: the switcher sits under the navigation (behind the menu). */}
        <Box mt="md" px="xs" hiddenFrom="sm">
          <LanguageSwitcher />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
