import { Alert, Button, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { localToken } from "../../auth/local";
import { beginSignIn, oidcConfig } from "../../auth/oidc";
import { signIn } from "../../auth/session";
import { errorMessage } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";

export function PortalSignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const cognito = oidcConfig(import.meta.env, window.location.origin);
  const [customerId, setCustomerId] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function startCognito() {
    if (cognito) await beginSignIn(cognito);
  }

  return (
    <Paper withBorder p="lg" maw={420} mx="auto">
      <Stack>
        <Title order={1} size="h2">
          {t("portal.signIn.title")}
        </Title>
        {cognito ? (
          <Button onClick={startCognito}>{t("portal.signIn.submit")}</Button>
        ) : (
          <form
            onSubmit={async (event) => {
              event.preventDefault();
              setBusy(true);
              setError(null);
              try {
                const id = customerId.trim();
                const token = await localToken({
                  sub: `customer-${id}`,
                  roles: ["customer"],
                  customerId: id,
                  ...(name.trim() ? { name: name.trim() } : {}),
                });
                signIn(token);
                navigate("/self-service", { replace: true });
              } catch (caught) {
                setError(errorMessage(caught));
              } finally {
                setBusy(false);
              }
            }}
          >
            <Stack>
              <Text size="sm">{t("portal.signIn.local")}</Text>
              <TextInput
                label={t("portal.signIn.customerId")}
                value={customerId}
                onChange={(e) => setCustomerId(e.currentTarget.value)}
                required
              />
              <TextInput
                label={t("portal.signIn.name")}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <Button type="submit" loading={busy}>
                {t("portal.signIn.submit")}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
