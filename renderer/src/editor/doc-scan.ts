/** Reads mentions and #tags from the live editor document (ProseMirror), cheaply enough to run on each change. */
import type { Node as PmNode } from '@tiptap/pm/model';
import { hashtags } from '../../../common/tags';

/** Ids of the people mentioned, once each, in reading order. */
export function mentionsOf(doc: PmNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'mention' && typeof node.attrs.id === 'string' && !ids.includes(node.attrs.id)) {
      ids.push(node.attrs.id);
    }
    return node.isBlock; // inline nodes hold no mentions
  });
  return ids;
}

/** The #tags written in the text; blocks are read as separate lines so tags never run together. */
export function tagsOf(doc: PmNode): string[] {
  const text = doc.textBetween(0, doc.content.size, '\n', (leaf) =>
    leaf.type.name === 'mention' ? `@${String(leaf.attrs.label ?? '')}` : leaf.isText ? (leaf.text ?? '') : '\n',
  );
  return hashtags(text);
}

interface BlockScan {
  mentions: string[];
  tags: string[];
}

/** Mentions and #tags of one top-level block, read the same way as for the whole document. */
function scanBlock(block: PmNode): BlockScan {
  const mentions: string[] = [];
  if (block.type.name === 'mention' && typeof block.attrs.id === 'string') mentions.push(block.attrs.id);
  block.descendants((node) => {
    if (node.type.name === 'mention' && typeof node.attrs.id === 'string' && !mentions.includes(node.attrs.id)) {
      mentions.push(node.attrs.id);
    }
    return node.isBlock;
  });
  const text = block.isLeaf
    ? ''
    : block.textBetween(0, block.content.size, '\n', (leaf) =>
        leaf.type.name === 'mention' ? `@${String(leaf.attrs.label ?? '')}` : leaf.isText ? (leaf.text ?? '') : '\n',
      );
  return { mentions, tags: hashtags(text) };
}

/**
 * `mentionsOf` and `tagsOf` for an editor that calls them on every keystroke. ProseMirror
 * keeps unchanged blocks as the same objects from one version of the document to the next,
 * so each top-level block is read once and remembered: a keystroke in a 20,000-word entry
 * re-reads one paragraph, not the whole text.
 */
export function createDocScanner(): (doc: PmNode) => { mentions: string[]; tags: string[] } {
  // Weak: the blocks of old versions of the document are forgotten with them.
  const cache = new WeakMap<PmNode, BlockScan>();
  return (doc) => {
    const mentions = new Set<string>();
    const tags = new Set<string>();
    doc.forEach((block) => {
      let scan = cache.get(block);
      if (!scan) {
        scan = scanBlock(block);
        cache.set(block, scan);
      }
      for (const id of scan.mentions) mentions.add(id);
      for (const tag of scan.tags) tags.add(tag);
    });
    return { mentions: [...mentions], tags: [...tags] };
  };
}
