/** The shared lists: people (active and archived), goals and tags. Refresh them after writing. */
import { touches } from '../../../common/contract/events';
import { api, call, onJournalChange } from '../api';
import { createResource } from './resource';

/** Everyone, archived included (views filter), with what they have seen. */
export const peopleStore = createResource(() => call(api.people.list({ includeArchived: true })));

/** Every goal, active first. */
export const goalsStore = createResource(() => call(api.goals.list({})));

/** Every tag with its count, most used first. */
export const tagsStore = createResource(() => call(api.tags.list({})));

/** Reloads only the lists named: an autosave that changed just the text reloads none (see editor/list-impact.ts). */
export function refreshLists(lists: readonly ('people' | 'tags' | 'goals')[]): void {
  if (lists.includes('people')) void peopleStore.refresh();
  if (lists.includes('tags')) void tagsStore.refresh();
  if (lists.includes('goals')) void goalsStore.refresh();
}

/** Entries changed: what they saw and which tags exist may have changed too. */
export function refreshAfterEntryWrite(): void {
  void peopleStore.refresh();
  void tagsStore.refresh();
  void goalsStore.refresh();
}

// Another window, quick capture, a job or this window changed the journal: reload the lists
// it touched (an entry's text alone changes none of them; entries events from elsewhere are
// covered by the editor's own refreshLists and the views that list entries).
onJournalChange((event) => {
  if (touches(event, ['people'])) void peopleStore.refresh();
  if (touches(event, ['goals'])) void goalsStore.refresh();
  if (touches(event, ['tags'])) void tagsStore.refresh();
});
