/** Actions on whole entries used by several views: star, trash with undo. */
import type { Entry } from '../../../common/contract';
import { api, call } from '../api';
import { clearDraft } from '../editor/drafts';
import { refreshAfterEntryWrite } from './stores';
import { showToast } from './toast';

/** Moves an entry to the trash and offers to undo; `after` runs after the move and after an undo. */
export async function trashEntry(id: string, after: () => void): Promise<void> {
  try {
    await call(api.entries.delete({ id }));
    clearDraft(id);
    refreshAfterEntryWrite();
    after();
    showToast('Moved to the trash.', {
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await call(api.entries.restore({ id }));
            refreshAfterEntryWrite();
            after();
            showToast('Restored.');
          } catch (e) {
            showToast(`Could not restore it: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
          }
        },
      },
    });
  } catch (e) {
    showToast(`Could not move it to the trash: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
  }
}

/** Stars or unstars an entry; resolves with the updated entry, or null after showing why it failed. */
export async function setStarred(entry: Pick<Entry, 'id' | 'revision'>, starred: boolean): Promise<Entry | null> {
  try {
    return await call(api.entries.update({ id: entry.id, revision: entry.revision, starred }));
  } catch (e) {
    showToast(`Could not ${starred ? 'star' : 'unstar'} it: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    return null;
  }
}
