/** Benchmark results: one record per metric, printed as a table and written as JSON. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Summary, summarize } from './stats';

export interface Metric {
  name: string;
  entries: number;
  unit: 'ms' | 'bytes' | 'entries/s' | 'MB';
  p50: number;
  p95: number;
  max: number;
  /** The same work done by one direct better-sqlite3 statement on the same file. */
  floor_p50?: number;
  /** The floor's p95: when it misses a target too, the cost is SQLite's or the disk's, not ours. */
  floor_p95?: number;
  /** Where the issue sets a target: the figure that must stay under it (p95 unless said). */
  target?: { p95?: number; p50?: number; value?: number };
  /** What the figure covers (hits of a query, how it was measured…). */
  note?: string;
  samples?: number;
  /** When the figure was measured (set when results are written). */
  measuredAt?: string;
}

/** A metric from timing samples, with an optional floor measured the same way. */
export function timed(
  name: string,
  entries: number,
  samples: number[],
  extra: { floor?: number[]; target?: Metric['target']; note?: string } = {},
): Metric {
  const s: Summary = summarize(samples);
  return {
    name,
    entries,
    unit: 'ms',
    ...round(s),
    ...(extra.floor ? { floor_p50: round(summarize(extra.floor)).p50, floor_p95: round(summarize(extra.floor)).p95 } : {}),
    ...(extra.target ? { target: extra.target } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    samples: samples.length,
  };
}

/** A metric with a single value (a size, a rate). */
export function single(name: string, entries: number, unit: Metric['unit'], value: number, note?: string): Metric {
  const v = Math.round(value * 100) / 100;
  return { name, entries, unit, p50: v, p95: v, max: v, ...(note ? { note } : {}) };
}

function round(s: Summary): Summary {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r(s.p50), p95: r(s.p95), max: r(s.max) };
}

/** Whether a metric meets its target; undefined when it has none. */
export function meetsTarget(m: Metric): boolean | undefined {
  if (!m.target) return undefined;
  if (m.target.p95 !== undefined && m.p95 > m.target.p95) return false;
  if (m.target.p50 !== undefined && m.p50 > m.target.p50) return false;
  if (m.target.value !== undefined && m.p50 > m.target.value) return false;
  return true;
}

function fmt(x: number | undefined, unit: string): string {
  if (x === undefined) return '';
  if (unit === 'bytes') return x >= 1e6 ? `${(x / 1e6).toFixed(1)} MB` : `${(x / 1e3).toFixed(1)} kB`;
  if (unit === 'entries/s') return `${Math.round(x)}/s`;
  if (unit === 'MB') return `${x.toFixed(1)} MB`;
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A plain-text table of `metrics` (Markdown-compatible, so the README can quote it). */
export function table(metrics: readonly Metric[]): string {
  const head = ['metric', 'entries', 'p50', 'p95', 'max', 'floor p50', 'floor p95', 'ours/floor', 'target', 'note'];
  const rows = metrics.map((m) => {
    const ratio = m.floor_p50 && m.floor_p50 > 0 ? `${(m.p50 / m.floor_p50).toFixed(1)}×` : '';
    const ok = meetsTarget(m);
    const t = m.target;
    const target = t
      ? `${t.p95 !== undefined ? `p95<${t.p95}` : t.p50 !== undefined ? `p50<${t.p50}` : `<${fmt(t.value, m.unit)}`} ${ok ? '✓' : '✗'}`
      : '';
    return [
      m.name,
      m.entries.toLocaleString('en-US'),
      fmt(m.p50, m.unit),
      m.unit === 'ms' ? fmt(m.p95, m.unit) : '',
      m.unit === 'ms' ? fmt(m.max, m.unit) : '',
      fmt(m.floor_p50, m.unit),
      fmt(m.floor_p95, m.unit),
      ratio,
      target,
      m.note ?? '',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Writes the results file: `{ runs, metrics }`, one object per metric. A figure measured now
 * replaces the one with the same name and size; the others stay (a partial run, or the UI
 * benchmark, does not wipe the rest). `runs` keeps the context of each kind of run.
 */
export function writeResults(path: string, metrics: readonly Metric[], context: { kind: string } & Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  let previous: { runs?: Record<string, unknown>; metrics?: Metric[] } = {};
  try {
    previous = JSON.parse(readFileSync(path, 'utf8')) as typeof previous;
  } catch {
    // No usable previous file: start afresh.
  }
  const key = (m: Metric) => `${m.name}@${m.entries}`;
  const fresh = new Set(metrics.map(key));
  const measuredAt = new Date().toISOString();
  const merged = [
    ...(previous.metrics ?? []).filter((m) => !fresh.has(key(m))),
    ...metrics.map((m) => ({ ...m, measuredAt })),
  ];
  const runs = { ...(previous.runs ?? {}), [context.kind]: { ...context, measuredAt } };
  writeFileSync(path, `${JSON.stringify({ runs, metrics: merged }, null, 2)}\n`);
}
