/**
 * Evidence that collects itself: candidate entries from local git repositories (and
 * calendars), waiting in Triage until the user decides. Reads local files only.
 */
import { z } from 'zod';
import type { Channel } from '../vocabulary';
import type { Entry, EntrySummary } from './entries';
import type { StakeholderSummary } from './people';
import { ChannelSchema, Day, DirectionSchema, Id, Level, op } from './shared';

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
  /** The user organised it (or chaired it): it can become a candidate entry of its own. */
  organised: boolean;
  /** Everyone else invited (the user's own addresses left out). */
  attendees: { email: string; name: string | null }[];
}

/** Someone the user meets often who is not among their people yet. */
export interface SuggestedPerson {
  email: string;
  /** The name calendars give them (CN), when any. */
  name: string | null;
  meetings: number;
  lastDay: string;
}

export interface CalendarPreview {
  /** X-WR-CALNAME, when the export names its calendar. */
  calendar: string | null;
  /** The addresses taken as the user's (given, from settings, or the calendar's owner). */
  me: string[];
  /** Each meeting occurrence that counts, oldest first (declined, private and free/busy-only left out). */
  meetings: CalendarMeeting[];
  /** Of those, occurrences not imported before. */
  newMeetings: number;
  /** Meetings the user organised with others: proposed as candidate entries. */
  candidates: number;
  /** Frequent attendees (3 meetings or more) who are not people yet. */
  newPeople: SuggestedPerson[];
}

export interface CalendarImportResult {
  calendar: string | null;
  meetings: number;
  /** Occurrences not imported before. */
  added: number;
  candidates: number;
  newPeople: number;
}

/** A person the user met on a day (by their email addresses): "who saw it" through a meeting. */
export interface MeetingPerson {
  stakeholderId: string;
  name: string;
  /** Titles of that day's meetings with them. */
  meetings: string[];
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

/** A commit as a reader outside the core found it (the command line's pure-JavaScript reader, when git is not installed). */
const CommitSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'must be a commit hash'),
  authorEmail: Email,
  authorName: z.string().max(300),
  day: Day,
  parents: z.number().int().min(0).max(1000),
  ref: z.string().max(1000).nullable(),
  subject: z.string().max(5000),
  body: z.string().max(200_000),
  files: z.array(z.string().max(4096)).max(100_000),
  added: z.number().int().min(0),
  deleted: z.number().int().min(0),
});

const CommitsInput = z.strictObject({
  /** The repository's name (its folder), the candidates' source and tag. */
  repository: z.string().trim().min(1, 'must not be empty').max(200),
  authors: z.array(Email).min(1, 'must name at least one author').max(50),
  commits: z.array(CommitSchema).max(1_000_000),
});

const FilePath = z.string().min(1, 'must not be empty').max(4096).refine((p) => !p.includes('\0'), 'must not contain NUL characters');

/** The largest calendar file sent as bytes. */
export const MAX_CALENDAR_UPLOAD_BYTES = 32 * 1024 * 1024;

const CalendarInput = z
  .strictObject({
    /** A file on this computer… */
    path: FilePath.optional(),
    /** …or one picked in the page, sent as bytes. */
    upload: z
      .strictObject({
        name: z.string().min(1).max(255).refine((n) => !/[\0/\\]/.test(n), 'must be a file name, not a path'),
        base64: z
          .string()
          .max(Math.ceil(MAX_CALENDAR_UPLOAD_BYTES / 3) * 4, 'is larger than 32 MB; import it with the command line (scopebook import) instead')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
      })
      .optional(),
    /** The user's addresses; leave out to use the ones remembered in settings. */
    me: z.array(Email).max(50).optional(),
    since: Day.optional(),
    /** Default: today (meetings still to come are no evidence yet). */
    until: Day.optional(),
  })
  .refine((v) => (v.path === undefined) !== (v.upload === undefined), { message: 'give either a path or an uploaded file', path: ['path'] });

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
  previewCommits: op<GitImportPreview>()(
    'read',
    CommitsInput,
    'As previewGit, for commits read outside the core (the pure-JavaScript reader, when git is not installed). Writes nothing.',
  ),
  importCommits: op<GitImportResult>()(
    'write',
    CommitsInput,
    'As importGit, for commits read outside the core; only those by the given authors count, commits read before are skipped.',
  ),
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
  previewCalendar: op<CalendarPreview>()(
    'read',
    CalendarInput,
    'Read a calendar export (.ics) and list each meeting occurrence with its local day. Writes nothing.',
  ),
  importCalendar: op<CalendarImportResult>()(
    'write',
    CalendarInput,
    'Store the meetings of a calendar export; meetings the user organised become candidates in Triage.',
  ),
  meetingPeople: op<MeetingPerson[]>()(
    'read',
    z.strictObject({ day: Day }),
    "People met in that day's imported meetings (by their email addresses): suggested as who saw it (channel meeting).",
  ),
  suggestedPeople: op<SuggestedPerson[]>()(
    'read',
    z.strictObject({ from: Day.optional(), to: Day.optional() }),
    'Attendees met in 3 meetings or more in the period (default: the last year) who are not people yet.',
  ),
  addSuggestedPerson: op<StakeholderSummary>()(
    'write',
    z.strictObject({ email: Email, name: z.string().trim().min(1, 'must not be empty').max(120), direction: DirectionSchema }),
    'Add a frequent attendee as a person, with their address; the user chooses the direction.',
  ),
  dismissSuggestedPerson: op<{ dismissed: true }>()(
    'write',
    z.strictObject({ email: Email }),
    'Stop suggesting an attendee as a new person.',
  ),
  repositories: op<string[]>()('read', z.strictObject({}), 'Repositories imported before, most recent first.'),
  onThisDay: op<OnThisDay>()('read', z.strictObject({ day: Day }), 'What was written on this day in earlier years, and the week a year ago.'),
};
