import { Button, Card, NativeSelect, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { api, newIdempotencyKey } from "../../api/client";
import { ErrorState } from "../../components/QueryState";
import type { MessageKey } from "../../i18n/en";
import { useT } from "../../i18n/i18n";

/** The questions each case type asks, stored as the case's custom fields. */
export const typeFields: Record<string, { name: string; label: MessageKey; required?: boolean }[]> = {
  service_request: [{ name: "product", label: "console.newCase.field.product" }],
  incident: [
    { name: "product", label: "console.newCase.field.product", required: true },
    { name: "incidentStart", label: "console.newCase.field.incidentStart" },
  ],
  complaint: [{ name: "orderNumber", label: "console.newCase.field.orderNumber" }],
  inquiry: [{ name: "topic", label: "console.newCase.field.topic" }],
  donor_request: [{ name: "donationRef", label: "console.newCase.field.donationRef" }],
};
const types = Object.keys(typeFields);
const priorities = ["low", "normal", "high", "urgent"] as const;

export function NewCasePage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [customerId, setCustomerId] = useState(params.get("customerId") ?? "");
  const [type, setType] = useState("service_request");
  const [subject, setSubject] = useState("");
  const [description, setDescription] = useState("");
  const [priority, setPriority] = useState<(typeof priorities)[number]>("normal");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [key] = useState(newIdempotencyKey);
  const create = useMutation({
    mutationFn: () => {
      const customFields = Object.fromEntries(
        (typeFields[type] ?? []).flatMap((field) =>
          fields[field.name]?.trim() ? [[field.name, fields[field.name]!.trim()]] : [],
        ),
      );
      return api("post", "/cases", {
        idempotencyKey: key,
        body: {
          customerId: customerId.trim(),
          subject: subject.trim(),
          type: type as "service_request",
          priority,
          channel: "phone",
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(Object.keys(customFields).length ? { customFields } : {}),
        },
      });
    },
    onSuccess: (created) => navigate(`/console/cases/${created.id}`),
  });
  return (
    <Card withBorder maw={720} component="section" aria-labelledby="new-case-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Title order={1} size="h2" id="new-case-heading">
            {t("console.newCase.title")}
          </Title>
          <TextInput
            label={t("console.newCase.customerId")}
            value={customerId}
            onChange={(e) => setCustomerId(e.currentTarget.value)}
            required
          />
          <NativeSelect
            label={t("console.newCase.type")}
            data={types}
            value={type}
            onChange={(event) => setType(event.currentTarget.value)}
          />
          <NativeSelect
            label={t("console.newCase.priority")}
            data={[...priorities]}
            value={priority}
            onChange={(event) => setPriority(event.currentTarget.value as typeof priority)}
          />
          <TextInput
            label={t("console.newCase.subject")}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            required
          />
          <Textarea
            label={t("console.newCase.description")}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          {(typeFields[type] ?? []).map((field) => (
            <TextInput
              key={`${type}-${field.name}`}
              label={t(field.label)}
              value={fields[field.name] ?? ""}
              required={field.required ?? false}
              onChange={(e) => setFields({ ...fields, [field.name]: e.currentTarget.value })}
            />
          ))}
          {create.isError && <ErrorState error={create.error} />}
          <Button type="submit" loading={create.isPending}>
            {t("console.newCase.submit")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
