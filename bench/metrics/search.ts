/**
 * Full-text search as the timeline's search box runs it (page of 100, relevance unless said),
 * for five shapes of query, with and without filters. Floor: one direct statement giving the
 * same kind of answer: every hit scored with bm25 (or sorted by day for "recent"), filters
 * joined, LIMIT — without snippets, tags or people.
 */
import type { EntryFilterInput } from '../../common/contract';
import { filterSql, SUMMARY_COLUMNS } from '../../main/core/entry-rows';
import { toFtsQuery } from '../../main/core/search';
import { type BenchContext, measure, must, SEARCH_PAGE } from '../context';
import { type Metric, timed } from '../report';
import { BENCH_QUERIES } from '../vocab';
import { TIMELINE_FILTER } from './timeline';

type Sort = 'relevance' | 'recent';

function floor(ctx: BenchContext, query: string, filter: EntryFilterInput, sort: Sort): () => void {
  const fts = toFtsQuery(query)!;
  const { where, params } = filterSql(filter);
  const stmt = ctx.raw.prepare(
    `WITH hits AS MATERIALIZED (
       SELECT rowid AS seq, ${sort === 'relevance' ? 'bm25(entries_fts, 4.0, 1.0, 2.0)' : '0'} AS score
       FROM entries_fts WHERE entries_fts MATCH ?)
     SELECT ${SUMMARY_COLUMNS} FROM hits JOIN entries e ON e.seq = hits.seq WHERE ${where.join(' AND ')}
     ORDER BY ${sort === 'relevance' ? 'hits.score, ' : ''}e.occurred_on DESC, e.id DESC LIMIT ?`,
  );
  return () => stmt.all(fts, ...params, SEARCH_PAGE + 1);
}

/** How many entries hold `query` (any state), to say what a figure covers. */
function hits(ctx: BenchContext, query: string): number {
  return ctx.raw.prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?').pluck().get(toFtsQuery(query)!) as number;
}

export function searchMetrics(ctx: BenchContext): Metric[] {
  const { core, size } = ctx;
  const out: Metric[] = [];
  const shapes: [string, string][] = [
    ['single', BENCH_QUERIES.single],
    ['prefix', BENCH_QUERIES.prefix],
    ['phrase', BENCH_QUERIES.phrase],
    ['rare', BENCH_QUERIES.rare()],
    ['common', BENCH_QUERIES.common],
  ];
  const variants: [string, EntryFilterInput, Sort][] = [
    ['', {}, 'relevance'],
    ['.filtered', TIMELINE_FILTER, 'relevance'],
    ['.recent', {}, 'recent'],
  ];
  for (const [shape, query] of shapes) {
    const found = hits(ctx, query);
    for (const [suffix, filter, sort] of variants) {
      if (suffix === '.recent' && shape !== 'common' && shape !== 'prefix') continue;
      const input = { query, sort, ...filter, limit: SEARCH_PAGE };
      const samples = measure(ctx, 50, () => must(core, 'entries:search', input));
      const floorSamples = measure(ctx, 50, floor(ctx, query, filter, sort));
      const filtered = suffix === '.filtered' ? ', level ≥ project + tag infra' : '';
      out.push(
        timed(`search.${shape}${suffix}`, size, samples, {
          floor: floorSamples,
          target: { p95: 10 },
          note: `${query} (${found.toLocaleString('en-US')} hits)${filtered}${sort === 'recent' ? ', newest first' : ''}`,
        }),
      );
    }
  }
  return out;
}
