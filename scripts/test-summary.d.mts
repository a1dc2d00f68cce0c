export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
/** Counts from Vitest's JSON reporter. */
export function countVitest(report: unknown): Counts;
/** Counts from Playwright's JSON reporter. */
export function countPlaywright(report: unknown): Counts;
/** Sums every runner's report in a folder. */
export function summarize(dir: string): Counts & { notes: string[] };
/** `N passed, N failed, N skipped`. */
export function formatCounts(counts: Counts): string;
