/**
 * `scopebook review`: a self-review for a period, as Markdown, HTML or JSON, on stdout or in
 * a file. The draft comes from reviews:preview (or reviews:create with --save); Markdown and
 * HTML come from reviews:exportDraft / reviews:export, the app's own exports, Evidence appendix
 * included, so the file matches the app's.
 */
import { PERIOD_PRESETS, type PeriodPreset, type ReviewTemplate } from '../../common/contract';
import { formatRange } from '../core/review/format';
import { bool, int, str, strs } from './args';
import type { Command, CommandContext } from './command';
import { DATE_FORMS, parseDay, parseSpan, spanRange, toDay, noonOf } from './dates';
import { userError } from './errors';
import { plural } from './format';
import type { CliJournal } from './journal';
import { didYouMean, foldName } from './near';
import { outputPath, writeOutput } from './out-file';
import { findGoal } from './resolve';
import { parseLevel } from './vocab';

type Format = 'markdown' | 'html' | 'json';

const FIELD_FLAGS: Record<string, string> = {
  templateId: '--template',
  period: '--from/--to',
  'period.preset': '--period',
  'period.from': '--from',
  'period.to': '--to',
  'filters.tags': '--tag',
  'filters.minLevel': '--min-level',
  'filters.goalIds': '--goal',
  title: '--title',
};
const flagFor = (field: string) => FIELD_FLAGS[field] ?? FIELD_FLAGS[field.split('.').slice(0, 2).join('.')] ?? FIELD_FLAGS[field.split('.')[0]!];

function readFormat(raw: string | undefined, out: string | undefined, json: boolean): Format {
  if (json) return 'json';
  const value = raw ?? (out ? (/\.html?$/i.test(out) ? 'html' : /\.json$/i.test(out) ? 'json' : 'md') : 'md');
  switch (value.toLowerCase()) {
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
      return 'html';
    case 'json':
      return 'json';
    default:
      throw userError(`--format: "${value}" is not a format. Use md, html or json.`, 'invalid_input');
  }
}

function findTemplate(journal: CliJournal, text: string): ReviewTemplate {
  const templates = journal.call('reviews:templates', {});
  const key = foldName(text);
  const found = templates.find((t) => t.id === text) ?? templates.find((t) => foldName(t.name) === key || foldName(t.id) === key);
  if (found) return found;
  const names = templates.map((t) => (t.builtIn ? t.id : t.name));
  throw userError(`--template: no template called "${text}". Templates: ${names.join(', ')}.${didYouMean(text, names)}`, 'not_found');
}

type PeriodInput = { preset: PeriodPreset; from?: string; to?: string; cycleStartMonth?: number };

function readPeriod(ctx: CommandContext, values: Parameters<typeof str>[0]): PeriodInput {
  const last = str(values, 'last');
  const preset = str(values, 'period');
  const from = str(values, 'from');
  const to = str(values, 'to');
  const cycle = int(values, 'year-starts', 1, 12);
  const chosen = [last !== undefined, preset !== undefined, from !== undefined || to !== undefined].filter(Boolean).length;
  if (chosen > 1) throw userError('review: choose the period one way: --last, --period, or --from/--to', 'invalid_input');
  const withCycle = (p: PeriodInput): PeriodInput => (cycle ? { ...p, cycleStartMonth: cycle } : p);
  if (preset !== undefined) {
    const id = PERIOD_PRESETS.find((p) => p === preset.toLowerCase() && p !== 'custom');
    if (!id) throw userError(`--period: "${preset}" is not a period. Use one of: ${PERIOD_PRESETS.filter((p) => p !== 'custom').join(', ')}.`, 'invalid_input');
    return withCycle({ preset: id });
  }
  if (from !== undefined || to !== undefined) {
    const range = {
      from: from !== undefined ? parseDay(from, ctx.now, '--from') : undefined,
      to: to !== undefined ? parseDay(to, ctx.now, '--to') : toDay(noonOf(ctx.now)),
    };
    if (!range.from) throw userError('--to needs --from: say where the period starts', 'invalid_input');
    if (range.from > range.to) throw userError(`--from ${range.from} is after --to ${range.to}`, 'invalid_date');
    return withCycle({ preset: 'custom', from: range.from, to: range.to });
  }
  const span = parseSpan(last ?? '6m', '--last');
  if (span.unit === 'month' && span.amount === 6) return withCycle({ preset: 'last-6-months' });
  return withCycle({ preset: 'custom', ...spanRange(span, ctx.now) });
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Generate a self-review for a period (Markdown, HTML or JSON)',
  creates: false,
  maxPositionals: 0,
  options: {
    last: { type: 'string' },
    period: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'year-starts': { type: 'string' },
    template: { type: 'string' },
    tag: { type: 'string', multiple: true, short: 't' },
    'min-level': { type: 'string' },
    goal: { type: 'string', multiple: true },
    starred: { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    save: { type: 'boolean' },
    title: { type: 'string' },
  },
  help: `Usage: scopebook review [period] [--template NAME] [filters] [--format md|html|json] [--out FILE] [--save]

Generates a self-review draft from your entries: highlights, how your scope
grew, work by goal and tag, and who saw it. Prints Markdown unless told otherwise.

Period (default: the last 6 months):
      --last SPAN        Up to today: 90d, 12w, 6m, 1y…
      --period PRESET    ${PERIOD_PRESETS.filter((p) => p !== 'custom').join(', ')}.
      --from DAY         With --to (default today): ${DATE_FORMS}.
      --year-starts M    Month (1-12) your year starts in, for this-half,
                         this-quarter, year-to-date and last-year.

Content:
      --template NAME    self-review (default), brag-document, promotion-case,
                         or one of your own templates (by name).
  -t, --tag TAG          Only entries with this tag (repeatable).
      --min-level LEVEL  Only entries at this level or above.
      --goal GOAL        Only entries serving this goal (repeatable).
      --starred          Only starred entries.

Output:
  -f, --format FORMAT    md (default), html or json; from --out's extension if left out.
  -o, --out FILE         Write to FILE instead of stdout.
      --save             Also save it as a review in the journal (it then shows
                         in the app's Reviews, where you can edit it).
      --title TITLE      The review's title.
      --json             Same as --format json: the draft, its figures and document.
      --data-dir DIR     The journal's folder (default: the app's).

Examples:
  scopebook review --last 6m > review.md
  scopebook review --period this-half --template promotion-case --out promo.html
  scopebook review --from 2026-01-01 --to 2026-06-30 --min-level project --save
`,
  run(ctx, { values }) {
    const out = str(values, 'out');
    const format = readFormat(str(values, 'format'), out, ctx.json);
    const period = readPeriod(ctx, values);
    const journal = ctx.journal();
    const target = out !== undefined ? outputPath(out, ctx.io.cwd, journal.file) : null;
    const template = findTemplate(journal, str(values, 'template') ?? 'self-review');
    const minLevel = str(values, 'min-level');
    const tags = strs(values, 'tag');
    const goalIds = strs(values, 'goal').map((g) => findGoal(journal, g, '--goal').id);
    const settings = {
      templateId: template.id,
      period,
      today: toDay(noonOf(ctx.now)),
      filters: {
        ...(tags.length ? { tags } : {}),
        ...(goalIds.length ? { goalIds } : {}),
        ...(minLevel !== undefined ? { minLevel: parseLevel(minLevel, '--min-level') } : {}),
        ...(bool(values, 'starred') ? { starredOnly: true } : {}),
      },
    };
    const givenTitle = str(values, 'title');

    let content: string;
    let summary: { title: string; period: { from: string; to: string }; entries: number | null };
    if (bool(values, 'save')) {
      const review = journal.call('reviews:create', { ...settings, ...(givenTitle !== undefined ? { title: givenTitle } : {}) }, flagFor);
      content =
        format === 'json'
          ? `${JSON.stringify(review, null, 2)}\n`
          : journal.call('reviews:export', { id: review.id, format }).content;
      summary = { title: review.title, period: review.period, entries: null };
      ctx.note(`Saved the review "${review.title}" in your journal (id ${review.id}).`);
    } else {
      const draft = journal.call('reviews:preview', settings, flagFor);
      const title = givenTitle?.trim() || `${draft.settings.templateName} · ${formatRange(draft.period)}`;
      // Markdown and HTML as the app exports them: with the Evidence appendix the links point at.
      content =
        format === 'json'
          ? `${JSON.stringify({ title, ...draft }, null, 2)}\n`
          : journal.call('reviews:exportDraft', { ...settings, title, format }, flagFor).content;
      summary = { title, period: draft.period, entries: draft.figures.entries };
    }

    if (target === null) {
      ctx.io.write(content.endsWith('\n') ? content : `${content}\n`);
      return;
    }
    writeOutput(target, content);
    if (ctx.json) return ctx.printJson({ out: target, format, ...summary });
    const what = summary.entries === null ? '' : `, ${plural(summary.entries, 'entry', 'entries')}`;
    ctx.print(`Wrote "${summary.title}" (${summary.period.from} – ${summary.period.to}${what}) to ${target}`);
  },
};
