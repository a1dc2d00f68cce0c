import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpDb, fails, fixedClock, ok, openJournal, restoreTimeZoneAfterEach } from '../test-helpers';
import { readCalendar } from './calendar';

restoreTimeZoneAfterEach();

const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:me@work.com',
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
  // Weekly at 00:30 Berlin: after the DST change, 00:30 Berlin is still the same local day there.
  'BEGIN:VEVENT', 'UID:weekly-1', 'SUMMARY:Design review', 'DTSTART;TZID=Europe/Berlin:20260319T003000', 'DTEND;TZID=Europe/Berlin:20260319T013000',
  'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;TZID=Europe/Berlin:20260326T003000', 'RDATE;TZID=Europe/Berlin:20260420T003000',
  'ORGANIZER;CN=Me:mailto:me@work.com',
  'ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ana@work.c', ' om',
  'ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@work.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:weekly-1', 'RECURRENCE-ID;TZID=Europe/Berlin:20260402T003000', 'SUMMARY:Design review (moved)',
  'DTSTART;TZID=Europe/Berlin:20260403T103000', 'DTEND;TZID=Europe/Berlin:20260403T113000',
  'ATTENDEE;CN=Ana Lima:mailto:ana@work.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:allday', 'SUMMARY:Offsite', 'DTSTART;VALUE=DATE:20260410', 'DTEND;VALUE=DATE:20260411', 'ATTENDEE:mailto:bo@work.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:declined', 'SUMMARY:Sales sync', 'DTSTART:20260411T090000Z', 'DTEND:20260411T100000Z',
  'ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:private', 'SUMMARY:Dentist', 'CLASS:PRIVATE', 'DTSTART:20260412T090000Z', 'DTEND:20260412T100000Z', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

describe('reading a calendar export', () => {
  it('expands recurrences in their time zone across a DST change, with exceptions, all-day events and folded attendees', () => {
    process.env.TZ = 'Europe/Berlin';
    const meetings = readCalendar(ICS, ['me@work.com']);
    expect(meetings.map((m) => [m.day, m.title])).toEqual([
      ['2026-03-19', 'Design review'],
      // 03-26 is an EXDATE; 04-02 moved to 04-03 by its RECURRENCE-ID
      ['2026-04-03', 'Design review (moved)'],
      ['2026-04-09', 'Design review'],
      ['2026-04-10', 'Offsite'],
      ['2026-04-20', 'Design review'],
    ]);
    expect(meetings[0]!.attendees).toContainEqual({ email: 'ana@work.com', name: 'Ana Lima' });
    expect(meetings[0]!.minutes).toBe(60);
    expect(meetings[0]!.organizer).toBe('me@work.com');
    // In New York the 00:30 Berlin meeting is on the day before.
    process.env.TZ = 'America/New_York';
    expect(readCalendar(ICS, ['me@work.com'])[0]!.day).toBe('2026-03-18');
  });

  it('reads a BOM-prefixed export; a chaired meeting counts as organised; free/busy-only, free and cancelled events never count', () => {
    process.env.TZ = 'UTC';
    const text = '\uFEFF' + [
      'BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'UID:demo', 'SUMMARY:Quarterly demo', 'DTSTART:20260301T100000Z', 'DTEND:20260301T110000Z', 'ORGANIZER:mailto:pm@work.com',
      'ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:ME@work.com', 'ATTENDEE;CN=Pat:mailto:pm@work.com', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:fb', 'SUMMARY:Busy', 'DTSTART:20260302T100000Z', 'DTEND:20260302T110000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:free', 'SUMMARY:Focus time', 'TRANSP:TRANSPARENT', 'DTSTART:20260303T100000Z', 'DTEND:20260303T110000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:gone', 'SUMMARY:Cancelled sync', 'STATUS:CANCELLED', 'DTSTART:20260304T100000Z', 'DTEND:20260304T110000Z', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const meetings = readCalendar(text, ['me@work.com']);
    expect(meetings.map((m) => [m.day, m.title, m.organised, m.attendees])).toEqual([['2026-03-01', 'Quarterly demo', true, [{ email: 'pm@work.com', name: 'Pat' }]]]);
  });

  it('refuses a binary file and an enormous attendee list', () => {
    expect(() => readCalendar('\x89PNG\r\n\x1a\n\0\0', [])).toThrow(/not a calendar file/);
    const many = Array.from({ length: 600 }, (_, i) => `ATTENDEE:mailto:p${i}@x.com`);
    const huge = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:u', 'DTSTART:20260101T100000Z', 'DTEND:20260101T110000Z', ...many, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(() => readCalendar(huge, [])).toThrow(/attendees/);
  });
});

describe('evidence:previewCalendar', () => {
  it('lists meeting occurrences of a real .ics file, and refuses a binary one writing nothing', () => {
    process.env.TZ = 'Europe/Berlin';
    const { core, db, dir } = openJournal({ clock: fixedClock(new Date(2026, 4, 1, 12)) });
    const file = join(dir, 'work.ics');
    writeFileSync(file, ICS);
    const { meetings } = ok(core, 'evidence:previewCalendar', { path: file, me: ['me@work.com'] });
    expect(meetings.map((m) => m.day)).toEqual(['2026-03-19', '2026-04-03', '2026-04-09', '2026-04-10', '2026-04-20']);
    const before = JSON.stringify(dumpDb(db));
    const bad = join(dir, 'photo.ics');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    expect(fails(core, 'evidence:previewCalendar', { path: bad }, 'invalid_input').message).toMatch(/not a calendar file/);
    expect(JSON.stringify(dumpDb(db))).toBe(before);
  });
});

/** A team calendar: Ana (a person, by email) in a weekly sync the user organises; Bo often; Cy once. */
function teamIcs(extra: string[] = []): string {
  const ev = (uid: string, day: string, title: string, lines: string[]) => [
    'BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, `DTSTART:${day}T090000Z`, `DTEND:${day}T093000Z`, ...lines, 'END:VEVENT',
  ];
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-CALNAME:me@work.com',
    ...ev('sync', '20260302', 'Team sync', [
      'RRULE:FREQ=WEEKLY;COUNT=4', 'ORGANIZER;CN=Me:mailto:me@work.com',
      'ATTENDEE;CN=Ana Lima;PARTSTAT=ACCEPTED:mailto:ANA@work.com', 'ATTENDEE;CN=Bo Berg:mailto:bo@work.com',
    ]),
    ...ev('arch', '20260304', 'Architecture forum', ['ORGANIZER:mailto:cy@work.com', 'ATTENDEE;CN=Cy:mailto:cy@work.com', 'ATTENDEE:mailto:ana@work.com']),
    ...ev('declined', '20260305', 'All hands', ['ORGANIZER:mailto:ceo@work.com', 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.com', 'ATTENDEE:mailto:ana@work.com']),
    ...ev('private', '20260306', 'Doctor', ['CLASS:PRIVATE', 'ORGANIZER:mailto:me@work.com', 'ATTENDEE:mailto:ana@work.com']),
    ...ev('busy', '20260306', 'Busy', []),
    ...extra,
    'END:VCALENDAR', '',
  ].join('\r\n');
}

describe('evidence:importCalendar', () => {
  it('stores the meetings that count, proposes organised ones in Triage, and offers who saw it on that day', () => {
    process.env.TZ = 'UTC';
    const { core, dir } = openJournal({ clock: fixedClock(new Date(2026, 2, 20, 12)) });
    const ana = ok(core, 'people:create', { name: 'Ana Lima', direction: 'up' });
    ok(core, 'evidence:setPersonEmails', { stakeholderId: ana.id, emails: ['ana@work.com'] });
    const file = join(dir, 'work.ics');
    writeFileSync(file, teamIcs());

    // The dry run: the calendar's owner (X-WR-CALNAME) is the user; declined, private and busy-only left out.
    const preview = ok(core, 'evidence:previewCalendar', { path: file });
    expect(preview.calendar).toBe('me@work.com');
    expect(preview.meetings.map((m) => [m.day, m.title])).toEqual([
      ['2026-03-02', 'Team sync'], ['2026-03-04', 'Architecture forum'], ['2026-03-09', 'Team sync'], ['2026-03-16', 'Team sync'],
    ]);
    expect(preview.meetings[0]!.attendees.map((a) => a.email)).toEqual(['ana@work.com', 'bo@work.com']);
    expect(preview).toMatchObject({ newMeetings: 4, candidates: 3 });
    // Bo is met three times and is nobody's address yet; Ana is a person already; Cy only once.
    expect(preview.newPeople).toEqual([{ email: 'bo@work.com', name: 'Bo Berg', meetings: 3, lastDay: '2026-03-16' }]);
    expect(ok(core, 'evidence:candidates', {})).toEqual([]);

    // The 23 March occurrence is still to come (after the clock's today): not evidence yet.
    expect(ok(core, 'evidence:importCalendar', { path: file })).toEqual({ calendar: 'me@work.com', meetings: 4, added: 4, candidates: 3, newPeople: 1 });
    const candidates = ok(core, 'evidence:candidates', {});
    expect(candidates.map((c) => [c.kind, c.occurredOn, c.title, c.minutes])).toEqual([
      ['meeting', '2026-03-02', 'Team sync', 30], ['meeting', '2026-03-09', 'Team sync', 30], ['meeting', '2026-03-16', 'Team sync', 30],
    ]);
    expect(candidates[0]!.people).toEqual([{ stakeholderId: ana.id, name: 'Ana Lima', channel: 'meeting' }]);
    expect(candidates[0]!.items[0]).toBe('30 minutes with Ana Lima, Bo Berg');

    expect(ok(core, 'evidence:meetingPeople', { day: '2026-03-04' })).toEqual([{ stakeholderId: ana.id, name: 'Ana Lima', meetings: ['Architecture forum'] }]);
    // Declined and private meetings never count.
    expect(ok(core, 'evidence:meetingPeople', { day: '2026-03-05' })).toEqual([]);
    expect(ok(core, 'evidence:meetingPeople', { day: '2026-03-06' })).toEqual([]);

    // Accepting a meeting candidate: Ana saw it in a meeting.
    const entry = ok(core, 'evidence:accept', { ids: [candidates[0]!.id], ownershipLevel: 'milestone' });
    expect(entry.seenBy.map((s) => [s.name, s.channel])).toEqual([['Ana Lima', 'meeting']]);

    // Re-importing adds nothing new and proposes nothing again (not even the accepted one).
    expect(ok(core, 'evidence:importCalendar', { path: file })).toMatchObject({ added: 0, candidates: 0 });
    expect(ok(core, 'evidence:candidates', {})).toHaveLength(2);
  });

  it('offers frequent attendees as new people until added (direction chosen by the user) or dismissed', () => {
    process.env.TZ = 'UTC';
    const { core, dir } = openJournal({ clock: fixedClock(new Date(2026, 2, 20, 12)) });
    const file = join(dir, 'work.ics');
    writeFileSync(file, teamIcs());
    ok(core, 'evidence:importCalendar', { path: file, me: ['me@work.com'] });
    expect(ok(core, 'evidence:suggestedPeople', {})).toEqual([
      { email: 'ana@work.com', name: 'Ana Lima', meetings: 4, lastDay: '2026-03-16' },
      { email: 'bo@work.com', name: 'Bo Berg', meetings: 3, lastDay: '2026-03-16' },
    ]);
    // Three meetings in the period are needed.
    expect(ok(core, 'evidence:suggestedPeople', { from: '2026-03-05' })).toEqual([]);
    const bo = ok(core, 'evidence:addSuggestedPerson', { email: 'bo@work.com', name: 'Bo Berg', direction: 'sideways' });
    expect(bo).toMatchObject({ name: 'Bo Berg', direction: 'sideways' });
    expect(ok(core, 'evidence:personEmails', { stakeholderId: bo.id })).toEqual(['bo@work.com']);
    expect(ok(core, 'evidence:suggestedPeople', {}).map((p) => p.email)).toEqual(['ana@work.com']);
    ok(core, 'evidence:dismissSuggestedPerson', { email: 'ana@work.com' });
    expect(ok(core, 'evidence:suggestedPeople', {})).toEqual([]);
    expect(ok(core, 'evidence:meetingPeople', { day: '2026-03-02' })).toEqual([{ stakeholderId: bo.id, name: 'Bo Berg', meetings: ['Team sync'] }]);
    expect(fails(core, 'evidence:addSuggestedPerson', { email: 'bo@work.com', name: 'Bo Again', direction: 'up' }, 'conflict').message).toMatch(/already belongs to Bo Berg/);

    const more = Array.from({ length: 3 }, (_, i) => ['BEGIN:VEVENT', `UID:dee${i}`, 'SUMMARY:Pairing', `DTSTART:2026031${i}T140000Z`, 'DTEND:20260310T150000Z'.replace('0310', `031${i}`),
      'ATTENDEE;CN=Dee:mailto:dee@work.com', 'END:VEVENT']).flat();
    writeFileSync(file, teamIcs(more));
    ok(core, 'evidence:importCalendar', { path: file });
    expect(ok(core, 'evidence:suggestedPeople', {}).map((p) => p.email)).toEqual(['dee@work.com']);
    ok(core, 'evidence:dismissSuggestedPerson', { email: 'dee@work.com' });
    expect(ok(core, 'evidence:suggestedPeople', {})).toEqual([]);
  });

  it('bad input (a binary file named .ics, an enormous attendee list, a folder, no file) gets a clear error and writes nothing', () => {
    const { core, db, dir } = openJournal();
    const before = JSON.stringify(dumpDb(db));
    const bin = join(dir, 'photo.ics');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(fails(core, 'evidence:importCalendar', { path: bin }, 'invalid_input').message).toMatch(/not a calendar file/);
    const upload = { name: 'photo.ics', base64: readFileSync(bin).toString('base64') };
    expect(fails(core, 'evidence:importCalendar', { upload }, 'invalid_input').message).toMatch(/not a calendar file/);
    const many = Array.from({ length: 600 }, (_, i) => `ATTENDEE:mailto:p${i}@x.com`);
    // A good meeting first: the all-or-nothing import must not keep it either.
    const huge = join(dir, 'huge.ics');
    writeFileSync(huge, teamIcs(['BEGIN:VEVENT', 'UID:u', 'DTSTART:20260301T100000Z', 'DTEND:20260301T110000Z', ...many, 'END:VEVENT']));
    expect(fails(core, 'evidence:importCalendar', { path: huge }, 'invalid_input').message).toMatch(/600 attendees/);
    expect(fails(core, 'evidence:importCalendar', { path: dir }, 'invalid_input').message).toMatch(/is a folder/);
    expect(fails(core, 'evidence:importCalendar', { path: join(dir, 'gone.ics') }, 'invalid_input').message).toMatch(/does not exist/);
    expect(fails(core, 'evidence:importCalendar', {}, 'invalid_input').message).toMatch(/either a path or an uploaded file/);
    expect(JSON.stringify(dumpDb(db))).toBe(before);
  });
});
