import { Anchor, Center, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useT } from "../i18n/i18n";

export function NotFoundPage() {
  const t = useT();
  return (
    <Center py="xl" component="section">
      <Stack align="center">
        <Title order={1} size="h2">
          404
        </Title>
        <Text>{t("common.notFound")}</Text>
        <Anchor component={Link} to="/">
          {t("common.back")}
        </Anchor>
      </Stack>
    </Center>
  );
}
