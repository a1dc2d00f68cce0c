/**
 * Reading calendar exports (.ics: Google, Outlook, Apple) with ical.js: recurrences
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) expanded in their TZID, all-day events,
 * attendees with CN and mailto. Declined, private and free/busy-only events never count.
 */
import { format } from 'date-fns';
import ICAL from 'ical.js';
import { invalid } from '../errors';
import { looksLikeCalendar } from './calendar-detect';

export interface Meeting {
  uid: string;
  /** Local day of the occurrence, YYYY-MM-DD. */
  day: string;
  title: string;
  minutes: number;
  organizer: string | null;
  /** The user organised it (ORGANIZER) or chaired it (ATTENDEE;ROLE=CHAIR). */
  organised: boolean;
  /** Everyone else invited (the user's own addresses left out). */
  attendees: { email: string; name: string | null }[];
}

export interface CalendarFile {
  /** X-WR-CALNAME (Google names the calendar after its owner's address). */
  calendar: string | null;
  /** The addresses taken as the user's: those given, plus X-WR-CALNAME when it is one. */
  me: string[];
  meetings: Meeting[];
}

const MAX_ATTENDEES = 500;
const MAX_OCCURRENCES = 100_000;

function email(v: unknown): string | null {
  const s = typeof v === 'string' ? v : '';
  const m = /^mailto:(.+)$/i.exec(s.trim());
  return m ? m[1]!.trim().toLowerCase() : null;
}

/** The meetings of a calendar file between `from` and `to` (local days, inclusive). */
export function readCalendar(text: string, me: string[], from = '1900-01-01', to = '2999-12-31'): Meeting[] {
  return readCalendarFile(text, me, from, to).meetings;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;


/** A calendar file: its name, the user's addresses and its meetings between `from` and `to`. */
export function readCalendarFile(text: string, given: string[], from = '1900-01-01', to = '2999-12-31'): CalendarFile {
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\0') || !looksLikeCalendar(text)) throw invalid('This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR', 'path');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    throw invalid(`This calendar file cannot be read: ${(e as Error).message}`, 'path');
  }
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const calname = root.getFirstPropertyValue('x-wr-calname');
  const calendar = typeof calname === 'string' && calname.trim() !== '' ? calname.trim().slice(0, 200) : null;
  const mine = new Set(given.map((m) => m.toLowerCase()));
  if (calendar && EMAIL.test(calendar)) mine.add(calendar.toLowerCase());
  const events = root.getAllSubcomponents('vevent');
  const overrides = new Map<string, ICAL.Component[]>();
  const masters: ICAL.Component[] = [];
  for (const ev of events) {
    const uid = String(ev.getFirstPropertyValue('uid') ?? '');
    if (ev.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), ev]);
    else masters.push(ev);
  }
  const out: Meeting[] = [];
  const dayOf = (t: ICAL.Time) => (t.isDate ? t.toString().slice(0, 10) : format(t.toJSDate(), 'yyyy-MM-dd'));
  const add = (ev: ICAL.Component, start: ICAL.Time, end: ICAL.Time, uid: string) => {
    const cls = String(ev.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (cls === 'PRIVATE' || cls === 'CONFIDENTIAL') return;
    if (String(ev.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT') return;
    if (String(ev.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return;
    const atts = ev.getAllProperties('attendee');
    if (atts.length > MAX_ATTENDEES) throw invalid(`An event has ${atts.length} attendees (at most ${MAX_ATTENDEES} are read): this does not look like a calendar export`, 'path');
    // A free/busy-only export names no one and calls every event "Busy".
    const summary = String(ev.getFirstPropertyValue('summary') ?? '').trim();
    if (atts.length === 0 && !ev.hasProperty('organizer') && /^(busy|free|tentative|out of office)$/i.test(summary)) return;
    const organizer = email(ev.getFirstPropertyValue('organizer'));
    let organised = organizer !== null && mine.has(organizer);
    const attendees: Meeting['attendees'] = [];
    const seen = new Set<string>();
    for (const a of atts) {
      const addr = email(a.getFirstValue());
      if (!addr || seen.has(addr)) continue;
      seen.add(addr);
      if (mine.has(addr)) {
        if (String(a.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED') return;
        if (String(a.getParameter('role') ?? '').toUpperCase() === 'CHAIR') organised = true;
        continue;
      }
      const cn = a.getParameter('cn');
      attendees.push({ email: addr, name: typeof cn === 'string' && cn.trim() !== '' ? cn.trim().slice(0, 120) : null });
    }
    const day = dayOf(start);
    if (day < from || day > to) return;
    out.push({
      uid, day, title: (summary || '(no title)').slice(0, 300),
      minutes: Math.max(0, Math.round(end.subtractDate(start).toSeconds() / 60)),
      organizer, organised, attendees,
    });
    if (out.length > MAX_OCCURRENCES) throw invalid(`More than ${MAX_OCCURRENCES} meetings: give a shorter period`, 'path');
  };
  // Two days past `to`, so an occurrence on `to` in any time zone is still reached; the day filter does the rest.
  const stop = ICAL.Time.fromDateString(to);
  stop.adjust(2, 0, 0, 0);
  for (const ev of masters) {
    // Exceptions passed in: left out, ical.js looks for them among all the calendar's events, for each event (quadratic).
    const uid = String(ev.getFirstPropertyValue('uid') ?? '');
    const event = new ICAL.Event(ev, { exceptions: overrides.get(uid) ?? [] });
    if (!event.isRecurring()) {
      add(ev, event.startDate, event.endDate, uid);
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      if (next.compare(stop) > 0) break;
      const d = event.getOccurrenceDetails(next);
      add(d.item.component, d.startDate, d.endDate, `${uid}@${next.toString()}`);
    }
  }
  out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.title.localeCompare(b.title)));
  return { calendar, me: [...mine], meetings: out };
}
