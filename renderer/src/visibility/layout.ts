/**
 * Where each person sits on the people map: pure geometry, unit-tested. The user is at the
 * centre (0, 0) of an SVG whose y axis points down. Up and skip-level sit above, diagonal-up
 * at the upper sides, sideways to the left and right, down below, outside on the outer rim.
 * Marks grow with influence; no two people (mark and labels), nor a person and the centre, ever overlap.
 */
import type { Direction } from '../../../common/vocabulary';

/** What the layout needs to know about a person. */
export interface LayoutInput {
  id: string;
  direction: Direction;
  influence: number;
}

/** A placed mark: centre and radius, in map units. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Radius of the user's own mark at the centre. */
export const CENTRE_RADIUS = 34;
/** Half the width kept for a person's name and recency under their mark. */
export const LABEL_HALF_WIDTH = 62;
/** Height of the two label lines under a mark. */
export const LABEL_DEPTH = 34;
/** Room left between any two boxes. */
export const GAP = 8;
/** How far a mark moves outward per step while it still overlaps another. */
const STEP = 12;

/** What a placed person takes up on the map: their mark and the labels beneath it. */
export function boxOf(p: Placed): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(p.r, LABEL_HALF_WIDTH);
  return { left: p.x - half, right: p.x + half, top: p.y - p.r, bottom: p.y + p.r + LABEL_DEPTH };
}

/** The radius of a person's mark: 14 (influence 1) … 30 (influence 5). */
export function markRadius(influence: number): number {
  const clamped = Math.min(5, Math.max(1, Math.round(influence)));
  return 10 + clamped * 4;
}

/** An arc where a group of people is laid out: centre angle and spread in degrees, distance from the centre. */
interface Sector {
  angle: number;
  spread: number;
  distance: number;
}

/** Each direction's sectors; directions with two (left and right) take turns. */
const SECTORS: Record<Exclude<Direction, 'outside'>, Sector[]> = {
  up: [{ angle: -90, spread: 40, distance: 140 }],
  'skip-level': [{ angle: -90, spread: 50, distance: 270 }],
  'diagonal-up': [
    { angle: -145, spread: 30, distance: 210 },
    { angle: -35, spread: 30, distance: 210 },
  ],
  sideways: [
    { angle: 180, spread: 36, distance: 190 },
    { angle: 0, spread: 36, distance: 190 },
  ],
  down: [{ angle: 90, spread: 70, distance: 160 }],
};

/** Distance of the rim where "outside" people sit (it grows when the inner groups need room). */
const RIM = 380;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Angles (degrees) spreading `n` marks evenly over `spread` around `angle`. */
function spreadAngles(n: number, angle: number, spread: number): number[] {
  if (n === 1) return [angle];
  return Array.from({ length: n }, (_, i) => angle - spread / 2 + (spread * i) / (n - 1));
}

/**
 * Places `n` marks along a sector in rows: a row holds as many as fit on its arc at `pitch`
 * spacing; further rows sit further out. Returns the wanted positions (before collisions).
 */
function sectorPositions(n: number, sector: Sector, pitch: number): { x: number; y: number; angle: number }[] {
  const out: { x: number; y: number; angle: number }[] = [];
  let distance = sector.distance;
  let left = n;
  while (left > 0) {
    const arc = rad(sector.spread) * distance;
    const capacity = Math.max(1, Math.floor(arc / pitch) + 1);
    const count = Math.min(left, capacity);
    for (const a of spreadAngles(count, sector.angle, count === 1 ? 0 : Math.min(sector.spread, ((count - 1) * pitch * 180) / (Math.PI * distance)))) {
      out.push({ x: Math.cos(rad(a)) * distance, y: Math.sin(rad(a)) * distance, angle: a });
    }
    left -= count;
    distance += pitch;
  }
  return out;
}

type Box = ReturnType<typeof boxOf>;

const CENTRE_BOX: Box = { left: -CENTRE_RADIUS, right: CENTRE_RADIUS, top: -CENTRE_RADIUS, bottom: CENTRE_RADIUS };

function boxesMeet(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

function overlaps(p: Placed, others: readonly Placed[]): boolean {
  const box = boxOf(p);
  return boxesMeet(box, CENTRE_BOX) || others.some((o) => boxesMeet(box, boxOf(o)));
}

/** Moves a mark outward along its angle until it overlaps nothing already placed. */
function settle(p: Placed, angle: number, placed: readonly Placed[]): Placed {
  let q = p;
  let distance = Math.hypot(p.x, p.y);
  while (overlaps(q, placed)) {
    distance += STEP;
    q = { ...q, x: Math.cos(rad(angle)) * distance, y: Math.sin(rad(angle)) * distance };
  }
  return q;
}

/**
 * Positions for everyone, in the order given. Within a direction the order given is kept
 * (left to right, inner rows first); people are never placed on top of each other.
 */
export function layoutPeople(people: readonly LayoutInput[]): Placed[] {
  const pitch = 2 * LABEL_HALF_WIDTH + GAP;
  const placed: Placed[] = [];
  const byId = new Map<string, Placed>();
  const groups = new Map<Direction, LayoutInput[]>();
  for (const p of people) {
    const list = groups.get(p.direction);
    if (list) list.push(p);
    else groups.set(p.direction, [p]);
  }

  const put = (person: LayoutInput, want: { x: number; y: number; angle: number }) => {
    const mark = settle({ id: person.id, x: want.x, y: want.y, r: markRadius(person.influence) }, want.angle, placed);
    placed.push(mark);
    byId.set(person.id, mark);
  };

  for (const [direction, sectors] of Object.entries(SECTORS) as [Exclude<Direction, 'outside'>, Sector[]][]) {
    const group = groups.get(direction) ?? [];
    // Two-sided directions alternate: first left, then right, then left…
    const sides = sectors.map((_, s) => group.filter((_p, i) => i % sectors.length === s));
    sides.forEach((side, s) => {
      const wanted = sectorPositions(side.length, sectors[s]!, pitch);
      side.forEach((person, i) => put(person, wanted[i]!));
    });
  }

  const outside = groups.get('outside') ?? [];
  if (outside.length > 0) {
    const furthest = placed.reduce((m, p) => Math.max(m, Math.hypot(p.x, p.y) + p.r), 0);
    const rim = Math.max(RIM, furthest + pitch);
    // Evenly round the rim, starting at the lower left and going clockwise.
    outside.forEach((person, i) => {
      const angle = 135 + (360 * i) / outside.length;
      put(person, { x: Math.cos(rad(angle)) * rim, y: Math.sin(rad(angle)) * rim, angle });
    });
  }

  return people.map((p) => byId.get(p.id)!);
}

/** The box (x, y, width, height) holding every mark and its label, with a margin, centred on the user. */
export function mapBounds(placed: readonly Placed[], margin = 60): { x: number; y: number; width: number; height: number } {
  const extent = placed.reduce((m, p) => {
    const b = boxOf(p);
    return Math.max(m, -b.left, b.right, -b.top, b.bottom);
  }, CENTRE_RADIUS);
  const half = Math.max(extent + margin, 240);
  return { x: -half, y: -half, width: 2 * half, height: 2 * half };
}
