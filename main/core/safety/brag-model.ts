/** What a brag document shows of an entry (level, people, tags, goal, impact), grouped by year and month. */
import { format } from 'date-fns';
import type { DocNode } from '../../../common/contract';
import { CHANNEL_LABELS, DIRECTION_INFO, LEVEL_INFO, type OwnershipLevel } from '../../../common/vocabulary';
import type { Db } from '../db';
import { iterateEntries, readGoals, readPeople } from './journal-read';
import { type LongWork, step } from './progress';

export interface BragEntry {
  occurredOn: string;
  title: string | null;
  starred: boolean;
  level: OwnershipLevel | null;
  /** "▲ Project", or "Not set". */
  levelLabel: string;
  /** "Alice (Up, demo)" for each person who saw it. */
  people: string[];
  peopleNames: string[];
  tags: string[];
  goal: string | null;
  impact: string | null;
  body: DocNode;
}

export interface BragMonth {
  /** YYYY-MM */
  month: string;
  /** "March 2024" */
  label: string;
  entries: BragEntry[];
}

export interface BragYear {
  year: string;
  months: BragMonth[];
  count: number;
}

/** Live entries (optionally of one year), oldest first, grouped by year then month. */
export function readBragYears(db: Db, year: number | undefined, work?: LongWork): BragYear[] {
  const people = new Map(readPeople(db).map((p) => [p.id, p]));
  const goals = new Map(readGoals(db).map((g) => [g.id, g.title]));
  const scope = year === undefined ? { liveOnly: true } : { liveOnly: true, from: `${year}-01-01`, to: `${year}-12-31` };
  const total = db
    .prepare('SELECT count(*) FROM entries WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ?')
    .pluck()
    .get(scope.from ?? '0000-00-00', scope.to ?? '9999-99-99') as number;
  const years: BragYear[] = [];
  let done = 0;
  step(work, 0, total);
  for (const e of iterateEntries(db, scope, 'day')) {
    const seen = e.seenBy.flatMap((s) => {
      const p = people.get(s.personId);
      if (!p) return [];
      const how = [DIRECTION_INFO[p.direction].label, s.channel ? CHANNEL_LABELS[s.channel].toLowerCase() : null];
      return [{ name: p.name, label: `${p.name} (${how.filter(Boolean).join(', ')})` }];
    });
    seen.sort((a, b) => a.name.localeCompare(b.name));
    const entry: BragEntry = {
      occurredOn: e.occurredOn,
      title: e.title,
      starred: e.starred,
      level: e.level,
      levelLabel: e.level ? `${LEVEL_INFO[e.level].glyph} ${LEVEL_INFO[e.level].label}` : 'Not set',
      people: seen.map((s) => s.label),
      peopleNames: seen.map((s) => s.name),
      tags: e.tags,
      goal: e.goalId ? (goals.get(e.goalId) ?? null) : null,
      impact: e.impact,
      body: e.body,
    };
    const y = e.occurredOn.slice(0, 4);
    const m = e.occurredOn.slice(0, 7);
    let yr = years[years.length - 1];
    if (!yr || yr.year !== y) years.push((yr = { year: y, months: [], count: 0 }));
    let mo = yr.months[yr.months.length - 1];
    if (!mo || mo.month !== m) yr.months.push((mo = { month: m, label: monthLabel(m), entries: [] }));
    mo.entries.push(entry);
    yr.count++;
    if (++done % 200 === 0 || done === total) step(work, done, total);
  }
  return years;
}

/** "2024-03" → "March 2024". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return format(new Date(y, m - 1, 1), 'MMMM yyyy');
}

/** "2024-03-05" → "Tue 5 Mar". */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'EEE d MMM');
}
