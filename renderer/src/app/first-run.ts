/**
 * The first time Scopebook opens on an empty journal it writes one example entry, so the
 * timeline and the levels make sense at once. The person can delete it like any other.
 */
import type { DocNode } from '../../../common/contract';
import { api, call } from '../api';

const FLAG = 'scopebook.firstRun';
const WELCOME_DISMISSED = 'scopebook.welcomeDismissed';

const EXAMPLE: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'An example entry' },
        { type: 'text', text: ' — delete it whenever you like.', marks: [{ type: 'italic' }] },
      ],
    },
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Moved our release checks into CI, so shipping takes twenty minutes instead of a morning. Walked the team through it at the Friday demo. #example',
        },
      ],
    },
  ],
};

let running: Promise<void> | null = null;

/** Writes the example entry once, on a journal that has never held an entry. */
export function ensureFirstRun(): Promise<void> {
  running ??= (async () => {
    if (localStorage.getItem(FLAG)) return;
    const [live, trash] = await Promise.all([call(api.entries.count({})), call(api.entries.count({ trash: true }))]);
    localStorage.setItem(FLAG, '1');
    if (live.count > 0 || trash.count > 0) return;
    await call(
      api.entries.create({
        body: EXAMPLE,
        ownershipLevel: 'milestone',
        impact: 'Releases no longer tie up one person for half a day.',
        // Never counted as work: no streak, stats, gap suggestion, update or review holds it.
        example: true,
      }),
    );
  })().catch(() => {
    running = null; // try again next time; the journal may just be busy
  });
  return running;
}

/** Whether the two-paragraph welcome was put away. */
export function welcomeDismissed(): boolean {
  return localStorage.getItem(WELCOME_DISMISSED) === '1';
}

/** Puts the welcome away for good. */
export function dismissWelcome(): void {
  localStorage.setItem(WELCOME_DISMISSED, '1');
}
