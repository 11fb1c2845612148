import type { Money } from "../money.js";

export interface FeeLine {
  readonly code: string;
  readonly label: string;
  readonly amount: Money;
}

export interface FeeScheduleTerms {
  readonly currency: string;
  readonly fees: readonly {
    code: string;
    label: string;
    amountMinor: number;
    /** Charged only for this plate decision; every transfer pays a fee without one. */
    plateDecision?: string | undefined;
  }[];
  /** A tax on the sale price, in basis points (625 = 6.25 %), rounded half up to the minor unit. */
  readonly tax?: { code: string; label: string; rateBasisPoints: number } | undefined;
}

/** `price × basisPoints / 10000`, exact in integers (BigInt), halves rounded up. */
export function taxOn(priceMinor: number, basisPoints: number): number {
  const scaled = BigInt(priceMinor) * BigInt(basisPoints);
  return Number((scaled * 2n + 10_000n) / 20_000n);
}

/** The fee lines and total a transfer owes under one schedule version. */
export function computeFees(
  terms: FeeScheduleTerms,
  transfer: { priceMinor: number; plateDecision: string },
): { lines: FeeLine[]; total: Money } {
  const lines: FeeLine[] = terms.fees
    .filter((fee) => !fee.plateDecision || fee.plateDecision === transfer.plateDecision)
    .map((fee) => ({
      code: fee.code,
      label: fee.label,
      amount: { amountMinor: fee.amountMinor, currency: terms.currency },
    }));
  if (terms.tax) {
    lines.push({
      code: terms.tax.code,
      label: terms.tax.label,
      amount: { amountMinor: taxOn(transfer.priceMinor, terms.tax.rateBasisPoints), currency: terms.currency },
    });
  }
  const total = lines.reduce((sum, line) => sum + line.amount.amountMinor, 0);
  return { lines, total: { amountMinor: total, currency: terms.currency } };
}
