/** Small statistics and formatting helpers for the benchmark report. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Interquartile range bounds (linear interpolation). */
  q1: number;
  q3: number;
  n: number;
  values: number[];
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarise(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    n: sorted.length,
    values: finite.map((v) => Math.round(v * 10) / 10),
  };
}

export const fmtMs = (ms: number | undefined | null): string =>
  ms == null || !Number.isFinite(ms)
    ? '–'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${Math.round(ms)} ms`;

export const fmtBytes = (bytes: number | undefined | null): string =>
  bytes == null || !Number.isFinite(bytes)
    ? '–'
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(2)} MB`
      : `${(bytes / 1024).toFixed(1)} KB`;

export const fmtRatio = (ratio: number | undefined | null): string =>
  ratio == null || !Number.isFinite(ratio) ? '–' : `${ratio.toFixed(2)}×`;

/** "412 ms (398–460)" */
export function fmtSummary(s: Summary | null | undefined, fmt: (v: number) => string = fmtMs): string {
  if (!s) return '–';
  return s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median);
}

/** A plain-text table with padded columns; also usable as Markdown. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
