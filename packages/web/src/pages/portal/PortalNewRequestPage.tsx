import { Button, NativeSelect, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { ErrorState } from "../../components/QueryState";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

const requestTypes = ["service_request", "inquiry", "complaint", "incident"] as const;

export function PortalNewRequestPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [type, setType] = useState<(typeof requestTypes)[number]>("service_request");
  const [subject, setSubject] = useState("");
  const [description, setDescription] = useState("");
  const [key] = useState(newIdempotencyKey);
  const submit = useMutation({
    mutationFn: () =>
      api("post", "/portal/cases", {
        idempotencyKey: key,
        body: { type, subject: subject.trim(), description: description.trim() },
      }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ["portal"] });
      navigate(`/self-service/cases/${created.id}`, { state: { sent: created.number } });
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate();
      }}
    >
      <Stack maw={640}>
        <Title order={1} size="h2">
          {t("portal.new.title")}
        </Title>
        <NativeSelect
          label={t("portal.new.type")}
          data={requestTypes.map((value) => ({ value, label: t(`portal.type.${value}` as MessageKey) }))}
          value={type}
          onChange={(event) => setType(event.currentTarget.value as typeof type)}
        />
        <TextInput
          label={t("portal.new.subject")}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          required
          maxLength={300}
        />
        <Textarea
          label={t("portal.new.description")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          required
          autosize
          minRows={4}
        />
        {submit.isError && <ErrorState error={submit.error} />}
        <Button type="submit" loading={submit.isPending}>
          {t("portal.new.submit")}
        </Button>
      </Stack>
    </form>
  );
}
