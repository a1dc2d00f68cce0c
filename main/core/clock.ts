/** The core's notion of "now", injectable so tests can pin time and time zone behaviour. */
import { format } from 'date-fns';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The current local calendar day (in the process's time zone) as YYYY-MM-DD. */
export function localDay(clock: Clock): string {
  return format(clock.now(), 'yyyy-MM-dd');
}

/** An instant as an ISO-8601 UTC string, the one format instants are stored in. */
export function instant(clock: Clock): string {
  return clock.now().toISOString();
}
