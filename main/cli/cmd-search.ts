/** `scopebook search QUERY`: full-text search with the timeline's filters and highlighted snippets. */
import { type EntryFilterInput, HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../common/contract';
import { int, str } from './args';
import type { Paint } from './color';
import type { Command, CommandContext } from './command';
import { userError } from './errors';
import { filterFlag, FILTER_HELP, FILTER_OPTIONS, readFilters } from './filters';
import { entryRow } from './format';
import { renderTable } from './table';

const DEFAULT_LIMIT = 20;

/** A snippet as plain text plus the [start, end) ranges the core highlighted. */
function splitHighlights(snippet: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START) start = text.length;
    else if (ch === HIGHLIGHT_END) {
      if (start >= 0 && text.length > start) highlights.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text: text.replace(/\s+/g, ' '), highlights };
}

function showSnippet(snippet: string, paint: Paint, colour: boolean): string {
  return snippet
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_END}]*)${HIGHLIGHT_END}`, 'g'), (_m, word: string) =>
      colour ? paint(['bold', 'yellow'], word) : `**${word}**`,
    )
    .replace(new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g'), '');
}

type SearchInput = EntryFilterInput & { query: string; sort?: 'relevance' | 'recent' };

function search(ctx: CommandContext, input: SearchInput, limit: number): SearchHit[] {
  const out: SearchHit[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: SearchHit[]; nextCursor: string | null } = ctx
      .journal()
      .call('entries:search', { ...input, limit: Math.min(200, limit - out.length), ...(cursor ? { cursor } : {}) }, (f) =>
        f === 'query' ? 'QUERY' : filterFlag(f),
      );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && out.length < limit);
  return out;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search, with the same filters as list',
  creates: false,
  maxPositionals: 1,
  options: { ...FILTER_OPTIONS, sort: { type: 'string' }, limit: { type: 'string', short: 'n' } },
  help: `Usage: scopebook search QUERY [filters] [--sort relevance|recent] [--limit N] [--json]

Searches titles, text and impact. QUERY takes words (all must match),
"quoted phrases" and prefix* searches. Each hit shows the entry and a snippet
with the matches highlighted (in colour on a terminal, **like this** otherwise).

${FILTER_HELP}

Output:
      --sort ORDER          relevance (default) or recent.
  -n, --limit N             At most N hits (default ${DEFAULT_LIMIT}).
      --json                A JSON array of {entry, snippet, highlights} (see README).
      --data-dir DIR        The journal's folder (default: the app's).

Examples:
  scopebook search incident --min-level project
  scopebook search '"on-call" rota*' --from 2026-01-01 --sort recent
`,
  run(ctx, { values, positionals }) {
    const query = positionals[0];
    if (query === undefined || query.trim() === '') throw userError('search: give the words to look for, e.g. scopebook search incident', 'invalid_input');
    const sort = str(values, 'sort');
    if (sort !== undefined && sort !== 'relevance' && sort !== 'recent') {
      throw userError(`--sort: "${sort}" is not an order. Use relevance or recent.`, 'invalid_input');
    }
    const filter = readFilters(values, ctx.now, ctx.journal);
    const limit = int(values, 'limit', 1, 10_000) ?? DEFAULT_LIMIT;
    const hits = search(ctx, { query, ...(sort ? { sort } : {}), ...filter }, limit);
    if (ctx.json) {
      return ctx.printJson(hits.map((h) => ({ entry: h.entry, ...splitHighlights(h.snippet) })));
    }
    if (hits.length === 0) return ctx.print(`Nothing found for ${JSON.stringify(query)}.`);
    const rows = renderTable(
      hits.map((h) => entryRow(h.entry).slice(0, 4)),
      ctx.paint,
      { width: ctx.width, flex: 3 },
    );
    hits.forEach((hit, i) => {
      ctx.print(rows[i]);
      ctx.print(`    ${showSnippet(hit.snippet, ctx.paint, ctx.colour)}`);
    });
  },
};
