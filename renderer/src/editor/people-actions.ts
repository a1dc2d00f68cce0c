/** Adding a person from inside the editor (after `@` or in the who-saw-it picker). */
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { peopleStore } from '../ui/stores';
import { showToast } from '../ui/toast';

/**
 * Creates a person with the given name (direction "sideways" until the person page says
 * otherwise). If someone of that name already exists, that person is used.
 */
export async function createPersonInline(name: string): Promise<{ id: string; name: string } | null> {
  try {
    const person = await call(api.people.create({ name, direction: 'sideways' }));
    await peopleStore.refresh();
    showToast(`Added ${person.name} to your people, as a peer.`, {
      action: { label: 'Set their details', run: () => navigate(`/people/${person.id}`) },
    });
    return { id: person.id, name: person.name };
  } catch (e) {
    if (e instanceof ApiCallError && e.code === 'conflict') {
      const people = (await peopleStore.refresh()) ?? [];
      const same = people.find((p) => p.archivedAt === null && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
      if (same) return { id: same.id, name: same.name };
    }
    showToast(`Could not add ${name}: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    return null;
  }
}
