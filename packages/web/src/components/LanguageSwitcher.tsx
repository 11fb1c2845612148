import { type MantineBreakpoint, NativeSelect } from "@mantine/core";
import { type Language, languages, useI18n } from "../i18n/i18n";

/**
 * The language select (portal, console and sign-in headers; one stored choice). `compact` keeps it to the
 * header's height: the label is then the select's accessible name rather than a line above it. `visibleFrom`
 * and `hiddenFrom` place it by screen width.
 */
export function LanguageSwitcher({
  compact = false,
  ...visibility
}: {
  compact?: boolean;
  visibleFrom?: MantineBreakpoint;
  hiddenFrom?: MantineBreakpoint;
}) {
  const { language, setLanguage, t } = useI18n();
  return (
    <NativeSelect
      size="xs"
      {...(compact ? { "aria-label": t("common.language") } : { label: t("common.language") })}
      data={languages.map((option) => ({ value: option.code, label: option.label }))}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value as Language)}
      data-testid="language"
      {...visibility}
    />
  );
}
