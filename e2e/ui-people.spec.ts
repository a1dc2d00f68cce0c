/** People: the list by direction, a person's page with every field editable, and what they saw. */
import type { Entry, StakeholderSummary } from '../common/contract';
import { expect, test } from './fixtures';
import { doc, openView, value } from './ui-helpers';

test('people are grouped by direction, and editing a person saves every field', async ({ app }) => {
  const maya = await value<StakeholderSummary>(app, 'people:create', { name: 'Maya Chen', direction: 'sideways' });
  const rui = await value<StakeholderSummary>(app, 'people:create', { name: 'Rui Costa', direction: 'skip-level' });
  await value<Entry>(app, 'entries:create', {
    body: doc('Presented the migration plan'),
    ownershipLevel: 'project',
    occurredOn: '2025-05-06',
    seenBy: [{ stakeholderId: maya.id, channel: 'meeting' }],
  });

  await openView(app, 'People');
  await expect(app.getByRole('region', { name: /Sideways/ }).getByRole('row', { name: /Maya Chen/ })).toContainText('1');
  await expect(app.getByRole('region', { name: /Skip-level/ })).toContainText('Rui Costa');

  await app.getByRole('link', { name: 'Maya Chen' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Maya Chen' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'What Maya Chen saw' })).toContainText('Presented the migration plan');

  await app.getByLabel('Role').fill('Engineering manager');
  await app.getByLabel('Where they sit').selectOption('up');
  await app.getByRole('combobox', { name: 'Influence', exact: true }).selectOption('5');
  await app.getByRole('checkbox', { name: /Key decider/ }).check();
  await app.getByLabel('What motivates them').fill('A calm on-call rotation');
  await app.getByRole('textbox', { name: 'What influences them' }).fill('Data from incidents');
  await app.getByLabel('Notes').fill('Prefers written updates on Fridays.');
  await app.getByRole('combobox', { name: 'Connect to a person' }).fill('Rui');
  await app.getByRole('option', { name: /Rui Costa/ }).click();
  await expect(app.getByRole('list', { name: 'Connections' })).toContainText('Rui Costa');
  await app.getByLabel('Name').click(); // leaving the last text field saves it
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await app.reload();
  await expect(app.getByLabel('Role')).toHaveValue('Engineering manager');
  await expect(app.getByLabel('Where they sit')).toHaveValue('up');
  await expect(app.getByLabel('Notes')).toHaveValue('Prefers written updates on Fridays.');

  const saved = await value<StakeholderSummary>(app, 'people:get', { id: maya.id });
  expect(saved).toMatchObject({
    role: 'Engineering manager',
    direction: 'up',
    influence: 5,
    keyDecider: true,
    motivations: 'A calm on-call rotation',
    influences: 'Data from incidents',
    notes: 'Prefers written updates on Fridays.',
    connections: [rui.id],
  });

  await openView(app, 'People');
  const row = app.getByRole('region', { name: /^Up/ }).getByRole('row', { name: /Maya Chen/ });
  await expect(row).toContainText('Key decider');
  await expect(row).toContainText('Engineering manager');
  await expect(row.getByRole('img', { name: 'Influence 5 of 5' })).toBeVisible();
});

test('a person added from the People view can be archived and brought back', async ({ app }) => {
  await openView(app, 'People');
  await app.getByLabel('Name').fill('Sam Okafor');
  await app.getByLabel('Where they sit').selectOption('down');
  await app.getByRole('button', { name: 'Add person' }).click();
  await expect(app.getByRole('region', { name: /^Down/ })).toContainText('Sam Okafor');

  await app.getByRole('link', { name: 'Sam Okafor' }).click();
  await app.getByRole('button', { name: 'Archive (they left)' }).click();
  await expect(app.getByText('Down · archived')).toBeVisible();
  await openView(app, 'People');
  await expect(app.getByRole('link', { name: 'Sam Okafor' })).toHaveCount(0);
  await app.getByRole('checkbox', { name: /Show 1 archived/ }).check();
  await app.getByRole('link', { name: 'Sam Okafor' }).click();
  await app.getByRole('button', { name: 'Bring back from the archive' }).click();
  await expect(app.getByRole('button', { name: 'Archive (they left)' })).toBeVisible();
});
