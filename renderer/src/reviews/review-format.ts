/** How reviews' periods and dates are written in the Reviews view. */
import { dateTime, shortDate as shortDay } from '../ui/dates';

/** "1 Jan 2025 – 30 Jun 2025" in the chosen date format (one date when the period is a single day). */
export function periodLabel(period: { from: string; to: string }): string {
  return period.from === period.to ? shortDay(period.from) : `${shortDay(period.from)} – ${shortDay(period.to)}`;
}

/** A stored timestamp as the person's local date and time. */
export function whenLabel(iso: string): string {
  return dateTime(iso);
}
