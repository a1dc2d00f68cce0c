/** How reviews' periods and dates are written in the Reviews view. */
import { format } from 'date-fns';
import { parseDay } from '../ui/dates';

function shortDay(day: string): string {
  const d = parseDay(day);
  return d ? format(d, 'd MMM yyyy') : day;
}

/** "1 Jan 2025 – 30 Jun 2025" (one date when the period is a single day). */
export function periodLabel(period: { from: string; to: string }): string {
  return period.from === period.to ? shortDay(period.from) : `${shortDay(period.from)} – ${shortDay(period.to)}`;
}

/** A stored timestamp as the person's local date and time. */
export function whenLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
