/** The shared lists: people (active and archived), goals and tags. Refresh them after writing. */
import { api, call } from '../api';
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
