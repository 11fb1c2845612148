import { Anchor, Box, Button, Container, Group, Title } from "@mantine/core";
import { Suspense } from "react";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { isCustomer, signOut, useSession } from "../../auth/session";
import { LanguageSwitcher } from "../../components/LanguageSwitcher";
import { Loading } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

/** The self-service portal: a customer's own requests, in the customer's language, down to phone width. */
export function PortalLayout() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const onSignIn = location.pathname.startsWith("/self-service/signin");
  if (!session && !onSignIn) return <Navigate to="/self-service/signin" replace />;
  if (session && !isCustomer(session.claims)) return <Navigate to="/console" replace />;
  if (session && onSignIn) return <Navigate to="/self-service" replace />;
  return (
    <>
      <Box component="header" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Container size="md">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Anchor component={Link} to="/self-service" underline="never" c="inherit">
              <Title order={2} size="h3">
                {t("portal.title")}
              </Title>
            </Anchor>
            <Group gap="sm" align="flex-end">
              <LanguageSwitcher />
              {session && (
                <Button variant="default" size="xs" onClick={() => signOut()}>
                  {t("common.signOut")}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="md" component="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Container>
    </>
  );
}
