/** Timing samples and their summary (p50 / p95 / max). */

export interface Summary {
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of `samples` (which must not be empty). */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1]! };
}

export interface SampleOptions {
  /** Untimed runs first, to warm caches and prepared statements. */
  warmup: number;
  runs: number;
}

/** Runs `fn` `warmup + runs` times and returns the timed durations in ms. `fn` gets the run index. */
export function timeRuns(options: SampleOptions, fn: (i: number) => void): number[] {
  for (let i = 0; i < options.warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    fn(options.warmup + i);
    samples.push(performance.now() - t0);
  }
  return samples;
}
