import { useEffect, useId, useState } from 'react';
import type { BackupFolder } from '../../../common/contract';
import { api } from '../api';

/**
 * Where the journal and its backups live. Moving the journal (copy with the backup method,
 * verify, then switch) is done by the desktop app's File › Move Journal… (it needs a native
 * folder picker and a restart on the copy); the browser host was started on a fixed folder,
 * so here it explains that instead.
 */
export function DataFolderSection() {
  const id = useId();
  const [backups, setBackups] = useState<BackupFolder | null>(null);
  useEffect(() => {
    let live = true;
    void api.data.getBackupFolder({}).then((r) => {
      if (live && r.ok) setBackups(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  const desktop = window.scopebookShell !== undefined;
  return (
    <section className="section settings-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Data folder and backups</h2>
      <dl className="settings-facts">
        <dt>Backups</dt>
        <dd>
          {backups ? <code>{backups.folder}</code> : '…'}
          {backups?.isDefault ? ' (next to the journal)' : ''} — <a href="#/data">change it or take a backup in Data</a>
        </dd>
        <dt>Journal</dt>
        <dd>
          {desktop
            ? 'To move the journal (e.g. into a folder you sync), use File › Move Journal… in the menu: Scopebook copies it the way it takes backups, checks the copy row by row, then restarts on it. If anything fails, the journal in use stays as it is.'
            : 'Not available in the browser: this page was opened by a Scopebook started on a fixed data folder (--data-dir). Move the journal from the desktop app, or restart with another --data-dir after copying a backup there.'}
        </dd>
      </dl>
    </section>
  );
}
