/**
 * Keeps the explicit lists beside the editor (who saw it, tags) in step with the text:
 * a person mentioned or a #tag typed joins the list; removing it from the text takes it
 * off again. Items added by hand and never in the text stay until removed by hand.
 */

/** The list after the text went from mentioning `before` to mentioning `after`. */
export function reconcile<T>(
  list: readonly T[],
  keyOf: (item: T) => string,
  before: readonly string[],
  after: readonly string[],
  make: (key: string) => T,
): T[] {
  const now = new Set(after);
  const gone = new Set(before.filter((k) => !now.has(k)));
  const kept = list.filter((item) => !gone.has(keyOf(item)));
  const present = new Set(kept.map(keyOf));
  for (const k of after) {
    if (!present.has(k)) {
      kept.push(make(k));
      present.add(k);
    }
  }
  return kept;
}

/** Whether two string lists hold the same values in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
