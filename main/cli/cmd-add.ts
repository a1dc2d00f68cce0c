/** `scopebook add`: write an entry from arguments or stdin. */
import { findChannel } from '../../common/contract';
import { DIRECTIONS, OWNERSHIP_LEVELS } from '../../common/vocabulary';
import { bool, str, strs } from './args';
import type { Command } from './command';
import { DATE_FORMS, parseDay } from './dates';
import { textToDoc } from './doc-text';
import { userError } from './errors';
import { entryHeadline, levelText, seenByText } from './format';
import { findGoal, parseSaw, resolveSeen } from './resolve';
import { parseDirection, parseLevel } from './vocab';

const FIELD_FLAGS: Record<string, string> = {
  occurredOn: '--date',
  title: '--title',
  body: 'the text',
  ownershipLevel: '--level',
  impact: '--impact',
  tags: '--tag',
  seenBy: '--saw',
  goalId: '--goal',
};

/** Maps an input field the core complains about ("tags.0") to the flag that set it. */
function flagFor(field: string): string | undefined {
  return FIELD_FLAGS[field.split('.')[0]!];
}

export const addCommand: Command = {
  name: 'add',
  summary: 'Write an entry (text from arguments or stdin)',
  creates: true,
  maxPositionals: Infinity,
  options: {
    title: { type: 'string' },
    level: { type: 'string', short: 'l' },
    saw: { type: 'string', multiple: true },
    'create-people': { type: 'boolean' },
    'new-direction': { type: 'string' },
    tag: { type: 'string', multiple: true, short: 't' },
    impact: { type: 'string' },
    date: { type: 'string', short: 'd' },
    star: { type: 'boolean' },
    goal: { type: 'string' },
  },
  help: `Usage: scopebook add [TEXT…] [options]

Writes an entry. The text is TEXT (quote it, or type it after the options), or
stdin when TEXT is left out. Blank lines separate paragraphs; #hashtags in the
text become tags.

Options:
  -l, --level LEVEL      ${OWNERSHIP_LEVELS.join(' | ')} (default: task)
  -d, --date DAY         When it happened: ${DATE_FORMS} (default: today).
                         A weekday means the most recent one before today.
      --saw NAME[:HOW]   Someone who saw it; HOW is meeting, demo, written,
                         one-on-one, review, chat or other. Repeat for more people.
      --create-people    Add people named in --saw who are not in your people yet
                         (otherwise an unknown name is an error).
      --new-direction D  Direction for people added that way (default: sideways):
                         ${DIRECTIONS.join(', ')}.
  -t, --tag TAG          A tag (repeat for more).
      --impact TEXT      The outcome, in a line ("MTTR down 40%").
      --title TITLE      A title (otherwise the text names the entry).
      --goal GOAL        The goal it serves (title or id).
      --star             Star it as a highlight.
      --json             Print the saved entry as JSON.
      --data-dir DIR     The journal's folder (default: the app's).

Examples:
  scopebook add "Led the incident review" --level project --saw "Ana Lima" \\
      --saw "Raj:meeting" --tag ops --impact "MTTR down 40%" --date yesterday --star
  scopebook add Fixed the flaky deploy check -t ci
  git log -1 --pretty=%B | scopebook add --level task --date "2 days ago"
`,
  async run(ctx, { values, positionals }) {
    const level = parseLevel(str(values, 'level') ?? 'task', '--level');
    const occurredOn = parseDay(str(values, 'date') ?? 'today', ctx.now, '--date');
    const specs = strs(values, 'saw').map(parseSaw);
    const newDirection = parseDirection(str(values, 'new-direction') ?? 'sideways', '--new-direction');
    const text = positionals.length > 0 ? positionals.join(' ') : await readStdinText(ctx.io);
    const body = textToDoc(text);
    if (!body) throw userError('add: the entry has no text. Give it as an argument or on stdin (see scopebook add --help)', 'invalid_input');

    const journal = ctx.journal();
    const goalName = str(values, 'goal');
    const input = {
      occurredOn,
      body,
      ownershipLevel: level,
      starred: bool(values, 'star') ?? false,
      tags: strs(values, 'tag'),
      ...(str(values, 'title') !== undefined ? { title: str(values, 'title')! } : {}),
      ...(str(values, 'impact') !== undefined ? { impact: str(values, 'impact')! } : {}),
      ...(goalName !== undefined ? { goalId: findGoal(journal, goalName, '--goal').id } : {}),
    };
    // Check the entry before creating anyone, so a refused entry leaves no new people behind.
    const check = findChannel('entries:create')!.op.input.safeParse({ ...input, seenBy: [] });
    if (!check.success) {
      const issue = check.error.issues[0]!;
      const flag = flagFor(issue.path.map(String).join('.')) ?? 'add';
      throw userError(`${flag}: ${issue.message}`, 'invalid_input');
    }
    const { seenBy, created } = resolveSeen(journal, specs, bool(values, 'create-people') ?? false, newDirection);
    const entry = journal.call('entries:create', { ...input, seenBy }, flagFor);

    for (const person of created) {
      ctx.note(`Added ${person.name} to your people (${person.direction}). Change that with: scopebook people edit "${person.name}" --direction …`);
    }
    if (ctx.json) return ctx.printJson(entry);
    const parts = [`Added ${entry.starred ? '★ ' : ''}${levelText(entry.ownershipLevel)} entry on ${entry.occurredOn}: ${entryHeadline({ title: entry.title, excerpt: entry.bodyText })}`];
    if (entry.seenBy.length) parts.push(`  Seen by ${seenByText(entry.seenBy)}`);
    if (entry.tags.length) parts.push(`  Tags: ${entry.tags.map((t) => `#${t}`).join(' ')}`);
    if (entry.impact) parts.push(`  Impact: ${entry.impact}`);
    parts.push(`  Id: ${entry.id}`);
    for (const line of parts) ctx.print(line);
  },
};

async function readStdinText(io: { stdinIsTTY: boolean; readStdin(): Promise<string> }): Promise<string> {
  if (io.stdinIsTTY) {
    throw userError('add: give the entry\'s text, e.g. scopebook add "Led the incident review" (or pipe it in)', 'invalid_input');
  }
  return io.readStdin();
}
