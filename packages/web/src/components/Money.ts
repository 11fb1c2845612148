/** Formats integer minor units in their ISO 4217 currency (the API's money shape). */
export function formatMoney(money: { amountMinor: number; currency: string }, locale?: string): string {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(
    money.amountMinor / 10 ** digits,
  );
}

/** "1234.5" in `currency` → minor units (1234.50 → 123450), or undefined when it is not an amount. */
export function toMinor(amount: string, currency: string): number | undefined {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const value = Number(amount.replace(/,/g, ""));
  if (!Number.isFinite(value) || value < 0 || amount.trim() === "") return undefined;
  return Math.round(value * 10 ** digits);
}
