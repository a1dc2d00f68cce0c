/**
 * `recover`: when the journal file is damaged and will not open, put the newest verified
 * backup in its place. The damaged file is moved aside under a timestamped name, never
 * deleted; nothing happens without --yes. (`restore` is for a journal that still opens.)
 */
import { journalFile } from '../core/paths';
import { damagedJournal, recoverJournal } from '../core/safety/host-open';
import { journalHealth } from '../core/safety/recovery';
import { bool } from './args';
import type { Command } from './command';
import { storageError, userError } from './errors';

export const recoverCommand: Command = {
  name: 'recover',
  summary: 'Recover a damaged journal from its newest verified backup',
  creates: false,
  maxPositionals: 0,
  options: { yes: { type: 'boolean', short: 'y' } },
  help: `Usage: scopebook recover [--yes] [--json]

For a journal file that is damaged and will not open: finds the newest backup
that passes its integrity check and puts it in place of the journal. The damaged
file is moved aside (scopebook.damaged-<time>.db), never deleted. Without --yes
it only says what it would do. For a journal that opens, use \`scopebook restore\`.

Options:
  -y, --yes           Go ahead.
      --json          The result as JSON.
      --data-dir DIR  The journal's folder (default: the app's).

Examples:
  scopebook recover
  scopebook recover --yes
`,
  run(ctx, { values }) {
    const file = journalFile(ctx.dataDir);
    const state = journalHealth(file);
    if (state === 'missing') throw userError(`recover: there is no journal in ${ctx.dataDir}.`, 'not_found');
    if (state === 'ok') {
      throw userError('recover: the journal opens and checks out; nothing to recover. To go back to an earlier state, use scopebook restore.', 'invalid_input');
    }
    if (state !== 'damaged') {
      throw storageError(`recover: the journal is ${state === 'newer' ? 'from a newer version of Scopebook' : 'locked by another program'}; a backup would not help. The file was not changed.`);
    }
    const damage = damagedJournal(ctx.dataDir, null);
    if (!damage?.backup) throw storageError(`recover: ${file} is damaged and no verified backup of it was found. The file was not changed; keep a copy of it.`);
    const { backup } = damage;
    if (!bool(values, 'yes')) {
      throw userError(
        `recover: ${file} is damaged. The newest verified backup is ${backup.path} (taken ${backup.takenAt}). Add --yes to move the damaged file aside and restore it.`,
        'confirm',
      );
    }
    let result;
    try {
      result = recoverJournal(ctx.dataDir, 'other', backup.path);
    } catch (err) {
      throw storageError(`recover: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (ctx.json) return ctx.printJson(result);
    ctx.print(`Recovered the journal from ${result.restoredFrom}.`);
    ctx.print(`The damaged journal was moved aside to ${result.movedAside[0] ?? file}.`);
  },
};
