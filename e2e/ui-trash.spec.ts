/** Deleting: to the trash with an undo, restored from the Trash view, or deleted for good. */
import type { Entry, EntrySummary, Page } from '../common/contract';
import { api, expect, test } from './fixtures';
import { composer, doc, openView, value } from './ui-helpers';

test('an entry moved to the trash comes back with Undo, and from the Trash view', async ({ app }) => {
  await value<Entry>(app, 'entries:create', { body: doc('Drafted the hiring plan'), ownershipLevel: 'project' });
  await app.reload();
  await composer(app);
  const card = app.getByRole('article').filter({ hasText: 'Drafted the hiring plan' });
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();

  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);
  await openView(app, 'Trash');
  const item = app.getByRole('listitem').filter({ hasText: 'Drafted the hiring plan' });
  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(item).toHaveCount(0);
  await expect(app.getByText('The trash is empty')).toBeVisible();

  await openView(app, 'Timeline');
  await expect(app.getByRole('region', { name: 'Entries' })).toContainText('Drafted the hiring plan');
});

test('deleting for good asks first, and the entry is gone', async ({ app }) => {
  const entry = await value<Entry>(app, 'entries:create', { body: doc('A mistaken entry'), ownershipLevel: 'task' });
  await value<Entry>(app, 'entries:delete', { id: entry.id });
  await openView(app, 'Trash');
  const item = app.getByRole('listitem').filter({ hasText: 'A mistaken entry' });

  await item.getByRole('button', { name: 'Delete for good' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this entry for good?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(item).toBeVisible();

  await item.getByRole('button', { name: 'Delete for good' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(app.getByText('The trash is empty')).toBeVisible();
  const trash = await value<Page<EntrySummary>>(app, 'entries:list', { trash: true });
  expect(trash.items).toEqual([]);
  expect(await api(app, 'entries:get', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
});
