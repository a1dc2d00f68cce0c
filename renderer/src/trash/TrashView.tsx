import { useMemo, useState } from 'react';
import type { EntrySummary } from '../../../common/contract';
import { api, call } from '../api';
import { navigate } from '../app/router';
import { type PageSource, useEntryPages } from '../timeline/useEntryPages';
import { useConfirm } from '../ui/confirm';
import { formatDate, longDate } from '../ui/dates';
import { LevelBadge } from '../ui/LevelBadge';
import { refreshAfterEntryWrite } from '../ui/stores';
import { showToast } from '../ui/toast';

const PURGE_BATCH = 500;

/** Deleted entries, most recently deleted first: restore them, or delete them for good. */
export function TrashView() {
  const [version, setVersion] = useState(0);
  const { ask, dialog } = useConfirm();
  const source: PageSource = useMemo(
    () => async (cursor) => {
      const page = await call(api.entries.list({ trash: true, cursor, limit: 50 }));
      return { items: page.items.map((entry) => ({ entry })), nextCursor: page.nextCursor };
    },
    [],
  );
  const pages = useEntryPages(source, String(version));
  const reload = () => setVersion((v) => v + 1);

  const restore = async (entry: EntrySummary) => {
    try {
      await call(api.entries.restore({ id: entry.id }));
      refreshAfterEntryWrite();
      showToast('Restored to the timeline.', { action: { label: 'Open it', run: () => navigate(`/entry/${entry.id}`) } });
      reload();
    } catch (e) {
      showToast(`Could not restore: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  const purge = async (entry: EntrySummary) => {
    const ok = await ask({
      title: 'Delete this entry for good?',
      body: <p>“{entry.excerpt.slice(0, 120) || 'Empty entry'}” will be gone. This cannot be undone.</p>,
      confirm: 'Delete for good',
    });
    if (!ok) return;
    try {
      await call(api.entries.purge({ ids: [entry.id] }));
      refreshAfterEntryWrite();
      reload();
    } catch (e) {
      showToast(`Could not delete: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };

  const emptyTrash = async () => {
    const { count } = await call(api.entries.count({ trash: true }));
    const ok = await ask({
      title: 'Empty the trash?',
      body: <p>{count === 1 ? 'One entry' : `${count.toLocaleString()} entries`} will be deleted for good. This cannot be undone.</p>,
      confirm: 'Empty the trash',
    });
    if (!ok) return;
    try {
      let purged = 0;
      for (;;) {
        const page = await call(api.entries.list({ trash: true, limit: 200 }));
        if (page.items.length === 0) break;
        const ids = page.items.map((e) => e.id).slice(0, PURGE_BATCH);
        purged += (await call(api.entries.purge({ ids }))).purged;
      }
      refreshAfterEntryWrite();
      showToast(`Deleted ${purged === 1 ? 'one entry' : `${purged.toLocaleString()} entries`} for good.`);
    } catch (e) {
      showToast(`Could not empty the trash: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
    reload();
  };

  return (
    <div className="page page-narrow trash">
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Trash</h1>
          <div className="subtitle">Deleted entries wait here until you delete them for good.</div>
        </div>
        {pages.items.length > 0 && (
          <button type="button" className="button button-danger" onClick={() => void emptyTrash()}>
            Empty trash…
          </button>
        )}
      </header>
      {pages.error && (
        <div className="notice notice-warning" role="alert">
          Could not load the trash: {pages.error}
        </div>
      )}
      {pages.items.length === 0 && !pages.loading && !pages.error ? (
        <div className="empty">
          <h2>The trash is empty</h2>
          <p>When you delete an entry it comes here first, so a slip is never final.</p>
        </div>
      ) : (
        <ul className="trash-list">
          {pages.items.map(({ entry }) => (
            <li key={entry.id} className="trash-item">
              <div className="trash-text">
                <LevelBadge level={entry.ownershipLevel} />
                <span className="muted small">
                  {longDate(entry.occurredOn)}
                  {entry.deletedAt && ` · deleted ${formatDate(new Date(entry.deletedAt))}`}
                </span>
                <p>{entry.excerpt || <em className="muted">Empty entry</em>}</p>
              </div>
              <div className="trash-actions">
                <button type="button" className="button" onClick={() => void restore(entry)}>
                  Restore
                </button>
                <button type="button" className="button button-danger" onClick={() => void purge(entry)}>
                  Delete for good
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!pages.done && pages.items.length > 0 && (
        <button type="button" className="button" onClick={pages.loadMore} disabled={pages.loading}>
          Show more
        </button>
      )}
      {dialog}
    </div>
  );
}
