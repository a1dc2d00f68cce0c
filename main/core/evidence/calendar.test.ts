import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpDb, fails, ok, openJournal, restoreTimeZoneAfterEach } from '../test-helpers';
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
    const { core, db, dir } = openJournal();
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
