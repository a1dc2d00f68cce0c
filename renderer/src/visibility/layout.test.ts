import { describe, expect, it } from 'vitest';
import { DIRECTIONS, type Direction } from '../../../common/vocabulary';
import { CENTRE_RADIUS, LABEL_DEPTH, LABEL_HALF_WIDTH, type LayoutInput, layoutPeople, mapBounds, markRadius, type Placed } from './layout';

function people(direction: Direction, n: number, influence = 3): LayoutInput[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${direction}-${i}`, direction, influence }));
}

/** The label under a mark: a rectangle centred below it. */
function label(p: Placed) {
  return { left: p.x - LABEL_HALF_WIDTH, right: p.x + LABEL_HALF_WIDTH, top: p.y + p.r, bottom: p.y + p.r + LABEL_DEPTH };
}

function rectsMeet(a: ReturnType<typeof label>, b: ReturnType<typeof label>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Marks (circles) and labels (rectangles) of different people never touch, nor the user's mark. */
function assertNoOverlaps(placed: Placed[]): void {
  for (const [i, a] of placed.entries()) {
    expect(Math.hypot(a.x, a.y), `${a.id} clears the centre`).toBeGreaterThan(a.r + CENTRE_RADIUS);
    const la = label(a);
    const centre = { left: -CENTRE_RADIUS, right: CENTRE_RADIUS, top: -CENTRE_RADIUS, bottom: CENTRE_RADIUS };
    expect(rectsMeet(la, centre), `${a.id}'s label clears the centre`).toBe(false);
    for (const b of placed.slice(i + 1)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id} apart`).toBeGreaterThan(a.r + b.r);
      expect(rectsMeet(la, label(b)), `labels of ${a.id} and ${b.id}`).toBe(false);
      const circleA = { left: a.x - a.r, right: a.x + a.r, top: a.y - a.r, bottom: a.y + a.r };
      const circleB = { left: b.x - b.r, right: b.x + b.r, top: b.y - b.r, bottom: b.y + b.r };
      expect(rectsMeet(la, circleB) || rectsMeet(label(b), circleA), `label of one of ${a.id}, ${b.id} over the other's mark`).toBe(false);
    }
  }
}

/** A small deterministic pseudo-random sequence, so the crowded cases are reproducible. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('layoutPeople', () => {
  it('puts up and skip-level above, down below, sideways left and right, diagonal-up at the upper sides', () => {
    const placed = layoutPeople([
      ...people('up', 1),
      ...people('skip-level', 1),
      ...people('diagonal-up', 2),
      ...people('sideways', 2),
      ...people('down', 1),
    ]);
    const at = new Map(placed.map((p) => [p.id, p]));
    const up = at.get('up-0')!;
    const skip = at.get('skip-level-0')!;
    expect(up.y).toBeLessThan(0);
    expect(Math.abs(up.x)).toBeLessThan(1);
    expect(skip.y).toBeLessThan(up.y); // further up than the manager
    expect(at.get('down-0')!.y).toBeGreaterThan(0);
    const [left, right] = [at.get('sideways-0')!, at.get('sideways-1')!];
    expect(left.x).toBeLessThan(0);
    expect(right.x).toBeGreaterThan(0);
    expect(Math.abs(left.y)).toBeLessThan(1);
    for (const d of [at.get('diagonal-up-0')!, at.get('diagonal-up-1')!]) {
      expect(d.y).toBeLessThan(0);
      expect(Math.abs(d.x)).toBeGreaterThan(Math.abs(d.y) * 0.5);
    }
    expect(at.get('diagonal-up-0')!.x * at.get('diagonal-up-1')!.x).toBeLessThan(0);
  });

  it('puts outside people on the rim, beyond everyone else', () => {
    const placed = layoutPeople([...people('up', 3), ...people('down', 4), ...people('outside', 5)]);
    const inner = placed.filter((p) => !p.id.startsWith('outside'));
    const furthestInner = Math.max(...inner.map((p) => Math.hypot(p.x, p.y)));
    for (const p of placed.filter((q) => q.id.startsWith('outside'))) {
      expect(Math.hypot(p.x, p.y)).toBeGreaterThan(furthestInner);
    }
  });

  it('sizes marks by influence', () => {
    const [small, big] = layoutPeople([
      { id: 'a', direction: 'sideways', influence: 1 },
      { id: 'b', direction: 'sideways', influence: 5 },
    ]);
    expect(small!.r).toBe(markRadius(1));
    expect(big!.r).toBe(markRadius(5));
    expect(big!.r).toBeGreaterThan(small!.r);
    expect(markRadius(0)).toBe(markRadius(1)); // out-of-range values are clamped
    expect(markRadius(9)).toBe(markRadius(5));
  });

  it('never overlaps marks, even with a crowded direction', () => {
    assertNoOverlaps(layoutPeople(people('up', 25, 5)));
    assertNoOverlaps(layoutPeople(DIRECTIONS.flatMap((d) => people(d, 12, 5))));
  });

  it('never overlaps marks for many random maps', () => {
    const random = seeded(42);
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(random() * 40);
      const input: LayoutInput[] = Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        direction: DIRECTIONS[Math.floor(random() * DIRECTIONS.length)]!,
        influence: 1 + Math.floor(random() * 5),
      }));
      const placed = layoutPeople(input);
      expect(placed.map((p) => p.id)).toEqual(input.map((p) => p.id));
      assertNoOverlaps(placed);
    }
  });

  it('keeps everyone inside the map bounds', () => {
    const placed = layoutPeople(DIRECTIONS.flatMap((d) => people(d, 6, 4)));
    const b = mapBounds(placed);
    for (const p of placed) {
      expect(p.x - p.r).toBeGreaterThan(b.x);
      expect(p.x + p.r).toBeLessThan(b.x + b.width);
      expect(p.y - p.r).toBeGreaterThan(b.y);
      expect(p.y + p.r).toBeLessThan(b.y + b.height);
    }
  });

  it('returns nothing for nobody', () => {
    expect(layoutPeople([])).toEqual([]);
  });
});
