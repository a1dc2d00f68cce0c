/** "Did you mean…": the closest few names to something typed, for error messages. */

/** Lower-case, without accents or extra spaces: how names are compared. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').trim();
}

/** Up to `max` candidates close to `typed` (edit distance, shared words or containment), closest first. */
function nearMatches(typed: string, candidates: readonly string[], max = 3): string[] {
  const t = foldName(typed);
  if (t === '') return [];
  const scored = candidates
    .map((name) => ({ name, score: closeness(t, foldName(name)) }))
    .filter((c) => c.score !== null)
    .sort((a, b) => a.score! - b.score! || a.name.localeCompare(b.name));
  return [...new Set(scored.map((c) => c.name))].slice(0, max);
}

function closeness(typed: string, name: string): number | null {
  if (name === typed) return 0;
  if (name.includes(typed) || typed.includes(name)) return 1;
  const words = name.split(' ');
  if (typed.split(' ').some((w) => w.length >= 2 && words.some((n) => n.startsWith(w) || w.startsWith(n)))) return 2;
  const d = distance(typed, name);
  return d <= Math.max(2, Math.floor(typed.length / 3)) ? 2 + d : null;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** ` Did you mean "A" or "B"?` — or an empty string when nothing is close. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const near = nearMatches(typed, candidates);
  if (near.length === 0) return '';
  const quoted = near.map((n) => `"${n}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${list}?`;
}
