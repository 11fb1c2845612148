import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api } from "../api/client";
import type { SearchHit } from "../api/types";
import type { MessageKey } from "../i18n/en";
import { useT } from "../i18n/i18n";

/** Where a search hit opens in the console. */
export function hitPath(hit: SearchHit): string {
  switch (hit.type) {
    case "customer":
      return `/console/customers/${encodeURIComponent(hit.id)}`;
    case "case":
      return `/console/cases/${encodeURIComponent(hit.id)}`;
    case "vehicle":
      return `/console/vehicles/${encodeURIComponent(hit.id)}`;
    default:
      // A plate's id is "jurisdiction/number".
      return `/console/plates/${hit.id.split("/").map(encodeURIComponent).join("/")}`;
  }
}

/** The global search: type two characters or more; ↑ ↓ move through the hits, Enter opens one, Esc closes. */
export function SearchBox() {
  const t = useT();
  const navigate = useNavigate();
  const [value, setValue] = useState("");
  const [query] = useDebouncedValue(value.trim(), 200);
  const combobox = useCombobox({
    onDropdownClose: () => combobox.resetSelectedOption(),
    onDropdownOpen: () => combobox.selectFirstOption(),
  });
  const search = useQuery({
    queryKey: ["search", query],
    queryFn: ({ signal }) => api("get", "/search", { query: { q: query, limit: 10 }, signal }),
    enabled: query.length >= 2,
  });
  const hits = search.data?.items ?? [];

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(key) => {
        const hit = hits.find((candidate) => `${candidate.type}:${candidate.id}` === key);
        if (!hit) return;
        combobox.closeDropdown();
        setValue("");
        navigate(hitPath(hit));
      }}
    >
      <Combobox.Target>
        <TextInput
          type="search"
          aria-label={t("console.search.label")}
          placeholder={t("console.search.placeholder")}
          value={value}
          rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          w="100%"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.length < 2 || search.isPending}>
        <Combobox.Options aria-label={t("console.search.label")}>
          {hits.length === 0 ? (
            <Combobox.Empty>{t("console.search.none")}</Combobox.Empty>
          ) : (
            hits.map((hit) => (
              <Combobox.Option value={`${hit.type}:${hit.id}`} key={`${hit.type}:${hit.id}`}>
                <Group gap="xs" wrap="nowrap">
                  <Badge size="sm" variant="outline" color="dark">
                    {t(`console.search.type.${hit.type}` as MessageKey)}
                  </Badge>
                  <Text size="sm">{hit.label}</Text>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
