import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fails, ok, openJournal } from '../../test-helpers';

const BRAG = `Written for my review.

# Brag document 2024

## March 2024

- 2024-03-05: Shipped the **importer** #launch
  - with tests
- **Mar 12, 2024** — Led the incident review
- Ran the planning offsite

### Week of 2024-03-18

Wrote the quarterly plan.
It spans two lines.

- Paired with the new hire

## Mentoring

- 2024-04-02 Started mentoring Sam

## Ideas

- Someday: rewrite the parser
`;

describe('importing a Markdown brag document', () => {
  it('turns dated bullets and paragraphs into entries, dated by themselves or by their heading', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'brag.md');
    writeFileSync(path, BRAG);
    const preview = ok(core, 'data:importPreview', { path });
    expect(preview).toMatchObject({ source: 'markdown', entries: 7, from: '2024-01-01', to: '2024-04-02' });
    expect(preview.warnings).toEqual([
      '1 block has no date and will be skipped (line 1)',
      '2 entries take the first day of the period in their heading (e.g. 2024-03-01)',
      'Headings without a date become tags: mentoring, ideas',
    ]);
    ok(core, 'data:importCommit', { path });
    const entries = ok(core, 'entries:list', { limit: 20 }).items.map((e) => [e.occurredOn, e.excerpt, e.tags]);
    expect(entries).toEqual([
      ['2024-04-02', 'Started mentoring Sam', ['mentoring']],
      ['2024-03-18', 'Paired with the new hire', []],
      ['2024-03-18', 'Wrote the quarterly plan. It spans two lines.', []],
      ['2024-03-12', 'Led the incident review', []],
      ['2024-03-05', 'Shipped the importer #launch with tests', ['launch']],
      ['2024-03-01', 'Ran the planning offsite', []],
      // Under "# Brag document 2024" and "## Ideas": the year's first day, tagged with the section.
      ['2024-01-01', 'Someday: rewrite the parser', ['ideas']],
    ]);
    expect(ok(core, 'entries:count', { unrated: true }).count).toBe(7);
    expect(ok(core, 'data:importCommit', { path })).toMatchObject({ imported: 0, duplicates: 7 });
  });

  it('says what to do when nothing in the document is dated', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'notes.md');
    writeFileSync(path, '# Notes\n\n- a thing\n- another\n');
    expect(fails(core, 'data:importPreview', { path }, 'invalid_input').message).toMatch(/notes\.md: has no dated entries/);
  });

  it('keeps sub-bullets (even indented by one space) with their dated parent entry', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'nested.md');
    writeFileSync(path, '## March 2024\n\n- 2024-03-05: Shipped the importer\n * with tests\n * and docs\n- 2024-03-06: Next thing\n');
    expect(ok(core, 'data:importPreview', { path })).toMatchObject({ entries: 2 });
    ok(core, 'data:importCommit', { path });
    const list = ok(core, 'entries:list', {}).items;
    expect(list.map((e) => e.occurredOn)).toEqual(['2024-03-06', '2024-03-05']);
    const body = JSON.stringify(ok(core, 'entries:get', { id: list[1]!.id }).body);
    expect(body).toContain('with tests');
    expect(body).toContain('and docs');
  });
});

