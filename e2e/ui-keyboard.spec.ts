/** Keyboard first: writing, choosing the level, mentioning and moving around without a mouse. */
import type { Entry, EntrySummary, Page, StakeholderSummary } from '../common/contract';
import { expect, test } from './fixtures';
import { composer, doc, value } from './ui-helpers';

test('an entry can be written, levelled, mentioned and finished from the keyboard alone', async ({ app }) => {
  const maya = await value<StakeholderSummary>(app, 'people:create', { name: 'Maya Chen', direction: 'up' });
  await app.reload();
  const region = await composer(app);
  const editor = region.getByRole('textbox', { name: 'What did you do?' });
  await expect(editor).toBeFocused(); // Today opens ready to write

  await app.keyboard.type('Ran the planning offsite for ');
  await app.keyboard.type('@may');
  await expect(app.getByRole('option', { name: /Maya Chen/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Alt+4');
  await expect(region.getByRole('radio', { name: 'Product value' })).toHaveAttribute('aria-checked', 'true');

  // The level picker itself: Tab into it, arrows move the choice.
  await region.getByRole('radio', { name: 'Product value' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(region.getByRole('radio', { name: 'Business leverage' })).toBeFocused();
  await expect(region.getByRole('radio', { name: 'Business leverage' })).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('3');
  await expect(region.getByRole('radio', { name: 'Project' })).toHaveAttribute('aria-checked', 'true');

  await editor.focus();
  await app.keyboard.press('Control+Enter');
  await expect(editor).toHaveText('');
  const card = app.getByRole('article').filter({ hasText: 'Ran the planning offsite' });
  await expect(card).toContainText('Project');
  const saved = await value<Page<EntrySummary>>(app, 'entries:list', { stakeholders: [maya.id] });
  expect(saved.items[0]).toMatchObject({ ownershipLevel: 'project', excerpt: 'Ran the planning offsite for @Maya Chen' });
});

test('shortcuts move between views, "/" searches, and arrows walk the timeline', async ({ app }) => {
  for (const text of ['First thing', 'Second thing', 'Third thing']) {
    await value<Entry>(app, 'entries:create', { body: doc(text), ownershipLevel: 'task', occurredOn: '2025-01-10' });
  }
  await composer(app);
  await app.getByRole('heading', { level: 1, name: 'Today' }).focus();

  await app.keyboard.press('g');
  await app.keyboard.press('p');
  await expect(app.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await app.keyboard.press('g');
  await app.keyboard.press('l');
  await expect(app.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  const list = app.getByRole('region', { name: 'Entries' });
  const rows = list.getByRole('link');
  await expect(rows).toHaveCount(4);
  await rows.first().focus();
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();
  const chosen = ((await rows.nth(1).textContent()) ?? '').match(/(First|Second|Third) thing/)?.[0] ?? 'missing';
  await app.keyboard.press('Enter');
  await expect(app.getByRole('textbox', { name: 'Entry text' })).toHaveText(chosen);

  await app.getByRole('heading', { level: 1 }).focus();
  await app.keyboard.press('/');
  await expect(app.getByRole('searchbox', { name: 'Search entries' })).toBeFocused();
  await app.keyboard.type('second');
  await expect(app.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveCount(1);

  await app.keyboard.press('Escape'); // clears the search box
  await expect(app.getByRole('searchbox', { name: 'Search entries' })).toHaveValue('');
  await app.getByRole('heading', { level: 1 }).focus();
  await app.keyboard.press('?');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});
