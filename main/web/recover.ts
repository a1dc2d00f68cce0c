/**
 * The browser host's start-up around the journal: open it with its safety backups, and when
 * the file is damaged say so plainly, name the newest verified backup, and restore it only
 * when the person asked with `--recover` (the damaged file is moved aside, never deleted).
 */
import { CoreError } from '../core/errors';
import type { OpenJournal } from '../core/journal';
import { damagedJournal, openJournalForHost, recoverJournal } from '../core/safety/host-open';

type Print = (line: string) => void;

/** Opens the journal in `dataDir` for the browser host; null (after printing why) when it cannot. */
export function openWithRecovery(dataDir: string, recover: boolean, print: Print, printError: Print): OpenJournal | null {
  const first = tryOpen(dataDir, print, printError);
  if (first.journal) return first.journal;

  const damage = damagedJournal(dataDir, first.error);
  if (!damage) {
    printError(`Scopebook: ${messageOf(first.error, dataDir)}`);
    return null;
  }
  if (!damage.backup) {
    printError(`Scopebook: the journal at ${damage.file} is damaged and cannot be opened, and no verified backup of it was found.`);
    printError('The file has not been changed. Keep a copy of it before trying anything else.');
    return null;
  }
  const taken = damage.backup.takenAt.replace('T', ' ').slice(0, 16);
  if (!recover) {
    printError(`Scopebook: the journal at ${damage.file} is damaged and cannot be opened.`);
    printError(`The newest verified backup is ${damage.backup.path} (taken ${taken} UTC).`);
    printError('Start again with --recover to restore it: the damaged journal is moved aside under a timestamped name, never deleted.');
    return null;
  }
  try {
    const recovered = recoverJournal(dataDir, 'web', damage.backup.path);
    print(`Recovered the journal from ${recovered.restoredFrom} (taken ${taken} UTC).`);
    print(`The damaged journal was moved aside to ${recovered.movedAside[0] ?? damage.file}.`);
  } catch (err) {
    printError(`Scopebook: could not recover the journal: ${messageOf(err, dataDir)}`);
    return null;
  }
  const again = tryOpen(dataDir, print, printError);
  if (!again.journal) printError(`Scopebook: ${messageOf(again.error, dataDir)}`);
  return again.journal;
}

function tryOpen(dataDir: string, print: Print, printError: Print): { journal: OpenJournal; error?: never } | { journal: null; error: unknown } {
  try {
    const { journal, daily, dailyError } = openJournalForHost(dataDir, 'web');
    if (dailyError) printError(`Scopebook: today's backup could not be taken (${dailyError}). Your journal is open; try "Back up now" in Backups and data.`);
    if (daily?.warning) print(daily.warning);
    return { journal };
  } catch (err) {
    return { journal: null, error: err };
  }
}

function messageOf(err: unknown, dataDir: string): string {
  return err instanceof CoreError ? err.message : `cannot open the journal in ${dataDir}: ${err instanceof Error ? err.message : String(err)}`;
}
