import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docOf, fails, ok, openJournal, paragraph } from '../test-helpers';
import { markdownToDoc } from './import/md-to-doc';
import { fillRichJournal } from './testing/rich-journal';

describe('Markdown brag documents', () => {
  it('one file per year, months in order, each entry with its level, people, tags, goal and impact; no trash', () => {
    const { core, clock, dir } = openJournal();
    fillRichJournal(core, clock);
    const out = join(dir, 'brag');
    mkdirSync(out);
    const result = ok(core, 'data:exportMarkdown', { folder: out, layout: 'yearly' });
    expect(result.files).toEqual([join(out, 'brag-2019.md'), join(out, 'brag-2025.md'), join(out, 'brag-2026.md')]);
    expect(result.entries).toBe(4);
    const y2026 = readFileSync(join(out, 'brag-2026.md'), 'utf8');
    expect(y2026).toBe(
      [
        '# Brag document 2026',
        '',
        '2 entries, exported from Scopebook.',
        '',
        '## February 2026',
        '',
        '### ★ Tue 3 Feb — Launched billing v2',
        '',
        '- Level: ▲ Project',
        '- Seen by: Alice Ng (Up), Bob (Diagonal-up, demo)',
        '- Tags: #billing #launch',
        '- Goal: Grow revenue',
        '- Impact: Churn down 2.5%',
        '',
        'Shipped with @Alice Ng watching #launch',
        '',
        '- Cut churn',
        '',
        '## March 2026',
        '',
        '### Sun 1 Mar',
        '',
        '- Level: ⬢ Business leverage',
        '- Seen by: Carol (Sideways, one-on-one)',
        '',
        'Mentored Carol',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(out, 'brag-2019.md'), 'utf8')).toContain('- Level: Not set');
    expect(y2026).not.toContain('A mistake');
  });

  it('one file per month with front matter, optionally for a single year', () => {
    const { core, clock, dir } = openJournal();
    fillRichJournal(core, clock);
    const result = ok(core, 'data:exportMarkdown', { folder: dir, layout: 'monthly', year: 2026 });
    expect(result.files).toEqual([join(dir, '2026', '2026-02.md'), join(dir, '2026', '2026-03.md')]);
    const feb = readFileSync(join(dir, '2026', '2026-02.md'), 'utf8');
    expect(feb.split('\n# February 2026\n')[0]).toBe(
      ['---', 'month: "2026-02"', 'entries: 1', 'levels:', '  project: 1', 'tags: ["billing", "launch"]', 'people: ["Alice Ng", "Bob"]', '---', ''].join('\n'),
    );
    expect(existsSync(join(dir, '2025'))).toBe(false);
  });

  it('writes hostile text as text: no live link, raw HTML or stray emphasis, and it reads back the same', () => {
    const { core, dir } = openJournal();
    const lines = ['[notes](javascript:alert(1))', '<b>bold?</b> <script>alert(1)</script>', '2*3 to 1*2 and a_b_c', '# not a heading', '1. not a list'];
    ok(core, 'entries:create', {
      occurredOn: '2026-03-02',
      title: 'Fixed *all* the [bugs](javascript:x) #',
      body: docOf(...lines.map((l) => paragraph(l)), {
        type: 'paragraph',
        content: [{ type: 'text', text: 'evil', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
      }),
      ownershipLevel: 'value',
      impact: '<img src=x onerror=alert(1)> **huge**',
    });
    ok(core, 'data:exportMarkdown', { folder: dir, layout: 'yearly' });
    const md = readFileSync(join(dir, 'brag-2026.md'), 'utf8');
    // Markup characters stand only escaped (a backslash before them): nothing opens a link, a tag or emphasis.
    expect(md).not.toMatch(/(?<!\\)\]\(|(?<!\\)<[a-z/]|(?<!\\)\*|(?<!\\)_/i);
    expect(md).toContain('### Mon 2 Mar — Fixed \\*all\\* the \\[bugs\\](javascript:x) \\#');
    expect(md).toContain('- Impact: \\<img src=x onerror=alert(1)> \\*\\*huge\\*\\*');
    // The importer's Markdown reader gets the same text back from the body.
    const body = md.slice(md.indexOf('\\[notes'));
    const back = markdownToDoc(body).doc;
    expect(back.content?.map((b) => b.content?.map((c) => c.text).join(''))).toEqual([...lines, 'evil']);
  });

  it('refuses a relative folder or the backup folder', () => {
    const { core, dir } = openJournal();
    ok(core, 'data:backupNow', {});
    expect(fails(core, 'data:exportMarkdown', { folder: 'out', layout: 'yearly' }, 'invalid_input').field).toBe('folder');
    fails(core, 'data:exportMarkdown', { folder: join(dir, 'backups'), layout: 'yearly' }, 'invalid_input');
    expect(readdirSync(join(dir, 'backups')).every((f) => f.endsWith('.sqlite'))).toBe(true);
  });
});

describe('HTML brag document', () => {
  it('is self-contained and script-free: text is escaped, only web and mail links survive', () => {
    const { core, dir } = openJournal();
    ok(core, 'entries:create', {
      occurredOn: '2026-03-02',
      title: '<script>alert(1)</script>',
      body: docOf(
        paragraph('Fixed <img src=x onerror=alert(1)> & more'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'evil', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'docs', marks: [{ type: 'link', attrs: { href: 'https://example.com/?a=1&b="2"' } }, { type: 'bold' }] },
          ],
        },
      ),
      ownershipLevel: 'value',
      impact: 'Saved "a lot"',
    });
    const path = join(dir, 'brag.html');
    expect(ok(core, 'data:exportHtml', { path, year: 2026 })).toMatchObject({ files: [path], entries: 1 });
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Fixed &lt;img src=x onerror=alert(1)&gt; &amp; more');
    expect(html).toContain('<p>evil and <strong><a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noreferrer">docs</a></strong></p>');
    expect(html).toContain('<li>Level: ★ Product value</li><li>Impact: Saved &quot;a lot&quot;</li>');
  });
});
