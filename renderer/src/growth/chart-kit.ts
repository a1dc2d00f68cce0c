/**
 * What the Growth charts share: bucket labels, links to the timeline filtered to a cell, the
 * chart's width from its container, and keyboard moves over the buckets.
 *
 * The charts are SVG drawn by React from d3-scale (bands and linear scales) and d3-shape
 * (stacks, lines): libraries that compute geometry and never touch the DOM, so nothing is
 * evaluated at run time and no stylesheet is injected (the app's CSP, main/web/csp.ts).
 * Colours come from the theme's CSS variables through class names.
 */
import type { ScaleBand, ScaleLinear } from 'd3-scale';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { OwnershipLevel } from '../../../common/vocabulary';
import { filtersToQuery, NO_FILTERS } from '../timeline/filters';
import { monthShort, shortDate } from '../ui/dates';

export interface BucketLike {
  key: string;
  from: string;
  to: string;
}

/** "2026-Q1" → "Q1 2026"; "2026-03" → "Mar 2026"; a week → "week of 2 Mar 2026". */
export function bucketLabel(b: BucketLike): string {
  if (/^\d{4}-Q[1-4]$/.test(b.key)) return `${b.key.slice(5)} ${b.key.slice(0, 4)}`;
  if (/^\d{4}-\d{2}$/.test(b.key)) return `${monthShort(`${b.key}-01`)} ${b.key.slice(0, 4)}`;
  return `week of ${shortDate(b.key < b.from ? b.from : b.key)}`;
}

/** The short tick under a bar: the year at its first quarter or January, else nothing. */
export function yearTick(b: BucketLike): string | null {
  return /-(Q1|01)$/.test(b.key) ? b.key.slice(0, 4) : null;
}

/** `#/timeline?…` showing the entries of a bucket, narrowed to levels and people. */
export function timelineHash(
  b: { from: string; to: string },
  narrow: { levels?: OwnershipLevel[]; people?: string[] } = {},
): string {
  const query = filtersToQuery({
    ...NO_FILTERS,
    levels: narrow.levels ?? [],
    people: narrow.people ?? [],
    from: b.from,
    to: b.to,
  });
  return `#/timeline?${query}`;
}

/** The width of a chart's container, followed as the window resizes. */
export function useWidth<T extends HTMLElement>(fallback = 720): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Arrow keys, Home and End move the active bucket; Enter follows `onEnter`. */
export function bucketKeys(
  count: number,
  active: number,
  setActive: (i: number) => void,
  onEnter?: (i: number) => void,
): (e: KeyboardEvent) => void {
  return (e) => {
    const moves: Record<string, number> = {
      ArrowLeft: active - 1,
      ArrowRight: active + 1,
      ArrowDown: active - 1,
      ArrowUp: active + 1,
      Home: 0,
      End: count - 1,
      PageUp: active - 4,
      PageDown: active + 4,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.min(count - 1, Math.max(0, moves[e.key]!)));
    } else if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      onEnter(active);
    }
  };
}

/** The widest a bar gets: one quarter alone should not fill the chart. */
export const MAX_BAR = 56;

/** Where a bucket's bar sits in its band: centred, at most MAX_BAR wide. */
export function barOf(x: ScaleBand<string>, key: string): { x: number; width: number } {
  const band = x.bandwidth();
  const width = Math.min(band, MAX_BAR);
  return { x: x(key)! + (band - width) / 2, width };
}

/** Whole-number ticks only: entries are counted, never halved. */
export function countTicks(y: ScaleLinear<number, number>, count: number): number[] {
  return y.ticks(count).filter((t) => Number.isInteger(t));
}

/** More buckets than this are drawn as one path per series instead of one rect per bar. */
export const DENSE = 60;

/** The bucket under the pointer (index into the band's domain), or -1 outside the bars. */
export function bucketAt(x: ScaleBand<string>, e: { clientX: number; currentTarget: Element }): number {
  const left = e.clientX - e.currentTarget.getBoundingClientRect().left;
  const [r0, r1] = x.range();
  if (left < r0 || left > r1) return -1;
  const step = x.step();
  const i = Math.floor((left - r0 + (step * x.paddingInner()) / 2) / step);
  return Math.min(x.domain().length - 1, Math.max(0, i));
}

/** One SVG path of bars: each `[x, width, top, bottom]` a closed rectangle. */
export function barsPath(bars: readonly (readonly [number, number, number, number])[]): string {
  return bars.map(([x, w, top, bottom]) => `M${x},${top}h${w}V${bottom}h${-w}Z`).join('');
}

/** "1 entry", "3 entries". */
export function entriesText(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'entry' : 'entries'}`;
}
