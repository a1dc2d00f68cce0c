/** Zoom and pan of the people map: pure arithmetic on a view (scale and offset), unit-tested. */

/** How the map is shown: map point p appears at p × scale + (x, y). */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 0.4;
export const MAX_SCALE = 3;
export const HOME: View = { scale: 1, x: 0, y: 0 };

/** A scale kept within MIN_SCALE … MAX_SCALE. */
export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor` keeping the map point under `at` (in view coordinates) where it is. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number } = { x: 0, y: 0 }): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

/** Moves the map by (dx, dy) view units. */
export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** Where a map point appears in view coordinates. */
export function toView(view: View, p: { x: number; y: number }): { x: number; y: number } {
  return { x: p.x * view.scale + view.x, y: p.y * view.scale + view.y };
}

/**
 * A view that shows the mark at `p` (radius r) inside the box `bounds` (view coordinates),
 * panning only as far as needed: used when keyboard focus lands on a person out of sight.
 */
export function reveal(view: View, p: { x: number; y: number; r: number }, bounds: { x: number; y: number; width: number; height: number }, margin = 20): View {
  const c = toView(view, p);
  const r = p.r * view.scale + margin;
  let dx = 0;
  let dy = 0;
  if (c.x - r < bounds.x) dx = bounds.x - (c.x - r);
  else if (c.x + r > bounds.x + bounds.width) dx = bounds.x + bounds.width - (c.x + r);
  if (c.y - r < bounds.y) dy = bounds.y - (c.y - r);
  else if (c.y + r > bounds.y + bounds.height) dy = bounds.y + bounds.height - (c.y + r);
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}
