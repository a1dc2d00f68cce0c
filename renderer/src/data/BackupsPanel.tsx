import { useCallback, useEffect, useId, useState } from 'react';
import type { BackupFolder, BackupInfo, BackupKind, RestoreResult } from '../../../common/contract';
import { api, call } from '../api';
import { useConfirm } from '../ui/confirm';
import { dateTime } from '../ui/dates';
import { showToast } from '../ui/toast';
import { formatBytes } from './bytes';
import { JobProgress } from './JobProgress';
import { useJob } from './useJob';

const KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  manual: 'Taken by you',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
};

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The backups list: take one now, restore one, choose where they go. */
export function BackupsPanel() {
  const [folder, setFolder] = useState<BackupFolder | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { ask, dialog } = useConfirm();
  const work = useJob();

  const load = useCallback(async () => {
    try {
      const result = await call(api.data.backups({}));
      setFolder(result.folder);
      setBackups(result.backups);
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const backUpNow = async () => {
    setBusy('Backing up…');
    try {
      const b = await work.run<BackupInfo>('data:backupNow', {});
      showToast(`Backed up (${formatBytes(b.bytes)}${b.verified ? ', verified' : ''}).`);
      await load();
    } catch (e) {
      showToast(`Could not back up: ${errorText(e)}`, { tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (b: BackupInfo) => {
    const ok = await ask({
      title: 'Restore this backup?',
      body: (
        <>
          <p>
            Your journal will be replaced by the backup taken <strong>{dateTime(b.takenAt)}</strong>. Anything written since then
            will not be in it.
          </p>
          <p>The journal as it is now is backed up first, so you can undo this by restoring that backup.</p>
        </>
      ),
      confirm: 'Restore',
    });
    if (!ok) return;
    setBusy('Restoring…');
    try {
      await work.run<RestoreResult>('data:restoreBackup', { file: b.file });
      // Every view's data changed: start afresh.
      location.reload();
    } catch (e) {
      showToast(`Could not restore: ${errorText(e)}`, { tone: 'error' });
      setBusy(null);
    }
  };

  return (
    <section className="section" aria-labelledby="backups-heading" aria-busy={busy !== null}>
      <div className="data-section-head">
        <h2 id="backups-heading">Backups</h2>
        <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          Back up now
        </button>
      </div>
      <p className="muted">
        Scopebook backs up your journal once a day when it starts, and before every upgrade. It keeps 7 daily, 4 weekly and 12 monthly
        backups. Each one is checked after it is written.
      </p>
      {work.status ? (
        <JobProgress status={work.status} onCancel={work.cancel} />
      ) : (
        busy && (
          <p className="notice notice-quiet" role="status">
            {busy}
          </p>
        )
      )}
      {loadError && (
        <div className="notice notice-warning" role="alert">
          Could not list the backups: {loadError}
        </div>
      )}
      {backups && backups.length === 0 && <p className="empty-inline">No backups yet. “Back up now” takes the first one.</p>}
      {backups && backups.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Kind</th>
              <th scope="col">Size</th>
              <th scope="col">Check</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.file} title={b.path}>
                <td>{dateTime(b.takenAt)}</td>
                <td>{KIND_LABELS[b.kind]}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>{b.verified ? '✓ Verified' : '✗ Not readable'}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void restore(b)}
                    disabled={busy !== null || !b.verified}
                    aria-label={`Restore the backup taken ${dateTime(b.takenAt)}`}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {folder && <FolderChoice folder={folder} onChanged={() => void load()} disabled={busy !== null} />}
      {dialog}
    </section>
  );
}

/** Where backups go: a path typed by the person (the browser host has no folder dialog). */
function FolderChoice({ folder, onChanged, disabled }: { folder: BackupFolder; onChanged: () => void; disabled: boolean }) {
  const id = useId();
  const [value, setValue] = useState(folder.isDefault ? '' : folder.folder);
  const [error, setError] = useState<string | null>(null);

  const save = async (next: string | null) => {
    try {
      const chosen = await call(api.data.setBackupFolder({ folder: next }));
      setError(null);
      setValue(chosen.isDefault ? '' : chosen.folder);
      showToast(chosen.isDefault ? 'Backups go to the default folder again.' : `Backups now go to ${chosen.folder}.`);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form
      className="data-form"
      aria-label="Backup folder"
      onSubmit={(e) => {
        e.preventDefault();
        void save(value.trim() || null);
      }}
    >
      <h3>Backup folder</h3>
      <p className="muted small">
        Now: <code>{folder.folder}</code>
        {folder.isDefault ? ' (the default, next to the journal)' : ''}. Choose a folder you sync or a second disk to keep copies off this one.
      </p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-folder`}>
          Folder path
        </label>
        <input
          id={`${id}-folder`}
          type="text"
          spellCheck={false}
          placeholder={folder.folder}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="notice-actions">
        <button type="submit" className="button" disabled={disabled}>
          Use this folder
        </button>
        {!folder.isDefault && (
          <button type="button" className="button" disabled={disabled} onClick={() => void save(null)}>
            Back to the default
          </button>
        )}
      </div>
    </form>
  );
}
