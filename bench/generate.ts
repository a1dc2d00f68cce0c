/**
 * Writes a realistic benchmark journal through the core (`core.call`), from a fixed seed:
 * the same seed and size always give the same entries, people, goals and tags. Because it
 * writes like the app does, it also measures bulk creation.
 */
import { addDays, format, isWeekend, subYears } from 'date-fns';
import type { OwnershipLevel } from '../common/vocabulary';
import { openCore, type Core } from '../main/core/api';
import type { Clock } from '../main/core/clock';
import { must } from './context';
import { Rng, Zipf } from './rng';
import { entryDoc, entryImpact, entryTitle, type Mentionable } from './text-gen';
import { personNames, pickRole, TAGS } from './vocab';

/** The last day of every benchmark journal (and "today" for the benchmark's reviews). */
export const JOURNAL_END = '2026-03-10';

/** About this many entries a year: several a working day. */
const ENTRIES_PER_YEAR = 4000;

export interface GenerateOptions {
  size: number;
  seed: number;
  /** null: every entry is its own transaction (one fsync each, like the app); n: n calls per transaction. */
  batch: number | null;
  onProgress?: (written: number) => void;
}

/** What was written, and how fast. */
export interface GeneratedJournal {
  size: number;
  seed: number;
  liveEntries: number;
  trashedEntries: number;
  people: number;
  archivedPeople: number;
  goals: number;
  from: string;
  to: string;
  /** Wall time of writing the entries (people and goals excluded). */
  createMs: number;
  entriesPerSecond: number;
  /** How entries were committed: 'each' or 'batch of N'. */
  commits: string;
}

/** A clock the generator moves to the day it is writing. */
function settableClock(): Clock & { set(d: Date): void } {
  let now = new Date();
  return { now: () => new Date(now.getTime()), set: (d) => (now = d) };
}

/** People scale with the journal: 50 for 1,000 entries up to 300 for 100,000. */
export function peopleFor(size: number): number {
  const t = Math.log10(Math.max(size, 1000) / 1000) / 2;
  return Math.round(Math.min(300, 50 + 250 * Math.min(t, 1)));
}

function workdays(from: Date, to: Date): Date[] {
  const days: Date[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!isWeekend(d)) days.push(d);
  return days;
}

const LEVELS: [OwnershipLevel, number][] = [
  ['task', 45],
  ['milestone', 25],
  ['project', 18],
  ['value', 9],
  ['leverage', 3],
];
const DIRECTIONS = [
  ['up', 10],
  ['skip-level', 5],
  ['diagonal-up', 10],
  ['sideways', 40],
  ['down', 20],
  ['outside', 15],
] as const;
const CHANNELS = ['meeting', 'demo', 'written', 'one-on-one', 'review', 'chat', 'other', null] as const;

/** Writes the journal at `path` (which must not exist yet) and says what it holds. */
export function generateJournal(path: string, options: GenerateOptions): GeneratedJournal {
  const rng = new Rng(options.seed);
  const clock = settableClock();
  const end = new Date(`${JOURNAL_END}T12:00:00`);
  const years = Math.max(1, options.size / ENTRIES_PER_YEAR);
  const start = subYears(end, Math.ceil(years));
  const days = workdays(addDays(end, -Math.round(years * 365)), end);
  clock.set(new Date(start.getTime()));
  const core = openCore(path, { clock });
  try {
    const people = createPeople(core, rng, peopleFor(options.size));
    const goals = createGoals(core, rng, days[0]!, end);
    const seenZipf = new Zipf(people.length, 0.9);
    const tagZipf = new Zipf(TAGS.length, 1);
    let trashed = 0;

    const writeOne = (i: number) => {
      const day = days[Math.floor((i * days.length) / options.size)]!;
      clock.set(new Date(day.getTime() + 8 * 3600_000 + (i % 600) * 60_000));
      const occurred = rng.chance(0.1) ? addDays(day, -rng.int(1, 5)) : day;
      const occurredOn = format(occurred, 'yyyy-MM-dd');
      const seen = new Map<string, (typeof CHANNELS)[number]>();
      const viewers = rng.weighted([
        [0, 35],
        [rng.int(1, 2), 45],
        [rng.int(3, 6), 20],
      ]);
      for (let k = 0; k < viewers; k++) seen.set(people[seenZipf.draw(rng)]!.id, rng.pick(CHANNELS));
      const tagCount = rng.weighted([
        [0, 40],
        [1, 35],
        [2, 18],
        [3, 7],
      ]);
      const tags = [...new Set(Array.from({ length: tagCount }, () => TAGS[tagZipf.draw(rng)]!))];
      const goal = goals.find((g) => g.from <= occurredOn && occurredOn <= g.to);
      const entry = must<{ id: string }>(core, 'entries:create', {
        occurredOn,
        title: entryTitle(rng),
        body: entryDoc(rng, people, TAGS),
        ownershipLevel: rng.weighted(LEVELS),
        impact: entryImpact(rng),
        starred: rng.chance(0.05),
        tags,
        seenBy: [...seen].map(([stakeholderId, channel]) => ({ stakeholderId, channel })),
        goalId: goal && rng.chance(0.3) ? goal.id : null,
      });
      if (rng.chance(0.005)) {
        must(core, 'entries:delete', { id: entry.id });
        trashed++;
      }
    };

    const started = performance.now();
    const batch = options.batch ?? 1;
    for (let i = 0; i < options.size; i += batch) {
      const upto = Math.min(options.size, i + batch);
      const chunk = () => {
        for (let j = i; j < upto; j++) writeOne(j);
      };
      // Nested core calls become savepoints: validation, triggers and handlers run as usual.
      if (options.batch) core.db.transaction(chunk)();
      else chunk();
      options.onProgress?.(upto);
    }
    const createMs = performance.now() - started;

    const archived = rng.sample(people, Math.round(people.length * 0.1));
    for (const p of archived) must(core, 'people:archive', { id: p.id });

    return {
      size: options.size,
      seed: options.seed,
      liveEntries: options.size - trashed,
      trashedEntries: trashed,
      people: people.length,
      archivedPeople: archived.length,
      goals: goals.length,
      from: format(days[0]!, 'yyyy-MM-dd'),
      to: JOURNAL_END,
      createMs,
      entriesPerSecond: options.size / (createMs / 1000),
      commits: options.batch ? `batch of ${options.batch}` : 'each',
    };
  } finally {
    core.close();
  }
}

function createPeople(core: Core, rng: Rng, count: number): Mentionable[] {
  const people = personNames(count).map((name) =>
    must<Mentionable>(core, 'people:create', {
      name,
      role: pickRole(rng),
      direction: rng.weighted(DIRECTIONS),
      keyDecider: rng.chance(0.08),
      influence: rng.int(1, 5),
    }),
  );
  for (let i = 0; i < count; i++) {
    const other = people[rng.int(0, count - 1)]!;
    if (other.id !== people[i]!.id && rng.chance(0.5)) {
      must(core, 'people:connect', { id: people[i]!.id, otherId: other.id });
    }
  }
  return people.map((p) => ({ id: p.id, name: p.name }));
}

interface GoalSpan {
  id: string;
  from: string;
  to: string;
}

/** One goal a quarter over the journal's span; the current ones stay active. */
function createGoals(core: Core, rng: Rng, from: Date, end: Date): GoalSpan[] {
  const goals: GoalSpan[] = [];
  for (let d = from; d <= end; d = addDays(d, 91)) {
    const to = addDays(d, 90);
    const goal = must<{ id: string }>(core, 'goals:create', {
      title: `Goal ${goals.length + 1}: ${rng.pick(['ship', 'grow', 'cut', 'lead', 'fix'])} ${rng.pick(TAGS)}`,
      periodStart: format(d, 'yyyy-MM-dd'),
      periodEnd: format(to, 'yyyy-MM-dd'),
      status: to < end ? rng.pick(['done', 'done', 'dropped'] as const) : 'active',
    });
    goals.push({ id: goal.id, from: format(d, 'yyyy-MM-dd'), to: format(to, 'yyyy-MM-dd') });
  }
  return goals;
}
