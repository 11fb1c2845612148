import { NativeSelect } from "@mantine/core";
import { type Language, languages, useI18n } from "../i18n/i18n";

export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <NativeSelect
      size="xs"
      label={t("common.language")}
      data={languages.map((option) => ({ value: option.code, label: option.label }))}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value as Language)}
      data-testid="language"
    />
  );
}
