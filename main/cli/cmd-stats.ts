/** `scopebook stats`: entries per level per month, the journaling streak and the people reached. */
import { subMonths } from 'date-fns';
import { DIRECTION_INFO, LEVEL_INFO, OWNERSHIP_LEVELS } from '../../common/vocabulary';
import { str } from './args';
import type { Command } from './command';
import { DATE_FORMS, noonOf, parseDay, toDay } from './dates';
import { userError } from './errors';
import { plural } from './format';
import { LEVEL_STYLE } from './color';
import { type Cell, renderTable } from './table';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Entries per level per month, streak and people reached',
  creates: false,
  maxPositionals: 0,
  options: { from: { type: 'string' }, to: { type: 'string' } },
  help: `Usage: scopebook stats [--from DAY] [--to DAY] [--json]

Shows, for a range (default: the last 12 months, from the first of the month):
how many entries you wrote at each ownership level, month by month; your
current and longest journaling streak; and how many people in each direction
saw your work.

Options:
      --from DAY      First day: ${DATE_FORMS}.
      --to DAY        Last day (default: today).
      --json          The same figures as JSON (see README).
      --data-dir DIR  The journal's folder (default: the app's).

Examples:
  scopebook stats
  scopebook stats --from 2026-01-01 --json
`,
  run(ctx, { values }) {
    const today = noonOf(ctx.now);
    const fromRaw = str(values, 'from');
    const toRaw = str(values, 'to');
    const to = toRaw !== undefined ? parseDay(toRaw, ctx.now, '--to') : toDay(today);
    const from = fromRaw !== undefined ? parseDay(fromRaw, ctx.now, '--from') : toDay(subMonths(new Date(today.getFullYear(), today.getMonth(), 1, 12), 11));
    if (from > to) throw userError(`--from ${from} is after --to ${to}`, 'invalid_date');
    const journal = ctx.journal();
    const flag = (f: string) => (f === 'from' ? '--from' : f === 'to' ? '--to' : undefined);
    const range = { from, to, today: toDay(today) };
    const months = journal.call('stats:levelsByMonth', range, flag);
    const activity = journal.call('stats:activity', range, flag);
    const visibility = journal.call('stats:visibility', range, flag);
    const entries = activity.days.reduce((n, d) => n + d.count, 0);
    const daysJournaled = activity.days.filter((d) => d.count > 0).length;
    const people = visibility.reduce((n, v) => n + v.people, 0);
    const peopleReached = visibility.reduce((n, v) => n + v.peopleReached, 0);
    if (ctx.json) {
      return ctx.printJson({
        from,
        to,
        entries,
        daysJournaled,
        currentStreak: activity.currentStreak,
        longestStreak: activity.longestStreak,
        people,
        peopleReached,
        levelsByMonth: months,
        visibility,
      });
    }
    ctx.print(ctx.paint('bold', `Entries per ownership level, ${from} – ${to}`));
    const header = ['Month', ...OWNERSHIP_LEVELS.map((l) => `${LEVEL_INFO[l].glyph} ${l}`), 'unrated', 'Total'];
    const rows: Cell[][] = months.map((m) => [
      m.month,
      ...OWNERSHIP_LEVELS.map((l): Cell => (m.counts[l] ? { text: String(m.counts[l]), style: LEVEL_STYLE[l] } : { text: '·', style: 'dim' })),
      m.counts.unset ? String(m.counts.unset) : { text: '·', style: 'dim' },
      { text: String(m.total), style: 'bold' },
    ]);
    const right = Array.from({ length: header.length - 1 }, (_, i) => i + 1);
    for (const line of renderTable(rows, ctx.paint, { width: null, header, right })) ctx.print(line);
    ctx.print('');
    ctx.print(`${plural(entries, 'entry', 'entries')} on ${plural(daysJournaled, 'day')}.`);
    ctx.print(`Streak: ${plural(activity.currentStreak, 'day')} now; longest ${plural(activity.longestStreak, 'day')} in this range.`);
    ctx.print(`People reached: ${peopleReached} of ${plural(people, 'person', 'people')}.`);
    const reach: Cell[][] = visibility
      .filter((v) => v.people > 0)
      .map((v) => [
        DIRECTION_INFO[v.direction].label,
        `${v.peopleReached} of ${v.people}`,
        v.peopleReached === 0 ? { text: 'nobody reached', style: 'red' } : `${plural(v.entries, 'entry', 'entries')} seen, last ${v.lastSeenOn}`,
      ]);
    for (const line of renderTable(reach, ctx.paint, { width: ctx.width })) ctx.print(`  ${line}`);
  },
};
