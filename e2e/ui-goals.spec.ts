/** Goals: a simple list, and an entry linked to a goal from beside the editor. */
import type { EntrySummary, Goal, Page } from '../common/contract';
import { expect, test } from './fixtures';
import { composer, openView, value } from './ui-helpers';

test('a goal added on the Goals view can be linked from the editor and leads to its entries', async ({ app }) => {
  await openView(app, 'Goals');
  await app.getByLabel('New goal').fill('Cut release time in half');
  await app.getByRole('button', { name: 'Add goal' }).click();
  const goalItem = app.getByRole('listitem').filter({ has: app.getByRole('textbox', { name: 'Goal' }) });
  await expect(goalItem.getByRole('textbox', { name: 'Goal' })).toHaveValue('Cut release time in half');
  await expect(goalItem).toContainText('No entries linked yet');

  await openView(app, 'Today');
  const region = await composer(app);
  await region.getByRole('textbox', { name: 'What did you do?' }).click();
  await app.keyboard.type('Parallelised the release pipeline');
  await region.getByLabel('Goal').selectOption({ label: 'Cut release time in half' });
  await expect(region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const [goal] = await value<Goal[]>(app, 'goals:list', {});
  const linked = await value<Page<EntrySummary>>(app, 'entries:list', { goalId: goal!.id });
  expect(linked.items.map((e) => e.excerpt)).toEqual(['Parallelised the release pipeline']);

  await openView(app, 'Goals');
  await goalItem.getByRole('link', { name: '1 entry' }).click();
  await expect(app).toHaveURL(new RegExp(`#/timeline\\?goal=${goal!.id}`));
  await expect(app.getByRole('region', { name: 'Entries' }).getByRole('link')).toHaveCount(1);

  await openView(app, 'Goals');
  await goalItem.getByRole('combobox', { name: 'Status' }).selectOption('done');
  await expect(app.getByRole('region', { name: 'Done' })).toContainText('1 entry');
  expect((await value<Goal[]>(app, 'goals:list', {}))[0]).toMatchObject({ status: 'done' });
});
