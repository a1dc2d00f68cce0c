/** Evidence that collects itself: a git repository and a calendar through the page, Triage of what they propose, on this day. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Candidate, Entry, StakeholderSummary } from '../common/contract';
import { expect, test } from './fixtures';
import { doc, localDay, value } from './ui-helpers';

const ME: [string, string] = ['Me', 'me@work.com'];

/** WCAG A/AA rules axe finds broken on the page as it is, by rule id. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A repository with commits by the user (two days, two topics), one by someone else, one co-authored by Carla. */
function makeRepo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scopebook-e2e-git-')), 'payments');
  mkdirSync(dir);
  const git = (args: string[], who: [string, string] = ME, date = '2026-02-10T10:00:00+00:00') =>
    execFileSync('git', ['-C', dir, ...args], {
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, GIT_AUTHOR_NAME: who[0], GIT_AUTHOR_EMAIL: who[1], GIT_COMMITTER_NAME: who[0],
        GIT_COMMITTER_EMAIL: who[1], GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  const commit = (file: string, message: string, date: string, who: [string, string] = ME) => {
    mkdirSync(join(dir, file.split('/')[0]!), { recursive: true });
    writeFileSync(join(dir, file), `${message}\n`);
    git(['add', '-A'], who, date);
    git(['commit', '-q', '-m', message], who, date);
  };
  git(['init', '-q', '-b', 'main']);
  commit('api/refund.ts', 'feat(refunds): partial refunds\n\nCo-authored-by: Carla <carla@work.com>', '2026-02-10T10:00:00+00:00');
  commit('api/refund.ts', 'fix(refunds): rounding', '2026-02-10T15:00:00+00:00');
  commit('docs/guide.md', 'docs: someone else writes', '2026-02-10T16:00:00+00:00', ['Bob', 'bob@work.com']);
  commit('web/checkout.tsx', 'feat(checkout): one-click pay', '2026-02-11T09:00:00+00:00');
  return dir;
}

const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:me@work.com',
  'BEGIN:VEVENT', 'UID:sync', 'SUMMARY:Payments sync', 'DTSTART:20260105T100000Z', 'DTEND:20260105T103000Z', 'RRULE:FREQ=WEEKLY;COUNT=3',
  'ORGANIZER;CN=Me:mailto:me@work.com', 'ATTENDEE;CN=Carla Diaz;PARTSTAT=ACCEPTED:mailto:carla@work.com',
  'ATTENDEE;CN=Dev Patel;PARTSTAT=ACCEPTED:mailto:dev.patel@work.com', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:allhands', 'SUMMARY:All hands', 'DTSTART:20260107T150000Z', 'DTEND:20260107T160000Z',
  'ORGANIZER:mailto:ceo@work.com', 'ATTENDEE;PARTSTAT=DECLINED:mailto:me@work.com', 'ATTENDEE:mailto:carla@work.com', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

test('a git repository: preview, then candidates in Triage merged into one entry or discarded; reading it again adds nothing', async ({ app }) => {
  const repo = makeRepo();
  try {
    const carla = await value<StakeholderSummary>(app, 'people:create', { name: 'Carla Diaz', direction: 'sideways' });
    // Carla's address, set on her page, makes her co-authorship a "who saw it" suggestion.
    await app.goto(`${new URL(app.url()).origin}/#/people/${carla.id}`);
    await app.getByLabel('Email addresses').fill('Carla@Work.com');
    await app.getByLabel('Email addresses').blur();
    await expect.poll(() => value<string[]>(app, 'evidence:personEmails', { stakeholderId: carla.id })).toEqual(['carla@work.com']);

    await app.goto(`${new URL(app.url()).origin}/#/data/import`);
    const form = app.getByRole('form', { name: 'Read a git repository' });
    await form.getByLabel('Repository folder').fill(repo);
    await form.getByLabel('Your author emails').fill('me@work.com');
    await form.getByRole('button', { name: 'Preview commits' }).click();
    const preview = app.getByRole('region', { name: 'Git preview' });
    await expect(preview).toContainText('payments');
    await expect(preview.getByRole('definition').first()).toHaveText('3');
    await expect(preview).toContainText('payments · refunds: 2 commits');
    await expect(preview).toContainText('seen by Carla Diaz');
    expect(await axeViolations(app)).toEqual([]);
    // The dry run wrote nothing but the remembered emails.
    expect(await value<Candidate[]>(app, 'evidence:candidates', {})).toEqual([]);
    expect(await value<string[]>(app, 'evidence:myEmails', {})).toEqual(['me@work.com']);

    await preview.getByRole('button', { name: 'Add 2 candidates to Triage' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'added to Triage' }).first()).toBeVisible();
    await app.getByRole('button', { name: 'Go to Triage' }).click();

    const proposed = app.getByRole('region', { name: 'Proposed from your work' });
    await expect(proposed.getByRole('status')).toHaveText('2 proposed entries');
    const entriesBefore = (await value<{ count: number }>(app, 'entries:count', {})).count;
    // Merge both into one entry, starred, as a milestone; Carla comes along as who saw it.
    await proposed.getByRole('checkbox', { name: /refunds/ }).check();
    await proposed.getByRole('checkbox', { name: /checkout/ }).check();
    const decide = proposed.getByRole('group', { name: 'Chosen proposals' });
    await expect(decide.getByRole('heading')).toHaveText('Merge 2 into one entry');
    await expect(decide).toContainText('Carla Diaz');
    expect(await axeViolations(app)).toEqual([]);
    await decide.getByRole('button', { name: '☆ Star' }).click();
    await decide.getByRole('group', { name: 'Add to the journal as' }).getByRole('button', { name: /Milestone/ }).click();
    await expect(proposed).toHaveCount(0);
    expect((await value<{ count: number }>(app, 'entries:count', {})).count).toBe(entriesBefore + 1);
    const list = await value<{ items: { id: string; title: string | null }[] }>(app, 'entries:list', { limit: 5 });
    const merged = await value<Entry>(app, 'entries:get', { id: list.items.find((e) => e.title === '2 pieces of work')!.id });
    expect(merged).toMatchObject({ ownershipLevel: 'milestone', starred: true, occurredOn: '2026-02-11', tags: ['payments'] });
    expect(merged.seenBy.map((s) => s.name)).toEqual(['Carla Diaz']);
    expect(merged.bodyText).toContain('feat(refunds): partial refunds');
    expect(merged.bodyText).toContain('feat(checkout): one-click pay');

    // Reading the repository again: nothing new (the emails and the folder are remembered).
    await app.goto(`${new URL(app.url()).origin}/#/data/import`);
    await expect(form.getByLabel('Repository folder')).toHaveValue(repo);
    await expect(form.getByLabel('Your author emails')).toHaveValue('me@work.com');
    await form.getByRole('button', { name: 'Preview commits' }).click();
    await expect(preview).toContainText('Nothing new: every commit was read before.');

    // Not a repository: a clear error, nothing written.
    await form.getByLabel('Repository folder').fill(join(repo, '..'));
    await form.getByRole('button', { name: 'Preview commits' }).click();
    await expect(app.getByRole('alert')).toContainText('is not a git repository');
  } finally {
    rmSync(join(repo, '..'), { recursive: true, force: true });
  }
});

test('a calendar: meetings offer who saw it for that day, organised ones wait in Triage, frequent attendees become people', async ({ app }) => {
  const carla = await value<StakeholderSummary>(app, 'people:create', { name: 'Carla Diaz', direction: 'sideways' });
  await value(app, 'evidence:setPersonEmails', { stakeholderId: carla.id, emails: ['carla@work.com'] });
  await app.goto(`${new URL(app.url()).origin}/#/data/import`);

  // A binary file named .ics: a clear error, nothing imported.
  await app.getByLabel('Calendar file').setInputFiles({ name: 'photo.ics', mimeType: 'text/calendar', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
  await expect(app.getByRole('alert')).toContainText('not a calendar file');

  await app.getByLabel('Calendar file').setInputFiles({ name: 'work.ics', mimeType: 'text/calendar', buffer: Buffer.from(ICS) });
  const preview = app.getByRole('region', { name: 'Calendar preview' });
  await expect(preview.getByRole('heading')).toHaveText('me@work.com');
  // Three syncs count; the declined all hands does not.
  await expect(preview.getByRole('definition').first()).toHaveText('3');
  await expect(preview).not.toContainText('All hands');
  await expect(preview).toContainText('Dev Patel (3)');
  await preview.getByRole('button', { name: 'Import 3 meetings' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Imported 3 new meetings' }).first()).toBeVisible();

  // Dev is met three times: offered as a new person, whose direction the user chooses.
  const suggested = app.getByRole('region', { name: 'People you meet often' });
  const dev = suggested.getByRole('listitem', { name: 'dev.patel@work.com' });
  await expect(dev.getByLabel('Name')).toHaveValue('Dev Patel');
  await expect(dev.getByRole('button', { name: 'Add Dev Patel' })).toBeDisabled();
  expect(await axeViolations(app)).toEqual([]);
  await dev.getByLabel('Direction').selectOption('down');
  await dev.getByRole('button', { name: 'Add Dev Patel' }).click();
  await expect(suggested).toHaveCount(0);
  const people = await value<StakeholderSummary[]>(app, 'people:list', {});
  expect(people.find((p) => p.name === 'Dev Patel')).toMatchObject({ direction: 'down' });

  // An entry of a meeting day is offered the people met that day.
  const entry = await value<Entry>(app, 'entries:create', { body: doc('Walked the team through the refund design'), occurredOn: '2026-01-12', ownershipLevel: 'project' });
  await app.goto(`${new URL(app.url()).origin}/#/entry/${entry.id}`);
  const met = app.getByRole('group', { name: 'Met in meetings that day' });
  await expect(met).toContainText('Carla Diaz');
  await met.getByRole('button', { name: /Carla Diaz/ }).click();
  await expect.poll(async () => (await value<Entry>(app, 'entries:get', { id: entry.id })).seenBy.map((s) => [s.name, s.channel])).toEqual([['Carla Diaz', 'meeting']]);

  // The syncs the user organised are proposals in Triage, never entries of their own accord.
  await app.goto(`${new URL(app.url()).origin}/#/data/triage`);
  const proposed = app.getByRole('region', { name: 'Proposed from your work' });
  await expect(proposed.getByRole('status')).toHaveText('3 proposed entries');
  await proposed.getByRole('checkbox').first().check();
  await proposed.getByRole('button', { name: 'Discard it' }).click();
  await expect(proposed.getByRole('status')).toHaveText('2 proposed entries');
});

test('Today shows this day in earlier years and, in the weekly look-back, a year ago that week, with level and who saw it', async ({ app }) => {
  const today = await localDay(app);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const ana = await value<StakeholderSummary>(app, 'people:create', { name: 'Ana Lima', direction: 'up' });
  await value<Entry>(app, 'entries:create', {
    title: 'Launched the partner API', body: doc('Launched the partner API'), occurredOn: yearAgo, ownershipLevel: 'value', seenBy: [{ stakeholderId: ana.id, channel: 'demo' }],
  });
  await value<Entry>(app, 'entries:create', { title: 'Two years back', body: doc('Two years back'), occurredOn: `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`, ownershipLevel: 'task' });
  // The weekly look-back is today.
  const weekday = await app.evaluate(() => new Date().getDay());
  await value(app, 'settings:update', { weekly: { enabled: true, day: weekday } });
  await app.reload();

  const otd = app.getByRole('region', { name: 'On this day' });
  await expect(otd.getByRole('heading', { name: /A year ago/ }).first()).toBeVisible();
  await expect(otd).toContainText('Launched the partner API');
  await expect(otd).toContainText('Seen by Ana Lima (demo)');
  await expect(otd).toContainText('2 years ago');
  await expect(otd.getByText('Product value').first()).toBeAttached();
  const week = otd.getByRole('group', { name: 'Your weekly look-back' });
  await expect(week).toContainText('A year ago this week');
  await expect(week).toContainText('Launched the partner API');
  expect(await axeViolations(app)).toEqual([]);
});
