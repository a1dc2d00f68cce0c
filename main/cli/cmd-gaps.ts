/**
 * `scopebook people gaps`: whose view of the work is missing, from the core's visibility
 * radar (per direction and per key decider) and gaps (the strongest recent entries each
 * person has not seen, with a suggestion) — the same figures as the app's people map.
 */
import { type DirectionRadar, RECENCY_INFO, type SeenFigures } from '../../common/contract';
import { DIRECTION_INFO, DIRECTIONS } from '../../common/vocabulary';
import { bool, int, str, strs } from './args';
import type { Command } from './command';
import { noonOf, toDay } from './dates';
import { levelText } from './format';
import { renderTable, type Cell } from './table';
import { parseDirection, parseLevel } from './vocab';

function lastSeen(f: SeenFigures): string {
  if (f.lastSeenOn === null || f.daysSince === null) return 'never saw your work';
  const ago = f.daysSince === 0 ? 'today' : f.daysSince === 1 ? 'yesterday' : `${f.daysSince} days ago`;
  return `last saw your work ${ago} (${f.lastSeenOn})`;
}

function recencyCell(f: SeenFigures): Cell {
  const info = RECENCY_INFO[f.recency];
  const style = f.recency === 'recent30' ? 'green' : f.recency === 'recent90' ? 'yellow' : 'red';
  return { text: `${info.glyph} ${info.label}`, style };
}

function directionRow(d: DirectionRadar): Cell[] {
  if (d.people === 0) return [DIRECTION_INFO[d.direction].label, { text: 'no one in your map', style: 'dim' }];
  return [DIRECTION_INFO[d.direction].label, recencyCell(d), `${d.reached90} of ${d.people} reached in 90 days`, lastSeen(d)];
}

export const peopleGapsCommand: Command = {
  name: 'people gaps',
  summary: 'Whose view of your work is missing',
  creates: false,
  maxPositionals: 0,
  options: {
    days: { type: 'string' },
    'min-level': { type: 'string' },
    direction: { type: 'string', multiple: true },
    'key-deciders': { type: 'boolean' },
    limit: { type: 'string', short: 'n' },
  },
  help: `Usage: scopebook people gaps [options] [--json]

Shows who is missing your work, as the app's people map does: for each
direction (${DIRECTIONS.join(', ')}) and each key decider, when they last
saw something; then the people who have not seen your strongest recent entries,
key deciders first, with a suggestion of what to show them.

Options:
      --days N           How far back an entry counts as recent (default 90).
      --min-level LEVEL  Only suggest entries at this level or above (default milestone).
      --direction DIR    Only gaps of people in this direction (repeatable).
      --key-deciders     Only gaps of key deciders.
  -n, --limit N          At most N people with gaps (default 20).
      --json             {today, radar, gaps} as JSON (see README).
      --data-dir DIR     The journal's folder (default: the app's).

Examples:
  scopebook people gaps
  scopebook people gaps --key-deciders --min-level project
  scopebook people gaps --json | jq -r '.gaps[].suggestion'
`,
  run(ctx, { values }) {
    const today = toDay(noonOf(ctx.now));
    const minLevel = str(values, 'min-level');
    const directions = strs(values, 'direction').map((d) => parseDirection(d, '--direction'));
    const withinDays = int(values, 'days', 1, 3660);
    const journal = ctx.journal();
    const radar = journal.call('visibility:radar', { today });
    const gaps = journal.call('visibility:gaps', {
      today,
      limit: int(values, 'limit', 1, 1000) ?? 20,
      ...(withinDays !== undefined ? { withinDays } : {}),
      ...(minLevel !== undefined ? { minLevel: parseLevel(minLevel, '--min-level') } : {}),
      ...(directions.length ? { directions: [...new Set(directions)] } : {}),
      ...(bool(values, 'key-deciders') ? { keyDecidersOnly: true } : {}),
    });
    if (ctx.json) return ctx.printJson({ today, radar, gaps });

    if (radar.directions.every((d) => d.people === 0)) {
      return ctx.print('No people yet: add the people who see your work with `scopebook people add`.');
    }
    ctx.print(ctx.paint('bold', `Who saw your work, as of ${today}`));
    for (const line of renderTable(radar.directions.map(directionRow), ctx.paint, { width: ctx.width })) ctx.print(`  ${line}`);
    ctx.print('');
    if (radar.keyDeciders.length === 0) {
      ctx.print('No key deciders marked yet (scopebook people edit NAME --key-decider).');
    } else {
      ctx.print(ctx.paint('bold', 'Key deciders'));
      const rows = radar.keyDeciders.map((k): Cell[] => [{ text: `◆ ${k.name}`, style: 'yellow' }, DIRECTION_INFO[k.direction].label, recencyCell(k), lastSeen(k)]);
      for (const line of renderTable(rows, ctx.paint, { width: ctx.width })) ctx.print(`  ${line}`);
    }
    ctx.print('');
    if (gaps.length === 0) return ctx.print('No gaps: everyone has seen your strongest recent work.');
    ctx.print(ctx.paint('bold', 'Gaps: recent work they have not seen'));
    for (const gap of gaps) {
      ctx.print(`  ${gap.keyDecider ? ctx.paint('yellow', '◆ ') : ''}${ctx.paint('bold', gap.name)} (${DIRECTION_INFO[gap.direction].label}): ${gap.suggestion}`);
      for (const e of gap.entries) ctx.print(ctx.paint('dim', `      ${e.occurredOn}  ${levelText(e.level)}${e.starred ? ' ★' : ''}  ${e.label}`));
    }
  },
};
