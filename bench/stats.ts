/** Latency samples in milliseconds, summarized exactly (sorted, nearest rank), as HdrHistogram reports them. */
export interface Summary {
  /** Operations (or requests) that completed inside the measured window. */
  readonly count: number;
  /** Failed operations (errors, or HTTP statuses other than the expected one) in the window. */
  readonly errors: number;
  /** Length of the measured window, seconds. */
  readonly seconds: number;
  /** Completed operations per second over the window. */
  readonly perSecond: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly mean: number;
  readonly max: number;
}

/** The value at percentile `p` (0–100) of ascending `sorted`: the smallest sample with at least p% at or below it. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function summarize(samples: ArrayLike<number>, seconds: number, errors = 0): Summary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    count: sorted.length,
    errors,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    mean: sorted.length ? total / sorted.length : Number.NaN,
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
  };
}

/** Rounds for display and for the JSON line: 3 decimals for ms, whole numbers for rates. */
export function roundSummary(summary: Summary) {
  const ms = (value: number) => Math.round(value * 1000) / 1000;
  return {
    count: summary.count,
    errors: summary.errors,
    seconds: ms(summary.seconds),
    perSecond: Math.round(summary.perSecond),
    p50: ms(summary.p50),
    p90: ms(summary.p90),
    p99: ms(summary.p99),
    mean: ms(summary.mean),
    max: ms(summary.max),
  };
}

/** A plain text table, left-aligned first column and right-aligned numbers. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
