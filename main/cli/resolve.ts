/**
 * Names typed on the command line turned into the ids the contract takes: people (by name,
 * ignoring case and accents, never by guess) and goals (by title or id). An unknown name is
 * a user error listing the nearest matches.
 */
import type { Goal, StakeholderSummary } from '../../common/contract';
import type { Channel, Direction } from '../../common/vocabulary';
import { userError } from './errors';
import type { CliJournal } from './journal';
import { didYouMean, foldName } from './near';
import { isChannel, parseChannel } from './vocab';

/** One `--saw` value: `name` or `name:channel`. */
export interface SawSpec {
  name: string;
  channel: Channel | null;
  raw: string;
}

/** Reads `--saw "Ana Lima:meeting"`. A colon followed by a single word must name a channel. */
export function parseSaw(raw: string): SawSpec {
  const colon = raw.lastIndexOf(':');
  const suffix = colon >= 0 ? raw.slice(colon + 1).trim() : '';
  if (colon >= 0 && suffix !== '' && !/\s/.test(suffix)) {
    const name = raw.slice(0, colon).trim();
    if (!isChannel(suffix)) parseChannel(suffix, `--saw "${raw}"`);
    if (name === '') throw userError(`--saw "${raw}": the name is missing before the colon`, 'invalid_input');
    return { name, channel: parseChannel(suffix, '--saw'), raw };
  }
  const name = raw.trim();
  if (name === '') throw userError('--saw: the name is empty', 'invalid_input');
  return { name, channel: null, raw };
}

/** Looks a name up among people (active ones by default). */
export function findPerson(people: readonly StakeholderSummary[], name: string): StakeholderSummary | undefined {
  const key = foldName(name);
  return people.find((p) => p.id === name) ?? people.find((p) => foldName(p.name) === key);
}

/** The error for a name nobody has, with the closest names. */
export function unknownPerson(name: string, people: readonly StakeholderSummary[], flag: string, hint = ''): Error {
  return userError(`${flag}: no one called "${name}" in your people.${didYouMean(name, people.map((p) => p.name))}${hint}`, 'unknown_person');
}

export interface SeenResolution {
  seenBy: { stakeholderId: string; channel: Channel | null }[];
  /** People created on the way (with --create-people). */
  created: StakeholderSummary[];
}

/**
 * The people behind `--saw` values. Unknown names are created (in `newDirection`) only when
 * `create` is set; otherwise the first unknown name is an error. Nothing is written unless
 * every name is either known or allowed to be created.
 */
export function resolveSeen(journal: CliJournal, specs: readonly SawSpec[], create: boolean, newDirection: Direction): SeenResolution {
  if (specs.length === 0) return { seenBy: [], created: [] };
  const people = journal.call('people:list', {});
  const missing = specs.filter((s) => !findPerson(people, s.name));
  if (missing.length > 0 && !create) {
    throw unknownPerson(missing[0]!.name, people, '--saw', ' Add them with `scopebook people add`, or pass --create-people.');
  }
  const created: StakeholderSummary[] = [];
  const all = [...people];
  for (const spec of missing) {
    if (findPerson(all, spec.name)) continue;
    const person = journal.call('people:create', { name: spec.name, direction: newDirection }, nameFlag);
    created.push(person);
    all.push(person);
  }
  const seen = new Map<string, Channel | null>();
  for (const spec of specs) {
    const id = findPerson(all, spec.name)!.id;
    if (!seen.has(id) || spec.channel) seen.set(id, spec.channel ?? seen.get(id) ?? null);
  }
  return { seenBy: [...seen].map(([stakeholderId, channel]) => ({ stakeholderId, channel })), created };
}

function nameFlag(field: string): string | undefined {
  return field === 'name' ? '--saw' : undefined;
}

/** Ids of the people named in filters (`--saw` on list/search), each of which must exist (archived included). */
export function peopleIds(journal: CliJournal, names: readonly string[], flag: string): string[] {
  if (names.length === 0) return [];
  const people = journal.call('people:list', { includeArchived: true });
  return names.map((name) => {
    const person = findPerson(people, name);
    if (!person) throw unknownPerson(name, people, flag);
    return person.id;
  });
}

/** A goal by id or title (ignoring case). */
export function findGoal(journal: CliJournal, text: string, flag: string): Goal {
  const goals = journal.call('goals:list', {});
  const key = foldName(text);
  const goal = goals.find((g) => g.id === text) ?? goals.find((g) => foldName(g.title) === key);
  if (!goal) throw userError(`${flag}: no goal called "${text}".${didYouMean(text, goals.map((g) => g.title))}`, 'not_found');
  return goal;
}
