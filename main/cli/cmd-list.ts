/** `scopebook list`: the timeline, filtered like the app's, as a table or JSON. */
import type { EntryFilterInput, EntrySummary } from '../../common/contract';
import { bool, int } from './args';
import type { Command, CommandContext } from './command';
import { filterFlag, FILTER_HELP, FILTER_OPTIONS, readFilters } from './filters';
import { entryRow, plural } from './format';
import { renderTable } from './table';

const DEFAULT_LIMIT = 50;

/** Pages through entries:list until `limit` entries (or all of them). */
function listEntries(ctx: CommandContext, filter: EntryFilterInput, limit: number): EntrySummary[] {
  const out: EntrySummary[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: EntrySummary[]; nextCursor: string | null } = ctx
      .journal()
      .call('entries:list', { ...filter, limit: Math.min(200, limit - out.length), ...(cursor ? { cursor } : {}) }, filterFlag);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && out.length < limit);
  return out;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'Show entries, newest first, with the timeline’s filters',
  creates: false,
  maxPositionals: 0,
  options: { ...FILTER_OPTIONS, limit: { type: 'string', short: 'n' }, all: { type: 'boolean' } },
  help: `Usage: scopebook list [filters] [--limit N | --all] [--json]

Shows entries newest first: day, ownership level, ★ when starred, text, who saw
it and tags. Shows the newest ${DEFAULT_LIMIT} unless --limit or --all says otherwise.

${FILTER_HELP}

Output:
  -n, --limit N             Show at most N entries (default ${DEFAULT_LIMIT}).
      --all                 Show every matching entry.
      --json                A JSON array of entries (see README, "Command line").
      --data-dir DIR        The journal's folder (default: the app's).

Examples:
  scopebook list --from "30 days ago" --min-level project
  scopebook list --saw "Ana Lima" --direction skip-level --starred
  scopebook list --tag ops --all --json | jq '.[].impact'
`,
  run(ctx, { values }) {
    const filter = readFilters(values, ctx.now, ctx.journal);
    const limit = bool(values, 'all') ? Number.MAX_SAFE_INTEGER : (int(values, 'limit', 1, 1_000_000) ?? DEFAULT_LIMIT);
    const entries = listEntries(ctx, filter, limit);
    if (ctx.json) return ctx.printJson(entries);
    if (entries.length === 0) {
      ctx.print(Object.keys(filter).length ? 'No entries match.' : 'No entries yet. Write one with: scopebook add "What you did"');
      return;
    }
    for (const line of renderTable(entries.map(entryRow), ctx.paint, { width: ctx.width, flex: 3 })) ctx.print(line);
    if (entries.length === limit) {
      const { count } = ctx.journal().call('entries:count', filter, filterFlag);
      if (count > limit) ctx.print(ctx.paint('dim', `Showing the newest ${limit} of ${plural(count, 'entry', 'entries')}: use --limit N or --all for more.`));
    }
  },
};
