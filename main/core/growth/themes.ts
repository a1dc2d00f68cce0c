/**
 * Areas of focus: entries grouped offline into a handful of themes by their words and tags.
 * Deterministic and dependency-free: TF-IDF vectors (sublinear term frequency, smoothed idf,
 * tags counted as terms of their own and weighted double), cosine k-means seeded by farthest
 * points from the entry with the most distinct terms, a fixed number of rounds. Each theme is
 * named by the top terms of its centroid. The same entries always give the same themes.
 */

export interface ThemeDoc {
  id: string;
  /** Title, text and impact: the words. */
  text: string;
  tags: readonly string[];
}

export interface ThemeCluster {
  /** The heaviest terms of the theme, tags as "#tag", best first. */
  terms: string[];
  /** Ids of its entries, in the order they were given. */
  members: string[];
}

/** Below this many entries with words, there is nothing to group. */
export const MIN_THEMED = 6;
export const MAX_THEMES = 6;
const ROUNDS = 25;

/** Words that say nothing about what the work was about. */
const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing done down during each few for from further get got had has have having he her here hers him his
  how i if in into is it its itself just let me more most my no nor not now of off on once only or other our ours out over own
  same she should so some such than that the their them then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours new one two three via per week today
  yesterday tomorrow day days made make making work worked working team teams lot lots really thing things still well back`
    .split(/\s+/)
    .filter(Boolean),
);

/** The terms of a text: lower-case words of three letters or more, not stop words, not numbers. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].replace(/['’-]+$/, '').replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w) || /^\d/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** A sparse vector: term indices ascending, with their weights (typed arrays: k-means reads them often). */
interface Vector {
  idx: Int32Array;
  w: Float64Array;
}

function dot(v: Vector, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += v.w[k]! * dense[v.idx[k]!]!;
  return s;
}

function sparseDot(a: Vector, b: Vector): number {
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** How many themes for `n` entries: a handful, growing slowly. */
export function themeCount(n: number): number {
  if (n < MIN_THEMED) return 0;
  return Math.max(2, Math.min(MAX_THEMES, Math.ceil(Math.sqrt(n / 2))));
}

/** Groups `docs` into themes, largest first; entries without any usable term are left out. */
export function clusterThemes(docs: readonly ThemeDoc[], k = themeCount(docs.length)): ThemeCluster[] {
  // Terms per entry (tags doubled), document frequencies.
  const perDoc = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const t of terms(d.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const tag of d.tags) counts.set(`#${tag}`, (counts.get(`#${tag}`) ?? 0) + 2);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of perDoc) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  // A term in one entry only groups nothing; one in most entries separates nothing.
  const vocab = [...df.entries()]
    .filter(([, f]) => f >= 2 && f <= Math.max(2, n * 0.5))
    .map(([t]) => t)
    .sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const vectors: { doc: number; v: Vector }[] = [];
  perDoc.forEach((counts, d) => {
    const pairs: [number, number][] = [];
    let norm = 0;
    for (const [t, c] of counts) {
      const i = index.get(t);
      if (i === undefined) continue;
      const w = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(t)!)) + 1);
      pairs.push([i, w]);
      norm += w * w;
    }
    if (norm === 0) return;
    const len = Math.sqrt(norm);
    pairs.sort((a, b) => a[0] - b[0]);
    vectors.push({ doc: d, v: { idx: Int32Array.from(pairs, (p) => p[0]), w: Float64Array.from(pairs, (p) => p[1] / len) } });
  });
  const kk = Math.min(k, vectors.length);
  if (kk < 2 || vectors.length < MIN_THEMED) return [];

  // Seeds: the entry with the most distinct terms, then each time the one least like any seed.
  const seeds: number[] = [];
  let first = 0;
  vectors.forEach((x, i) => {
    if (x.v.idx.length > vectors[first]!.v.idx.length) first = i;
  });
  seeds.push(first);
  const closest = vectors.map((x) => sparseDot(x.v, vectors[first]!.v));
  while (seeds.length < kk) {
    let pick = -1;
    closest.forEach((c, i) => {
      if (!seeds.includes(i) && (pick < 0 || c < closest[pick]!)) pick = i;
    });
    seeds.push(pick);
    vectors.forEach((x, i) => (closest[i] = Math.max(closest[i]!, sparseDot(x.v, vectors[pick]!.v))));
  }

  let centroids = seeds.map((s) => {
    const c = new Float64Array(vocab.length);
    const { idx, w } = vectors[s]!.v;
    for (let k = 0; k < idx.length; k++) c[idx[k]!] = w[k]!;
    return c;
  });
  let assign = new Array<number>(vectors.length).fill(-1);
  for (let round = 0; round < ROUNDS; round++) {
    const next = vectors.map((x) => {
      let best = 0;
      let bestSim = -1;
      centroids.forEach((c, j) => {
        const s = dot(x.v, c);
        if (s > bestSim + 1e-12) {
          best = j;
          bestSim = s;
        }
      });
      return best;
    });
    const stable = next.every((a, i) => a === assign[i]);
    assign = next;
    if (stable) break;
    centroids = centroids.map((old, j) => {
      const c = new Float64Array(vocab.length);
      let members = 0;
      vectors.forEach((x, i) => {
        if (assign[i] !== j) return;
        members++;
        for (let k = 0; k < x.v.idx.length; k++) c[x.v.idx[k]!]! += x.v.w[k]!;
      });
      if (members === 0) return old;
      let norm = 0;
      for (let t = 0; t < c.length; t++) norm += c[t]! * c[t]!;
      const len = Math.sqrt(norm) || 1;
      for (let t = 0; t < c.length; t++) c[t]! /= len;
      return c;
    });
  }

  const clusters: ThemeCluster[] = centroids.map((c, j) => {
    const members = vectors.filter((_, i) => assign[i] === j).map((x) => x.doc);
    const top = [...c.keys()]
      .filter((t) => c[t]! > 0)
      .sort((a, b) => c[b]! - c[a]! || (vocab[a]! < vocab[b]! ? -1 : 1))
      .slice(0, 5)
      .map((t) => vocab[t]!);
    return { terms: top, members: members.sort((a, b) => a - b).map((d) => docs[d]!.id) };
  });
  return clusters
    .filter((c) => c.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length || (a.terms[0] ?? '').localeCompare(b.terms[0] ?? ''));
}

/** "billing · pricing · #launch": a theme's name from its first three terms. */
export function themeName(cluster: ThemeCluster): string {
  return cluster.terms.slice(0, 3).join(' · ');
}
