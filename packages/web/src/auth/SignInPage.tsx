import { Alert, Button, Center, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { errorMessage } from "../components/QueryState";
import { ConsoleMessages } from "../i18n/console/ConsoleMessages";
import { useT } from "../i18n/i18n";
import { demoUsers, localToken } from "./local";
import { beginSignIn, oidcConfig } from "./oidc";
import { type Role, roles, signIn } from "./session";

export function SignInPage() {
  return (
    <ConsoleMessages>
      <SignInForm />
    </ConsoleMessages>
  );
}

function SignInForm() {
  const t = useT();
  const navigate = useNavigate();
  const cognito = oidcConfig(import.meta.env, window.location.origin);
  const [preset, setPreset] = useState<string>(demoUsers[0]!.sub);
  const [sub, setSub] = useState(demoUsers[0]!.sub);
  const [name, setName] = useState(demoUsers[0]!.name);
  const [role, setRole] = useState<Role>(demoUsers[0]!.role);
  const [customerId, setCustomerId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function startCognito() {
    if (cognito) await beginSignIn(cognito);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const token = await localToken({
        sub: sub.trim(),
        roles: [role],
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(role === "customer" ? { customerId: customerId.trim() } : {}),
      });
      signIn(token);
      navigate(role === "customer" ? "/self-service" : "/console", { replace: true });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={420}>
        <Stack>
          <Group justify="space-between" align="flex-end" wrap="nowrap">
            <Title order={1} size="h2">
              {t("signin.title")}
            </Title>
            <LanguageSwitcher />
          </Group>
          {cognito ? (
            <Button onClick={startCognito}>{t("signin.cognito")}</Button>
          ) : (
            <form onSubmit={submit}>
              <Stack>
                <Text size="sm">{t("signin.local")}</Text>
                <NativeSelect
                  label={t("signin.user")}
                  data={demoUsers.map((user) => ({ value: user.sub, label: `${user.name} (${user.role})` }))}
                  value={preset}
                  onChange={(event) => {
                    const user = demoUsers.find((candidate) => candidate.sub === event.currentTarget.value);
                    if (!user) return;
                    setPreset(user.sub);
                    setSub(user.sub);
                    setName(user.name);
                    setRole(user.role);
                  }}
                />
                <TextInput
                  label={t("signin.sub")}
                  value={sub}
                  onChange={(e) => setSub(e.currentTarget.value)}
                  required
                />
                <TextInput label={t("signin.name")} value={name} onChange={(e) => setName(e.currentTarget.value)} />
                <NativeSelect
                  label={t("signin.role")}
                  data={[...roles]}
                  value={role}
                  onChange={(event) => setRole(event.currentTarget.value as Role)}
                />
                {role === "customer" && (
                  <TextInput
                    label={t("signin.customerId")}
                    value={customerId}
                    onChange={(e) => setCustomerId(e.currentTarget.value)}
                    required
                  />
                )}
                {error && (
                  <Alert color="red" role="alert">
                    {error}
                  </Alert>
                )}
                <Button type="submit" loading={busy}>
                  {t("signin.submit")}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
