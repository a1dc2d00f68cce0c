/** The editor's schema and behaviour: rich text with markdown-style shortcuts, @mentions and a placeholder. */
import type { Editor, Range } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import Mention from '@tiptap/extension-mention';
import Placeholder from '@tiptap/extension-placeholder';
import { ReactRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { StakeholderSummary } from '../../../common/contract';
import { type MentionItem, mentionItems } from './mention-items';
import { MentionList, type MentionListHandle, type MentionListProps } from './MentionList';

export interface ExtensionOptions {
  placeholder: string;
  /** The people list, waiting for a load that is under way (so someone just added is offered). */
  getPeople: () => Promise<readonly StakeholderSummary[]>;
  /** Adds someone typed after `@` who is not in the list yet; resolves with their id, or null on failure. */
  createPerson: (name: string) => Promise<{ id: string; name: string } | null>;
  /** The person's current name, so a mention reads as the people map names them (after a rename too). */
  nameOf?: (id: string) => string | undefined;
}

function mentionContent(id: string, label: string, trailingSpace = true) {
  const mention = { type: 'mention', attrs: { id, label } };
  return trailingSpace ? [mention, { type: 'text', text: ' ' }] : [mention];
}

/**
 * Mentions someone who is being added right now. The text may change while the person is
 * created, so the `@name` range is carried through every change in between; the cursor and
 * focus are left where the writer now is.
 */
function mentionWhenCreated(editor: Editor, range: Range, name: string, create: ExtensionOptions['createPerson']) {
  const mapping = new Mapping();
  const track = ({ transaction }: { transaction: Transaction }) => mapping.appendMapping(transaction.mapping);
  editor.on('transaction', track);
  void create(name)
    .then((created) => {
      if (!created || editor.isDestroyed) return;
      const from = mapping.map(range.from, 1);
      const to = mapping.map(range.to, -1);
      const stillThere = to > from && editor.state.doc.textBetween(from, to) === `@${name}`;
      const at = stillThere ? { from, to } : mapping.map(range.to, 1);
      editor.chain().insertContentAt(at, mentionContent(created.id, created.name, false), { updateSelection: false }).run();
    })
    .finally(() => editor.off('transaction', track));
}

function mentionName(options: ExtensionOptions, attrs: Record<string, unknown>): string {
  const id = typeof attrs.id === 'string' ? attrs.id : '';
  return options.nameOf?.(id) ?? (typeof attrs.label === 'string' ? attrs.label : id);
}

/** The extensions of every entry editor. */
export function entryExtensions(options: ExtensionOptions) {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['http', 'https', 'mailto'] },
    }),
    Placeholder.configure({ placeholder: options.placeholder }),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      deleteTriggerWithBackspace: true,
      renderText: ({ node }) => `@${mentionName(options, node.attrs)}`,
      renderHTML: ({ options: merged, node }) => ['span', merged.HTMLAttributes, `@${mentionName(options, node.attrs)}`],
      suggestion: {
        char: '@',
        items: async ({ query }) => mentionItems(await options.getPeople(), query),
        command: ({ editor, range, props }) => {
          const item = props as unknown as MentionItem;
          if (item.kind === 'person') {
            editor.chain().focus().insertContentAt(range, mentionContent(item.id, item.name)).run();
          } else {
            // The typed "@name" stays visible (and saved as text) until the person exists.
            editor.chain().focus().setTextSelection(range.to).insertContent(' ').run();
            mentionWhenCreated(editor, range, item.name, options.createPerson);
          }
        },
        render: () => {
          let component: ReactRenderer<MentionListHandle, MentionListProps> | null = null;
          let unmount: (() => void) | null = null;
          return {
            onStart(props) {
              const renderer = new ReactRenderer<MentionListHandle, MentionListProps>(MentionList, {
                editor: props.editor,
                props: { items: props.items, query: props.query, command: props.command },
              });
              component = renderer;
              unmount = props.mount(renderer.element);
            },
            onUpdate(props) {
              component?.updateProps({ items: props.items, query: props.query, command: props.command });
            },
            onKeyDown({ event }) {
              if (event.key === 'Escape') return false;
              return component?.ref?.onKeyDown(event) ?? false;
            },
            onExit() {
              unmount?.();
              component?.destroy();
              unmount = null;
              component = null;
            },
          };
        },
      },
    }),
  ];
}
