/**
 * Meetings from calendar exports as evidence of visibility: stored per occurrence, offered as
 * "who saw it" (channel `meeting`) for entries of the same day, as candidate entries for
 * meetings the user organised, and frequent attendees as new people.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { addYears, format } from 'date-fns';
import type { CalendarImportResult, CalendarPreview, MeetingPerson, SuggestedPerson } from '../../../common/contract';
import type { Ctx } from '../api';
import { instant } from '../clock';
import type { Db } from '../db';
import { invalid } from '../errors';
import { newId } from '../ids';
import { type CalendarFile, type Meeting, readCalendarFile } from './calendar';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Attendees met this often in the period are offered as new people. */
export const FREQUENT_MEETINGS = 3;

export interface CalendarSource {
  path?: string | undefined;
  upload?: { name: string; base64: string } | undefined;
  me?: string[] | undefined;
  since?: string | undefined;
  until?: string | undefined;
}

function fileText(source: CalendarSource): { text: string; name: string } {
  if (source.upload) {
    const bytes = Buffer.from(source.upload.base64, 'base64');
    return { text: bytes.toString('utf8'), name: source.upload.name };
  }
  const path = source.path!;
  let st;
  try {
    st = statSync(path);
  } catch {
    throw invalid(`${path} does not exist`, 'path');
  }
  if (st.isDirectory()) throw invalid(`${path} is a folder, not a calendar file (.ics)`, 'path');
  if (st.size > MAX_FILE_BYTES) throw invalid(`${path} is larger than 64 MB: this does not look like a calendar export`, 'path');
  return { text: readFileSync(path, 'utf8'), name: basename(path) };
}

/** Reads the calendar a source names, up to today unless told otherwise. */
export function readSourceCalendar(ctx: Ctx, source: CalendarSource, myEmails: string[]): CalendarFile & { name: string } {
  const today = format(ctx.clock.now(), 'yyyy-MM-dd');
  const until = source.until ?? today;
  if (source.since && source.since > until) throw invalid('since must not be after until', 'since');
  const { text, name } = fileText(source);
  const me = source.me && source.me.length > 0 ? source.me : myEmails;
  return { ...readCalendarFile(text, me, source.since, until), name };
}

/** Lower-case addresses that belong to a person (not archived) → that person. */
function stakeholderEmails(db: Db): Map<string, { id: string; name: string }> {
  const rows = db
    .prepare(`SELECT m.email, s.id, s.name FROM stakeholder_emails m JOIN stakeholders s ON s.id = m.stakeholder_id WHERE s.archived_at IS NULL`)
    .all() as { email: string; id: string; name: string }[];
  return new Map(rows.map((r) => [r.email, { id: r.id, name: r.name }]));
}

/** Every address that is someone's (archived people too: they are not "new"). */
function knownEmails(db: Db): Set<string> {
  return new Set((db.prepare('SELECT email FROM stakeholder_emails').pluck().all() as string[]));
}

function dismissed(db: Db): Set<string> {
  return new Set(db.prepare(`SELECT key FROM evidence_seen WHERE source = 'person'`).pluck().all() as string[]);
}

/** Counts attendees over meetings; those met FREQUENT_MEETINGS times or more who are not people yet. */
function frequent(meetings: Iterable<{ day: string; attendees: { email: string; name: string | null }[] }>, skip: Set<string>): SuggestedPerson[] {
  const by = new Map<string, { names: Map<string, number>; meetings: number; lastDay: string }>();
  for (const m of meetings) {
    for (const a of m.attendees) {
      if (skip.has(a.email)) continue;
      let p = by.get(a.email);
      if (!p) by.set(a.email, (p = { names: new Map(), meetings: 0, lastDay: m.day }));
      p.meetings++;
      if (m.day > p.lastDay) p.lastDay = m.day;
      if (a.name) p.names.set(a.name, (p.names.get(a.name) ?? 0) + 1);
    }
  }
  const out: SuggestedPerson[] = [];
  for (const [email, p] of by) {
    if (p.meetings < FREQUENT_MEETINGS) continue;
    let name: string | null = null;
    let n = 0;
    for (const [k, v] of p.names) if (v > n) [name, n] = [k, v];
    out.push({ email, name, meetings: p.meetings, lastDay: p.lastDay });
  }
  return out.sort((a, b) => b.meetings - a.meetings || a.email.localeCompare(b.email));
}

/** A meeting becomes a candidate entry of its own when the user organised it with others. */
const isCandidate = (m: Meeting) => m.organised && m.attendees.length > 0;

function occurrenceId(m: Meeting): string {
  return m.uid.slice(0, 900);
}

export function previewCalendar(ctx: Ctx, source: CalendarSource, myEmails: string[]): CalendarPreview {
  const file = readSourceCalendar(ctx, source, myEmails);
  const stored = ctx.db.prepare('SELECT 1 FROM evidence_meetings WHERE id = ?');
  const seen = ctx.db.prepare(`SELECT 1 FROM evidence_seen WHERE source = 'meeting' AND key = ?`);
  const skip = new Set([...knownEmails(ctx.db), ...dismissed(ctx.db), ...file.me]);
  return {
    calendar: file.calendar,
    me: file.me,
    meetings: file.meetings.map(({ uid, day, title, minutes, organizer, organised, attendees }) => ({ uid, day, title, minutes, organizer, organised, attendees })),
    newMeetings: file.meetings.filter((m) => !stored.get(occurrenceId(m))).length,
    candidates: file.meetings.filter((m) => isCandidate(m) && !seen.get(occurrenceId(m))).length,
    newPeople: frequent(file.meetings, skip),
  };
}

/** Stores the meetings (an occurrence imported again is updated), proposes organised ones. Inside a write transaction. */
export function importCalendar(ctx: Ctx, source: CalendarSource, myEmails: string[]): CalendarImportResult {
  const { db } = ctx;
  const file = readSourceCalendar(ctx, source, myEmails);
  const now = instant(ctx.clock);
  const calendar = file.calendar ?? file.name;
  const exists = db.prepare('SELECT 1 FROM evidence_meetings WHERE id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO evidence_meetings (id, day, title, minutes, organised, calendar, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET day = excluded.day, title = excluded.title, minutes = excluded.minutes,
       organised = excluded.organised, calendar = excluded.calendar, imported_at = excluded.imported_at`,
  );
  const clear = db.prepare('DELETE FROM evidence_meeting_attendees WHERE meeting_id = ?');
  const attend = db.prepare('INSERT OR IGNORE INTO evidence_meeting_attendees (meeting_id, email, name) VALUES (?, ?, ?)');
  const seen = db.prepare(`INSERT OR IGNORE INTO evidence_seen (source, key) VALUES ('meeting', ?)`);
  const candidate = db.prepare(
    `INSERT INTO evidence_candidates (id, kind, occurred_on, title, topic, source, items, merges, tags, people, files, added, deleted, minutes, created_at)
     VALUES (?, 'meeting', ?, ?, NULL, ?, ?, '[]', '[]', ?, 0, 0, 0, ?, ?)`,
  );
  const people = stakeholderEmails(db);
  let added = 0;
  let candidates = 0;
  for (const m of file.meetings) {
    const id = occurrenceId(m);
    const known = exists.get(id) !== undefined;
    if (!known) added++;
    upsert.run(id, m.day, m.title, m.minutes, m.organised ? 1 : 0, calendar, now);
    if (known) clear.run(id);
    for (const a of m.attendees) attend.run(id, a.email, a.name);
    if (isCandidate(m) && seen.run(id).changes === 1) {
      const who: { stakeholderId: string; channel: 'meeting' }[] = [];
      for (const a of m.attendees) {
        const p = people.get(a.email);
        if (p && !who.some((w) => w.stakeholderId === p.id)) who.push({ stakeholderId: p.id, channel: 'meeting' });
      }
      const names = m.attendees.map((a) => a.name ?? a.email);
      const items = [`${m.minutes} minutes with ${names.slice(0, 30).join(', ')}${names.length > 30 ? ` and ${names.length - 30} more` : ''}`];
      candidate.run(newId(ctx.clock.now().getTime()), m.day, m.title, calendar, JSON.stringify(items), JSON.stringify(who), m.minutes, now);
      candidates++;
    }
  }
  const skip = new Set([...knownEmails(db), ...dismissed(db), ...file.me]);
  return { calendar: file.calendar, meetings: file.meetings.length, added, candidates, newPeople: frequent(file.meetings, skip).length };
}

/** People met on `day`, by their addresses, with the titles of those meetings. */
export function meetingPeople(db: Db, day: string): MeetingPerson[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, m.title FROM evidence_meetings m
         JOIN evidence_meeting_attendees a ON a.meeting_id = m.id
         JOIN stakeholder_emails e ON e.email = a.email
         JOIN stakeholders s ON s.id = e.stakeholder_id
       WHERE m.day = ? AND s.archived_at IS NULL
       ORDER BY s.name_key, m.title`,
    )
    .all(day) as { id: string; name: string; title: string }[];
  const by = new Map<string, MeetingPerson>();
  for (const r of rows) {
    let p = by.get(r.id);
    if (!p) by.set(r.id, (p = { stakeholderId: r.id, name: r.name, meetings: [] }));
    if (!p.meetings.includes(r.title)) p.meetings.push(r.title);
  }
  return [...by.values()];
}

/** Frequent attendees of the stored meetings who are not people yet (nor dismissed, nor the user). */
export function suggestedPeople(ctx: Ctx, myEmails: string[], from?: string, to?: string): SuggestedPerson[] {
  const { db } = ctx;
  const today = ctx.clock.now();
  const lo = from ?? format(addYears(today, -1), 'yyyy-MM-dd');
  const hi = to ?? format(today, 'yyyy-MM-dd');
  const rows = db
    .prepare(
      `SELECT a.email, a.name, m.day FROM evidence_meeting_attendees a JOIN evidence_meetings m ON m.id = a.meeting_id
       WHERE m.day BETWEEN ? AND ? AND a.email NOT IN (SELECT email FROM stakeholder_emails)`,
    )
    .all(lo, hi) as { email: string; name: string | null; day: string }[];
  const skip = new Set([...dismissed(db), ...myEmails]);
  return frequent(
    rows.map((r) => ({ day: r.day, attendees: [{ email: r.email, name: r.name }] })),
    skip,
  );
}

export function dismissSuggestedPerson(db: Db, email: string): void {
  db.prepare(`INSERT OR IGNORE INTO evidence_seen (source, key) VALUES ('person', ?)`).run(email);
}
