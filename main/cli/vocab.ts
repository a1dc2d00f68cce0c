/** Levels, directions and channels as typed on the command line (ids or labels, any case). */
import {
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  DIRECTION_INFO,
  DIRECTIONS,
  type Direction,
  LEVEL_INFO,
  OWNERSHIP_LEVELS,
  type OwnershipLevel,
} from '../../common/vocabulary';
import { userError } from './errors';
import { didYouMean, foldName } from './near';

function pick<T extends string>(text: string, ids: readonly T[], labelOf: (id: T) => string, flag: string, what: string): T {
  const t = foldName(text).replace(/_/g, '-');
  const found = ids.find((id) => id === t || foldName(labelOf(id)) === t || id.replace(/-/g, ' ') === t);
  if (found) return found;
  throw userError(`${flag}: "${text}" is not ${what}. Use one of: ${ids.join(', ')}.${didYouMean(text, ids)}`, 'invalid_input');
}

/** An ownership level: `project`, `Project`, `product value`… */
export function parseLevel(text: string, flag: string): OwnershipLevel {
  return pick(text, OWNERSHIP_LEVELS, (l) => LEVEL_INFO[l].label, flag, 'an ownership level');
}

/** A stakeholder direction: `up`, `skip-level`, `diagonal up`… */
export function parseDirection(text: string, flag: string): Direction {
  return pick(text, DIRECTIONS, (d) => DIRECTION_INFO[d].label, flag, 'a direction');
}

/** How someone saw the work: `meeting`, `one-on-one`… */
export function parseChannel(text: string, flag: string): Channel {
  return pick(text, CHANNELS, (c) => CHANNEL_LABELS[c], flag, 'a channel');
}

/** Whether `text` names a channel. */
export function isChannel(text: string): boolean {
  const t = foldName(text);
  return CHANNELS.some((c) => c === t || foldName(CHANNEL_LABELS[c]) === t || c.replace(/-/g, ' ') === t);
}
