import { describe, expect, it } from 'vitest';
import { HOME, MAX_SCALE, MIN_SCALE, panBy, reveal, toView, zoomAt } from './viewport';

describe('viewport', () => {
  it('zooming keeps the point under the pointer in place', () => {
    const view = zoomAt(panBy(HOME, 30, -10), 1.5, { x: 100, y: 50 });
    const before = { x: (100 - 30) / 1, y: (50 + 10) / 1 }; // map point that was under (100, 50)
    const after = toView(view, before);
    expect(after.x).toBeCloseTo(100);
    expect(after.y).toBeCloseTo(50);
  });

  it('zoom stays within its limits', () => {
    let view = HOME;
    for (let i = 0; i < 20; i++) view = zoomAt(view, 2);
    expect(view.scale).toBe(MAX_SCALE);
    for (let i = 0; i < 40; i++) view = zoomAt(view, 0.5);
    expect(view.scale).toBe(MIN_SCALE);
  });

  it('reveal pans just enough to bring a mark into the box, and leaves a visible one alone', () => {
    const box = { x: -200, y: -200, width: 400, height: 400 };
    expect(reveal(HOME, { x: 0, y: 0, r: 10 }, box)).toBe(HOME);
    const moved = reveal(HOME, { x: 500, y: -50, r: 10 }, box);
    const c = toView(moved, { x: 500, y: -50 });
    expect(c.x + 10).toBeLessThanOrEqual(200);
    expect(c.x + 10).toBeGreaterThan(150);
    expect(moved.y).toBe(0);
  });
});
