/**
 * The command line and the browser host on one journal: what `scopebook add` writes shows in
 * the app, also while the host has the journal open: the open page shows it without a reload.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntrySummary, Page as EntryPage } from '../common/contract';
import { api, expect, startWebHostProcess, test } from './fixtures';
import { ROOT } from './paths';

function scopebook(dataDir: string, args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'scopebook.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SCOPEBOOK_DATA_DIR: dataDir, NO_COLOR: '1' },
  });
}

test('an entry added by the CLI appears in the browser host, also in a page already open', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scopebook-e2e-cli-'));
  try {
    const added = scopebook(dataDir, [
      'add', 'Led the incident review', '--level', 'project', '--saw', 'Ana Lima:meeting', '--create-people', '--tag', 'ops', '--star',
    ]);
    expect(added.stderr).toContain('Added Ana Lima to your people');
    expect(added.status).toBe(0);

    const host = await startWebHostProcess(dataDir);
    try {
      // The API, with the token as a header (as tools use it)…
      const res = await fetch(`${host.origin}/api/entries:list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scopebook-token': host.token },
        body: '{}',
      });
      const listed = (await res.json()) as { ok: true; value: EntryPage<EntrySummary> };
      expect(listed.ok).toBe(true);
      expect(listed.value.items).toHaveLength(1);
      expect(listed.value.items[0]).toMatchObject({
        excerpt: 'Led the incident review',
        ownershipLevel: 'project',
        starred: true,
        tags: ['ops'],
        seenBy: [{ name: 'Ana Lima', channel: 'meeting', direction: 'sideways' }],
      });

      // …and in the app itself.
      await page.goto(host.url);
      await expect(page.getByText('Led the incident review').first()).toBeVisible();
      const created = await api(page, 'entries:create', {
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Written in the browser' }] }] },
        ownershipLevel: 'milestone',
      });
      expect(created.ok).toBe(true);

      // While the host has the journal open, the CLI writes beside it, and the open timeline
      // shows the entry without a reload (the journal worker notices the other connection's write).
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
      await expect(page.getByRole('region', { name: 'Entries' })).toContainText('Written in the browser');
      const beside = scopebook(dataDir, ['add', 'Added from the terminal while the host runs']);
      expect(beside.stderr).toBe('');
      expect(beside.status).toBe(0);
      await expect(page.getByRole('region', { name: 'Entries' })).toContainText('Added from the terminal while the host runs');
    } finally {
      await host.stop();
    }

    const after = scopebook(dataDir, ['list', '--json']);
    expect(after.status).toBe(0);
    expect((JSON.parse(after.stdout) as EntrySummary[]).map((e) => e.excerpt).sort()).toEqual([
      'Added from the terminal while the host runs',
      'Led the incident review',
      'Written in the browser',
    ]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
