/**
 * The scope-growth "chart" of a generated review is a list of text bars
 * ("▲ Project ██████░░░░… 31% (was 12%)", see main/core/review/sections-overview.ts).
 * This editor plugin only decorates them (nothing in the document changes): the label gets a
 * fixed width and the bar a monospace font, so the bars line up and read as a chart.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const BAR = /^(\S.{0,40}?) ([█░]{10,40}) \d{1,3}%/;

/** Where the label and the bar of a text-bar line are, as offsets in its text; null for any other line. */
export function findTextBar(text: string): { label: [number, number]; bar: [number, number] } | null {
  const m = BAR.exec(text);
  if (!m) return null;
  const labelEnd = m[1]!.length;
  return { label: [0, labelEnd], bar: [labelEnd + 1, labelEnd + 1 + m[2]!.length] };
}

function decorate(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'paragraph') return true;
    let plain = true;
    node.forEach((child) => {
      if (!child.isText) plain = false;
    });
    const found = plain ? findTextBar(node.textContent) : null;
    if (found) {
      const start = pos + 1;
      decorations.push(Decoration.inline(start + found.label[0], start + found.label[1], { class: 'text-bar-label' }));
      decorations.push(Decoration.inline(start + found.bar[0], start + found.bar[1], { class: 'text-bar' }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Lines up the text bars of a review's scope-growth chart. */
export const TextBars = Extension.create({
  name: 'textBars',
  addProseMirrorPlugins() {
    const key = new PluginKey<DecorationSet>('textBars');
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
