/**
 * The review editor's schema: the entry editor's rich text (StarterKit, same heading levels
 * as generated drafts use) with links that may point at entries (`scopebook://entry/<id>`).
 * No mentions: a review is prose about entries, not a record of who saw it.
 */
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import { TextBars } from './text-bars';

/** The extensions of the review editor. */
export function reviewExtensions() {
  return [
    StarterKit.configure({
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
    Placeholder.configure({ placeholder: 'Write your review…' }),
    TextBars,
  ];
}
