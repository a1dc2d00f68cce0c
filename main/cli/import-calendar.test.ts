import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarImportResult, CalendarPreview } from '../../common/contract';
import { journalFile } from '../core/paths';
import { inJournal, ok, okJson, runCli, tempDataDir } from './test-cli';

// A weekly 1:1 at 23:30 New York time: in Berlin (the test's zone) each falls on the next day.
const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15//EN',
  'BEGIN:VTIMEZONE', 'TZID:America/New_York',
  'BEGIN:STANDARD', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
  'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT', 'UID:one-on-one', 'SUMMARY:Planning with Ana', 'DTSTART;TZID=America/New_York:20260105T233000', 'DTEND;TZID=America/New_York:20260106T000000',
  'RRULE:FREQ=WEEKLY;COUNT=3', 'ORGANIZER;CN=Me:mailto:me@work.com',
  'ATTENDEE;CN="Ana Lima";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ana@wo', ' rk.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:declined', 'SUMMARY:Town hall', 'DTSTART:20260107T150000Z', 'DTEND:20260107T160000Z',
  'ORGANIZER:mailto:ceo@work.com', 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.com', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

const env = { TZ: 'Europe/Berlin' };

describe('scopebook import FILE.ics', () => {
  it('--dry-run --json lists each meeting with its local day, title and attendees, and writes nothing', async () => {
    const data = tempDataDir();
    const file = join(data, 'calendar.ics');
    writeFileSync(file, ICS);
    const preview = await okJson<CalendarPreview>(data, ['import', file, '--me', 'me@work.com', '--dry-run'], { env });
    expect(preview.meetings.map((m) => [m.day, m.title, m.attendees])).toEqual([
      ['2026-01-06', 'Planning with Ana', [{ email: 'ana@work.com', name: 'Ana Lima' }]],
      ['2026-01-13', 'Planning with Ana', [{ email: 'ana@work.com', name: 'Ana Lima' }]],
      ['2026-01-20', 'Planning with Ana', [{ email: 'ana@work.com', name: 'Ana Lima' }]],
    ]);
    expect(preview).toMatchObject({ candidates: 3, me: ['me@work.com'] });
    expect(existsSync(journalFile(data))).toBe(false);
  });

  it('is told by content (any file name), imports once, and re-running adds nothing new', async () => {
    const data = tempDataDir();
    await ok(data, ['add', 'First entry', '--date', '2026-01-02']);
    const ana = inJournal(data, 'people:create', { name: 'Ana Lima', direction: 'up' });
    inJournal(data, 'evidence:setPersonEmails', { stakeholderId: ana.id, emails: ['ana@work.com'] });
    inJournal(data, 'evidence:setMyEmails', { emails: ['me@work.com'] });
    const file = join(data, 'export.txt');
    writeFileSync(file, ICS);
    const result = await okJson<CalendarImportResult>(data, ['import', file], { env });
    expect(result).toEqual({ calendar: null, meetings: 3, added: 3, candidates: 3, newPeople: 0 });
    expect(inJournal(data, 'evidence:candidates', {}).map((c) => [c.occurredOn, c.title, c.people.map((p) => p.name)])).toEqual([
      ['2026-01-06', 'Planning with Ana', ['Ana Lima']],
      ['2026-01-13', 'Planning with Ana', ['Ana Lima']],
      ['2026-01-20', 'Planning with Ana', ['Ana Lima']],
    ]);
    expect(inJournal(data, 'evidence:meetingPeople', { day: '2026-01-13' })).toEqual([{ stakeholderId: ana.id, name: 'Ana Lima', meetings: ['Planning with Ana'] }]);
    const again = await runCli(data, ['import', file], { env });
    expect(again.stdout).toMatch(/Imported 0 new meetings .* 0 candidate entries added to Triage/);
  });

  it('a binary file named .ics gets a clear error (exit 1) and the journal is unchanged', async () => {
    const data = tempDataDir();
    await ok(data, ['add', 'First entry']);
    const file = join(data, 'photo.ics');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    const run = await runCli(data, ['import', file, '--me', 'me@work.com']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a calendar file/);
    expect(inJournal(data, 'evidence:candidates', {})).toEqual([]);
    expect(inJournal(data, 'entries:count', {}).count).toBe(1);
    const json = join(data, 'jrnl.json');
    writeFileSync(json, '{"entries": []}');
    const notCalendar = await runCli(data, ['import', json, '--me', 'me@work.com']);
    expect(notCalendar.code).toBe(1);
    expect(notCalendar.stderr).toMatch(/--me only applies to calendar files/);
  });
});
