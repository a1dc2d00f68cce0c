/** The praise log for a view: loaded, added to, removed from (with a confirmation). */
import type { Praise } from '../../../common/contract';
import { api, call } from '../api';
import { showToast } from '../ui/toast';
import { useLoad } from './useLoad';

/** Praise (of one person when `stakeholderId` is given), and the actions on it. */
export function usePraise(stakeholderId?: string) {
  const list = useLoad(() => call(api.praise.list(stakeholderId ? { stakeholderId } : {})), [stakeholderId]);
  const added = (p: Praise) => {
    showToast(`Praise from ${p.fromName} saved.`);
    list.reload();
  };
  const remove = async (p: Praise) => {
    try {
      await call(api.praise.delete({ id: p.id }));
      list.reload();
      showToast('Praise removed.');
    } catch (e) {
      showToast(`Could not remove: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    }
  };
  return { list, added, remove };
}
