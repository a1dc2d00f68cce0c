/**
 * Reading calendar exports (.ics: Google, Outlook, Apple) with ical.js: recurrences
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) expanded in their TZID, all-day events,
 * attendees with CN and mailto. Declined, private and free/busy-only events never count.
 */
import { format } from 'date-fns';
import ICAL from 'ical.js';
import { invalid } from '../errors';

export interface Meeting {
  uid: string;
  /** Local day of the occurrence, YYYY-MM-DD. */
  day: string;
  title: string;
  minutes: number;
  organizer: string | null;
  attendees: { email: string; name: string | null }[];
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
  if (text.includes('\0') || !/^\s*BEGIN:VCALENDAR/i.test(text)) throw invalid('This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR', 'path');
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    throw invalid(`This calendar file cannot be read: ${(e as Error).message}`, 'path');
  }
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const mine = new Set(me.map((m) => m.toLowerCase()));
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
    const attendees: Meeting['attendees'] = [];
    for (const a of atts) {
      const addr = email(a.getFirstValue());
      if (!addr) continue;
      if (mine.has(addr) && String(a.getParameter('partstat') ?? '').toUpperCase() === 'DECLINED') return;
      const cn = a.getParameter('cn');
      attendees.push({ email: addr, name: typeof cn === 'string' ? cn : null });
    }
    const day = dayOf(start);
    if (day < from || day > to) return;
    out.push({
      uid, day, title: String(ev.getFirstPropertyValue('summary') ?? '(no title)'),
      minutes: Math.max(0, Math.round(end.subtractDate(start).toSeconds() / 60)),
      organizer: email(ev.getFirstPropertyValue('organizer')), attendees,
    });
    if (out.length > MAX_OCCURRENCES) throw invalid(`More than ${MAX_OCCURRENCES} meetings: give a shorter period`, 'path');
  };
  const stop = ICAL.Time.fromDateString(to);
  for (const ev of masters) {
    const event = new ICAL.Event(ev);
    const uid = event.uid;
    if (!event.isRecurring()) {
      add(ev, event.startDate, event.endDate, uid);
      continue;
    }
    for (const o of overrides.get(uid) ?? []) event.relateException(o);
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      if (next.compare(stop) > 0) break;
      const d = event.getOccurrenceDetails(next);
      add(d.item.component, d.startDate, d.endDate, `${uid}@${next.toString()}`);
    }
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.title.localeCompare(b.title)));
}
