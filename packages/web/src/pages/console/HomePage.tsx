import { Stack, Text, Title } from "@mantine/core";
import { useSession } from "../../auth/session";
import { useT } from "../../i18n/i18n";

export function HomePage() {
  const t = useT();
  const claims = useSession()?.claims;
  if (!claims) return null;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("console.home.title", { name: claims.name ?? claims.sub })}
      </Title>
      <Text data-testid="home-roles">
        {t("console.home.roles", { sub: claims.sub, roles: claims.roles.join(", ") })}
      </Text>
      <Text>{t("console.home.hint")}</Text>
    </Stack>
  );
}
