/** Every open editor's "save now", so closing the window (or the desktop app quitting) can wait for all of them. */

type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

/** Registers an editor's flush; returns the function that removes it. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves everything pending in every open editor; never rejects (failures stay visible in each editor). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
}
