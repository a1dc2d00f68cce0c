/**
 * growth:themes: the newest entries of a period (MAX_THEMED_ENTRIES at most), grouped by
 * clusterThemes (themes.ts) over their title, the opening of their text, impact and tags, each theme with its
 * levels, its entries (widest level first) and who saw them.
 */
import {
  MAX_THEMED_ENTRIES,
  type FocusTheme,
  type ThemeEntry,
  type ThemePerson,
  type Themes,
} from '../../../common/contract';
import { type Direction, type OwnershipLevel, levelRank } from '../../../common/vocabulary';
import type { Ctx } from '../api';
import { clusterThemes, themeName } from './themes';

/** How much of an entry's text is read for its terms. */
const TEXT_CHARS = 1200;

interface Row {
  seq: number;
  id: string;
  occurred_on: string;
  title: string | null;
  body_text: string;
  impact: string | null;
  level: OwnershipLevel | null;
}

/** The title, or the text's first line cut at a word before 120 characters. */
function nameOf(r: Row): string {
  if (r.title) return r.title;
  const line = r.body_text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  if (line.length <= 120) return line || 'Untitled entry';
  const cut = line.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

export function themesOf(ctx: Ctx, input: { from: string; to: string }): Themes {
  const rows = ctx.db
    .prepare(
      `SELECT seq, id, occurred_on, title, body_text, impact, level FROM entries
       WHERE deleted_at IS NULL AND occurred_on BETWEEN ? AND ?
       ORDER BY occurred_on DESC, id DESC LIMIT ?`,
    )
    .all(input.from, input.to, MAX_THEMED_ENTRIES + 1) as Row[];
  const sampled = rows.length > MAX_THEMED_ENTRIES;
  if (sampled) rows.pop();
  const seqs = JSON.stringify(rows.map((r) => r.seq));
  const tags = new Map<number, string[]>();
  for (const t of ctx.db
    .prepare(
      `SELECT et.entry_seq AS seq, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
    )
    .all(seqs) as { seq: number; name: string }[]) {
    tags.set(t.seq, [...(tags.get(t.seq) ?? []), t.name]);
  }
  const seen = new Map<number, string[]>();
  for (const l of ctx.db
    .prepare(`SELECT entry_seq AS seq, stakeholder_id AS id FROM entry_stakeholders WHERE entry_seq IN (SELECT value FROM json_each(?))`)
    .all(seqs) as { seq: number; id: string }[]) {
    seen.set(l.seq, [...(seen.get(l.seq) ?? []), l.id]);
  }
  const people = new Map(
    (
      ctx.db.prepare(`SELECT id, name, direction, key_decider FROM stakeholders`).all() as {
        id: string;
        name: string;
        direction: Direction;
        key_decider: number;
      }[]
    ).map((p) => [p.id, p]),
  );

  // Oldest first, so the grouping does not depend on the order rows came in.
  const ordered = [...rows].reverse();
  const byId = new Map(ordered.map((r) => [r.id, r]));
  const clusters = clusterThemes(
    // The opening of a long entry says what it is about; its 4,000th word adds time, not themes.
    ordered.map((r) => ({
      id: r.id,
      text: [r.title ?? '', r.body_text.slice(0, TEXT_CHARS), r.impact ?? ''].join('\n'),
      tags: tags.get(r.seq) ?? [],
    })),
  );
  const themes = clusters.map((c): FocusTheme => {
    const members = c.members.map((id) => byId.get(id)!);
    const levels = { task: 0, milestone: 0, project: 0, value: 0, leverage: 0, unset: 0 };
    let highest: OwnershipLevel | null = null;
    const saw = new Map<string, number>();
    for (const m of members) {
      levels[m.level ?? 'unset']++;
      if (levelRank(m.level) > levelRank(highest)) highest = m.level;
      for (const p of seen.get(m.seq) ?? []) saw.set(p, (saw.get(p) ?? 0) + 1);
    }
    const entries = members
      .sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.occurred_on.localeCompare(a.occurred_on) || b.id.localeCompare(a.id))
      .map((m): ThemeEntry => ({ id: m.id, occurredOn: m.occurred_on, name: nameOf(m), level: m.level }));
    const viewers = [...saw.entries()]
      .map(([id, n]): ThemePerson | null => {
        const p = people.get(id);
        return p ? { id, name: p.name, direction: p.direction, keyDecider: p.key_decider === 1, entries: n } : null;
      })
      .filter((p): p is ThemePerson => p !== null)
      .sort((a, b) => b.entries - a.entries || a.name.localeCompare(b.name));
    return { name: themeName(c), terms: c.terms, count: members.length, levels, highest, entries, people: viewers };
  });
  const grouped = themes.reduce((n, t) => n + t.count, 0);
  return { from: input.from, to: input.to, entries: rows.length, sampled, unthemed: rows.length - grouped, themes };
}
