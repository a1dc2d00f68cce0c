/**
 * Evidence that collects itself: candidate entries from local git repositories (and
 * calendars), waiting in Triage until the user decides. Reads local files only.
 */
import { z } from 'zod';
import type { Channel } from '../vocabulary';
import type { Entry, EntrySummary } from './entries';
import { ChannelSchema, Day, Id, Level, op } from './shared';

export interface Candidate {
  id: string;
  kind: 'git' | 'meeting';
  occurredOn: string;
  title: string;
  /** Conventional-commit scope, top-level folder or branch the commits share. */
  topic: string | null;
  /** Where it came from: the repository's name. */
  source: string;
  /** Commit subjects (or meeting details), one per line of the entry. */
  items: string[];
  /** Merge commits (usually merged pull requests). */
  merges: string[];
  tags: string[];
  /** Suggested "who saw it": people matched by email (co-authors, reviewers). */
  people: { stakeholderId: string; name: string; channel: Channel | null }[];
  files: number;
  added: number;
  deleted: number;
  minutes: number | null;
}

export interface GitImportPreview {
  repository: string;
  reader: 'git' | 'isomorphic-git';
  authors: string[];
  /** The user's commits found in the range. */
  commits: number;
  /** Of those, commits already read by an earlier import. */
  alreadyImported: number;
  candidates: Omit<Candidate, 'id'>[];
}

export interface GitImportResult {
  repository: string;
  commits: number;
  candidates: number;
}

export interface CalendarMeeting {
  uid: string;
  /** The occurrence's local day, YYYY-MM-DD. */
  day: string;
  title: string;
  minutes: number;
  organizer: string | null;
  attendees: { email: string; name: string | null }[];
}

export interface OnThisDay {
  day: string;
  /** Entries written on this day in earlier years, newest year first. */
  earlierYears: { year: number; entries: EntrySummary[] }[];
  /** The week a year ago (for the weekly look-back). */
  yearAgoWeek: { from: string; to: string; entries: EntrySummary[] };
}

const Email = z.string().trim().toLowerCase().email('must be an email address').max(320);

const GitInput = z.strictObject({
  path: z.string().min(1, 'must not be empty').max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL characters'),
  /** Author emails; leave out to use the ones remembered in settings. */
  authors: z.array(Email).max(50).optional(),
  since: Day.optional(),
  until: Day.optional(),
});

export const evidenceContract = {
  myEmails: op<string[]>()('read', z.strictObject({}), "The user's own email addresses (git author, calendar attendee)."),
  setMyEmails: op<string[]>()('write', z.strictObject({ emails: z.array(Email).max(50) }), "Remember the user's own email addresses."),
  personEmails: op<string[]>()('read', z.strictObject({ stakeholderId: Id }), "A person's email addresses."),
  setPersonEmails: op<string[]>()(
    'write',
    z.strictObject({ stakeholderId: Id, emails: z.array(Email).max(20) }),
    "Set a person's email addresses (each address belongs to one person).",
  ),
  previewGit: op<GitImportPreview>()('read', GitInput, 'Read a local git repository and say which candidate entries it gives. Writes nothing.'),
  importGit: op<GitImportResult>()('write', GitInput, 'Add candidate entries from a local git repository to Triage; commits read before are skipped.'),
  candidates: op<Candidate[]>()('read', z.strictObject({}), 'Candidate entries waiting in Triage, oldest day first.'),
  accept: op<Entry>()(
    'write',
    z.strictObject({
      ids: z.array(Id).min(1, 'must name at least one candidate').max(100),
      ownershipLevel: Level,
      starred: z.boolean().optional(),
      seenBy: z.array(z.strictObject({ stakeholderId: Id, channel: ChannelSchema.nullable().optional() })).max(200).optional(),
    }),
    'Turn one candidate, or several merged into one, into a journal entry.',
  ),
  discard: op<{ discarded: number }>()(
    'write',
    z.strictObject({ ids: z.array(Id).min(1).max(1000) }),
    'Discard candidates (what they came from stays remembered, so they do not come back).',
  ),
  previewCalendar: op<{ meetings: CalendarMeeting[] }>()(
    'read',
    z.strictObject({
      path: z.string().min(1, 'must not be empty').max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL characters'),
      me: z.array(Email).max(50).optional(),
    }),
    'Read a calendar export (.ics) and list each meeting occurrence with its local day. Writes nothing.',
  ),
  onThisDay: op<OnThisDay>()('read', z.strictObject({ day: Day }), 'What was written on this day in earlier years, and the week a year ago.'),
};
