import { Anchor, Button, Group } from "@mantine/core";
import { useState } from "react";
import { fetchObjectUrl } from "../api/blob";
import { useT } from "../i18n/i18n";
import { ErrorState } from "./QueryState";

/** Opens a gift's receipt PDF (the API wants the bearer token, so it is fetched, then opened as a blob). */
export function ReceiptButton({ number }: { number: string }) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function open() {
    setBusy(true);
    setError(null);
    try {
      const objectUrl = url ?? (await fetchObjectUrl(`/receipts/${encodeURIComponent(number)}`));
      setUrl(objectUrl);
      window.open(objectUrl, "_blank", "noopener");
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="outline"
          loading={busy}
          onClick={open}
          aria-label={t("console.gift.openReceipt", { number })}
        >
          {t("console.gift.receiptPdf")}
        </Button>
        {url && (
          <Anchor href={url} download={`${number}.pdf`} size="sm">
            {t("console.gift.download", { number })}
          </Anchor>
        )}
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </>
  );
}
