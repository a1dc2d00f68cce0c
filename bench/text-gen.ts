/** Entry text for benchmark journals: TipTap documents from a sentence to several pages long. */
import type { DocNode } from '../common/contract';
import { type Rng, Zipf } from './rng';
import { STOCK_PHRASES, vocabulary, VOCABULARY_SIZE } from './vocab';

export interface Mentionable {
  id: string;
  name: string;
}

const zipf = new Zipf(VOCABULARY_SIZE, 1);

/** Word counts of an entry: mostly a few lines, sometimes a page, rarely several pages. */
function targetWords(rng: Rng): number {
  const [lo, hi] = rng.weighted<[number, number]>([
    [[6, 40], 50],
    [[60, 250], 35],
    [[300, 800], 13],
    [[1200, 4000], 2],
  ]);
  return rng.int(lo, hi);
}

function sentence(rng: Rng, words: readonly string[]): string {
  const n = rng.int(6, 18);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.03)) out.push(rng.pick(STOCK_PHRASES));
    else out.push(words[zipf.draw(rng)]!);
  }
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** A paragraph of about `words` words, with the odd mention and #hashtag. */
function paragraph(rng: Rng, words: number, people: readonly Mentionable[], tags: readonly string[]): DocNode {
  const vocab = vocabulary();
  const content: DocNode[] = [];
  let text = '';
  let count = 0;
  while (count < words) {
    const s = sentence(rng, vocab);
    count += s.split(' ').length;
    text += (text ? ' ' : '') + s;
    if (people.length > 0 && rng.chance(0.04)) {
      const p = rng.pick(people);
      content.push({ type: 'text', text: `${text} With ` });
      content.push({ type: 'mention', attrs: { id: p.id, label: p.name } });
      text = '.';
    }
  }
  if (tags.length > 0 && rng.chance(0.05)) text += ` #${rng.pick(tags)}`;
  content.push({ type: 'text', text });
  return { type: 'paragraph', content };
}

function bulletList(rng: Rng, people: readonly Mentionable[]): DocNode {
  const items = rng.int(2, 6);
  return {
    type: 'bulletList',
    content: Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [paragraph(rng, rng.int(5, 15), people, [])],
    })),
  };
}

/** A document of realistic length and shape. */
export function entryDoc(rng: Rng, people: readonly Mentionable[], tags: readonly string[]): DocNode {
  const total = targetWords(rng);
  const blocks: DocNode[] = [];
  let written = 0;
  const long = total > 300;
  while (written < total) {
    if (long && (blocks.length === 0 || rng.chance(0.12))) {
      blocks.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: sentence(rng, vocabulary()).slice(0, 40) }],
      });
    }
    if (total > 40 && rng.chance(0.2)) {
      blocks.push(bulletList(rng, people));
      written += 30;
      continue;
    }
    const size = Math.min(total - written, rng.int(40, 120));
    blocks.push(paragraph(rng, Math.max(size, 4), people, tags));
    written += Math.max(size, 4);
  }
  return { type: 'doc', content: blocks };
}

/** A short title like people write, or null. */
export function entryTitle(rng: Rng): string | null {
  if (!rng.chance(0.6)) return null;
  return sentence(rng, vocabulary()).split(' ').slice(0, rng.int(3, 8)).join(' ').replace(/\.$/, '');
}

/** A one-line impact statement, or null. */
export function entryImpact(rng: Rng): string | null {
  if (!rng.chance(0.3)) return null;
  return sentence(rng, vocabulary()).slice(0, 160);
}
