/** Receipt numbers are sequential per stage (one organization) and year, with no gaps: R-2026-000001. */
export function receiptCounterName(year: string): string {
  return `receipt-${year}`;
}

export function formatReceiptNumber(year: string, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(6, "0")}`;
}

export const receiptNumberPattern = /^R-\d{4}-\d{6,}$/;
