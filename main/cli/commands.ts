/** Every command, in the order `scopebook --help` lists them. */
import { addCommand } from './cmd-add';
import { backupCommand, exportCommand, importCommand, restoreCommand } from './cmd-data';
import { importGitCommand } from './cmd-evidence';
import { peopleGapsCommand } from './cmd-gaps';
import { recoverCommand } from './cmd-recover';
import { listCommand } from './cmd-list';
import { peopleAddCommand, peopleEditCommand, peopleListCommand } from './cmd-people';
import { reviewCommand } from './cmd-review';
import { searchCommand } from './cmd-search';
import { statsCommand } from './cmd-stats';
import type { Command, CommandGroup } from './command';

const peopleGroup: CommandGroup = {
  name: 'people',
  summary: 'List, add and edit stakeholders; `people gaps` shows visibility gaps',
  subcommands: [peopleListCommand, peopleAddCommand, peopleEditCommand, peopleGapsCommand],
  fallback: peopleListCommand,
  help: `Usage: scopebook people [list|add|edit|gaps] …

The people who see (or should see) your work.

Commands:
  people [list]              ${peopleListCommand.summary}
  people add NAME --direction DIR …   ${peopleAddCommand.summary}
  people edit NAME …         ${peopleEditCommand.summary}
  people gaps                ${peopleGapsCommand.summary}

Run \`scopebook people COMMAND --help\` for a command's options and examples.
`,
};

export const COMMANDS: (Command | CommandGroup)[] = [
  addCommand,
  listCommand,
  searchCommand,
  peopleGroup,
  reviewCommand,
  statsCommand,
  importCommand,
  importGitCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  recoverCommand,
];

/** Whether an entry of COMMANDS has subcommands. */
export function isGroup(c: Command | CommandGroup): c is CommandGroup {
  return 'subcommands' in c;
}
