/**
 * The review editor's schema: the entry editor's rich text (StarterKit, same heading levels
 * as generated drafts use) with links that may point at entries (`scopebook://entry/<id>`).
 * No mentions: a review is prose about entries, not a record of who saw it.
 * Italic ends with its line: generated drafts end an entry's line with its level and date in
 * italics, and what is typed on the next line is new prose, not more of that aside.
 */
import Italic from '@tiptap/extension-italic';
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import { TextBars } from './text-bars';

/** The extensions of the review editor. */
export function reviewExtensions() {
  return [
    StarterKit.configure({
      italic: false,
      heading: { levels: [1, 2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto', 'scopebook'],
        // Entry links open inside the app (see ReviewEditor); web links never take over the window.
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
      },
    }),
    Italic.extend({ keepOnSplit: false }),
    Placeholder.configure({ placeholder: 'Write your review…' }),
    TextBars,
  ];
}
