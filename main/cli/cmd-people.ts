/** `scopebook people`: list, add and edit stakeholders. */
import type { StakeholderSummary } from '../../common/contract';
import { DIRECTION_INFO, DIRECTIONS } from '../../common/vocabulary';
import { bool, int, str } from './args';
import type { Command, CommandContext } from './command';
import { userError } from './errors';
import { levelCell } from './format';
import { findPerson, unknownPerson } from './resolve';
import { type Cell, renderTable } from './table';
import { parseDirection } from './vocab';

const FIELD_FLAGS: Record<string, string> = {
  role: '--role',
  direction: '--direction',
  influence: '--influence',
  notes: '--notes',
  keyDecider: '--key-decider',
};
/** The flag behind a field the core complains about; the name is NAME when adding, --name when editing. */
const fieldFlag = (nameFlag: string) => (field: string) => (field === 'name' ? nameFlag : FIELD_FLAGS[field]);

const PERSON_OPTIONS = {
  role: { type: 'string' },
  direction: { type: 'string' },
  'key-decider': { type: 'boolean' },
  influence: { type: 'string' },
  notes: { type: 'string' },
} as const;

const PERSON_HELP = `      --direction DIR  Where they sit relative to you: ${DIRECTIONS.join(', ')}.
      --role ROLE      Their role ("Director of Platform").
      --key-decider    They sit where promotions are decided (--no-key-decider: not).
      --influence N    1 (little) … 5 (a great deal).
      --notes TEXT     Notes for yourself.
      --json           Print the person as JSON.
      --data-dir DIR   The journal's folder (default: the app's).`;

function personRow(p: StakeholderSummary): Cell[] {
  return [
    { text: p.name, style: 'bold' },
    DIRECTION_INFO[p.direction].label,
    p.keyDecider ? { text: '◆ key decider', style: 'yellow' } : '',
    p.role ?? '',
    { text: `${p.entriesSeen}`, style: p.entriesSeen === 0 ? 'red' : [] },
    p.lastSeenOn ?? { text: 'never', style: 'dim' },
    p.highestLevelSeen ? levelCell(p.highestLevelSeen) : '',
  ];
}

function printPerson(ctx: CommandContext, verb: string, p: StakeholderSummary): void {
  if (ctx.json) return ctx.printJson(p);
  ctx.print(`${verb} ${p.name}: ${DIRECTION_INFO[p.direction].label}${p.keyDecider ? ', key decider' : ''}, influence ${p.influence}${p.role ? `, ${p.role}` : ''}`);
}

/** The fields shared by add and edit, from flags. */
function personFields(values: Parameters<typeof str>[0]) {
  const direction = str(values, 'direction');
  const influence = int(values, 'influence', 1, 5);
  const keyDecider = bool(values, 'key-decider');
  return {
    ...(direction !== undefined ? { direction: parseDirection(direction, '--direction') } : {}),
    ...(str(values, 'role') !== undefined ? { role: str(values, 'role')! } : {}),
    ...(influence !== undefined ? { influence } : {}),
    ...(keyDecider !== undefined ? { keyDecider } : {}),
    ...(str(values, 'notes') !== undefined ? { notes: str(values, 'notes')! } : {}),
  };
}

export const peopleListCommand: Command = {
  name: 'people list',
  summary: 'Everyone in your map, with what they have seen',
  creates: false,
  maxPositionals: 0,
  options: { direction: { type: 'string' }, archived: { type: 'boolean' } },
  help: `Usage: scopebook people [list] [--direction DIR] [--archived] [--json]

Lists your people: direction, key deciders, role, how many entries they saw,
when they last saw one, and the highest ownership level they saw.

Options:
      --direction DIR  Only people in this direction: ${DIRECTIONS.join(', ')}.
      --archived       Include people you archived.
      --json           A JSON array of people (see README).
      --data-dir DIR   The journal's folder (default: the app's).

Examples:
  scopebook people
  scopebook people list --direction up --json
`,
  run(ctx, { values }) {
    const direction = str(values, 'direction');
    const people = ctx.journal().call('people:list', {
      ...(direction !== undefined ? { direction: parseDirection(direction, '--direction') } : {}),
      ...(bool(values, 'archived') ? { includeArchived: true } : {}),
    });
    if (ctx.json) return ctx.printJson(people);
    if (people.length === 0) return ctx.print('No people yet. Add someone with: scopebook people add "Ana Lima" --direction up');
    const rows = people.map(personRow);
    const header = ['Name', 'Direction', 'Key', 'Role', 'Seen', 'Last seen', 'Highest level'];
    for (const line of renderTable(rows, ctx.paint, { width: ctx.width, flex: 3, right: [4], header })) ctx.print(line);
  },
};

export const peopleAddCommand: Command = {
  name: 'people add',
  summary: 'Add a person',
  creates: true,
  maxPositionals: 1,
  options: PERSON_OPTIONS,
  help: `Usage: scopebook people add NAME --direction DIR [options]

Adds someone who sees (or should see) your work.

Options:
${PERSON_HELP}

Examples:
  scopebook people add "Ana Lima" --direction up --role "Engineering manager"
  scopebook people add "Dana Wu" --direction skip-level --key-decider --influence 5
`,
  run(ctx, { values, positionals }) {
    const name = positionals[0];
    if (!name) throw userError('people add: give the person\'s name, e.g. scopebook people add "Ana Lima" --direction up', 'invalid_input');
    const fields = personFields(values);
    if (!fields.direction) throw userError(`people add: --direction is required (${DIRECTIONS.join(', ')})`, 'invalid_input');
    const person = ctx.journal().call('people:create', { name, ...fields, direction: fields.direction }, fieldFlag('NAME'));
    printPerson(ctx, 'Added', person);
  },
};

export const peopleEditCommand: Command = {
  name: 'people edit',
  summary: 'Change a person’s details',
  creates: false,
  maxPositionals: 1,
  options: { ...PERSON_OPTIONS, name: { type: 'string' } },
  help: `Usage: scopebook people edit NAME [options]

Changes what you know about someone. NAME is their current name (any case).

Options:
      --name NEW       A new name.
${PERSON_HELP}

Examples:
  scopebook people edit "ana lima" --direction skip-level --key-decider
  scopebook people edit Raj --name "Raj Patel" --no-key-decider
`,
  run(ctx, { values, positionals }) {
    const name = positionals[0];
    if (!name) throw userError('people edit: say whose details to change, e.g. scopebook people edit "Ana Lima" --role CTO', 'invalid_input');
    const changes = { ...personFields(values), ...(str(values, 'name') !== undefined ? { name: str(values, 'name')! } : {}) };
    if (Object.keys(changes).length === 0) throw userError('people edit: nothing to change; give at least one option (see scopebook people edit --help)', 'invalid_input');
    const journal = ctx.journal();
    const people = journal.call('people:list', { includeArchived: true });
    const person = findPerson(people, name);
    if (!person) throw unknownPerson(name, people, 'people edit');
    printPerson(ctx, 'Updated', journal.call('people:update', { id: person.id, ...changes }, fieldFlag('--name')));
  },
};
