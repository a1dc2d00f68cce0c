/** Markdown and HTML export of every block type and mark, with escaping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { toHtml } from './export-html';
import { toMarkdown } from '../doc-format/markdown';
import { exportFilename } from '../doc-format/shared';

type MarkSpec = string | { type: string; attrs: Record<string, unknown> };
const t = (text: string, ...marks: MarkSpec[]): DocNode =>
  marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const p = (...content: DocNode[]): DocNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const ul = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items });
const ol = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items });
const br: DocNode = { type: 'hardBreak' };
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** One of every block type and mark. */
const EVERYTHING = doc(
  { type: 'heading', attrs: { level: 2 }, content: [t('Plans for C#')] },
  { type: 'heading', attrs: { level: 3 }, content: [t('Smaller')] },
  p(t('Plain, '), t('bold', 'bold'), t(' and '), t('italic', 'italic'), t(', '), t('both', 'bold', 'italic'), t(', '), t('a*b', 'code'), t(', '), t('gone', 'strike'), t(' and '), t('under', 'underline'), t('.')),
  p(t('See '), t('the entry', link('#entry-01978cc7-e500-70a1-862e-e9d4d5a49a21')), t(', '), t('a site', link('https://example.com/a b')), t(' or '), t('this', link('javascript:alert(1)')), t('.')),
  p(t('First line'), br, t('second line')),
  ul(li(p(t('one')), ul(li(p(t('nested'))))), li(p(t('two')))),
  ol(3, li(p(t('three'))), li(p(t('four')), ol(1, li(p(t('inner')))))),
  { type: 'blockquote', content: [p(t('quoted')), p(t('more'))] },
  { type: 'horizontalRule' },
  { type: 'codeBlock', attrs: { language: 'ts' }, content: [t('const a = 1 < 2;')] },
  p(t('bold ', 'bold'), t('then', 'bold', 'italic'), t(' rest')),
);

describe('Markdown export', () => {
  it('writes every block type and mark', () => {
    expect(toMarkdown('H1 review', EVERYTHING)).toBe(
      [
        '# H1 review',
        '',
        '## Plans for C\\#',
        '',
        '### Smaller',
        '',
        'Plain, **bold** and *italic*, ***both***, `a*b`, ~~gone~~ and under.',
        '',
        'See [the entry](<#entry-01978cc7-e500-70a1-862e-e9d4d5a49a21>), [a site](<https://example.com/a%20b>) or this.',
        '',
        'First line\\',
        'second line',
        '',
        '- one',
        '  - nested',
        '- two',
        '',
        '3. three',
        '4. four',
        '   1. inner',
        '',
        '> quoted',
        '>',
        '> more',
        '',
        '---',
        '',
        '```ts',
        'const a = 1 < 2;',
        '```',
        '',
        '**bold *then*** rest',
        '',
      ].join('\n'),
    );
  });

  it('escapes text that would otherwise read as markup', () => {
    const md = toMarkdown(
      'Review <1> #',
      doc(
        p(t('Stars * and _under_ and [brackets] and <b>html</b> and `ticks` & &amp; | pipes ~ tilde \\ backslash')),
        p(t('# not a heading'), br, t('- not a list'), br, t('+ nor this'), br, t('> nor a quote'), br, t('2024. nor ordered'), br, t('=== nor a rule')),
      ),
    );
    expect(md.split('\n')).toEqual([
      '# Review \\<1> \\#',
      '',
      'Stars \\* and \\_under\\_ and \\[brackets\\] and \\<b>html\\</b> and \\`ticks\\` & \\&amp; \\| pipes \\~ tilde \\\\ backslash',
      '',
      '\\# not a heading\\',
      '\\- not a list\\',
      '\\+ nor this\\',
      '\\> nor a quote\\',
      '2024\\. nor ordered\\',
      '\\=== nor a rule',
      '',
    ]);
  });

  it('keeps spaces outside emphasis, fences code that contains backticks, and keeps adjacent lists apart', () => {
    const md = toMarkdown(
      'T',
      doc(
        p(t('a'), t(' spaced ', 'bold'), t('b'), t('   ', 'italic'), t('c')),
        p(t('x `y` z', 'code'), t(' and '), t('`edge', 'code')),
        { type: 'codeBlock', content: [t('```\nfenced')] },
        ul(li(p(t('first list')))),
        ul(li(p(t('second list')))),
        ol(1, li(p(t('first')))),
        ol(1, li(p(t('second')))),
      ),
    );
    expect(md.split('\n').slice(2)).toEqual([
      'a **spaced** b   c',
      '',
      '``x `y` z`` and `` `edge ``',
      '',
      '````',
      '```',
      'fenced',
      '````',
      '',
      '- first list',
      '',
      '* second list',
      '',
      '1. first',
      '',
      '1) second',
      '',
    ]);
  });

  it('keeps every character of the text: removing the escapes gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !s.includes('\n')), (s) => {
        const md = toMarkdown('T', doc(p(t(s))));
        const body = md.slice('# T\n\n'.length, -1);
        expect(body.replace(/\\([!-/:-@[-`{-~])/g, '$1')).toBe(s.trim());
      }),
    );
  });

  it('writes the text of nodes it has no syntax for, and leaves out empty paragraphs', () => {
    const md = toMarkdown(
      'T',
      doc(p(), { type: 'callout', content: [p(t('inside'))] }, p(t('Hi '), { type: 'mention', attrs: { id: 'x', label: 'Dana' } })),
    );
    expect(md).toBe('# T\n\ninside\n\nHi @Dana\n');
  });
});

describe('HTML export', () => {
  const body = (html: string) => html.slice(html.indexOf('<main>') + '<main>\n'.length, html.indexOf('\n</main>'));

  it('writes every block type and mark', () => {
    expect(body(toHtml('H1 review', EVERYTHING)).split('\n')).toEqual([
      '<h1>H1 review</h1>',
      '<h2>Plans for C#</h2>',
      '<h3>Smaller</h3>',
      '<p>Plain, <strong>bold</strong> and <em>italic</em>, <strong><em>both</em></strong>, <code>a*b</code>, <s>gone</s> and <u>under</u>.</p>',
      '<p>See <a href="#entry-01978cc7-e500-70a1-862e-e9d4d5a49a21">the entry</a>, <a href="https://example.com/a b">a site</a> or this.</p>',
      '<p>First line<br>second line</p>',
      '<ul>',
      '<li><p>one</p>',
      '<ul>',
      '<li><p>nested</p></li>',
      '</ul></li>',
      '<li><p>two</p></li>',
      '</ul>',
      '<ol start="3">',
      '<li><p>three</p></li>',
      '<li><p>four</p>',
      '<ol>',
      '<li><p>inner</p></li>',
      '</ol></li>',
      '</ol>',
      '<blockquote>',
      '<p>quoted</p>',
      '<p>more</p>',
      '</blockquote>',
      '<hr>',
      '<pre><code class="language-ts">const a = 1 &lt; 2;</code></pre>',
      '<p><strong>bold </strong><strong><em>then</em></strong> rest</p>',
    ]);
  });

  it('is a standalone page: no scripts, nothing loaded from anywhere', () => {
    const html = toHtml('Q1 <script>alert(1)</script>', doc(p(t('<img src=x onerror=alert(1)>')), p(t('x', link('https://example.com')))));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('<title>Q1 &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).not.toMatch(/<(?:script|img|link|iframe|object|embed)\b|@import|url\(/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes every text and attribute: the text reads back exactly', () => {
    const tags = /<\/?(?:p|strong|em|a)(?: href="[^"]*")?>/g;
    const decode = (s: string) =>
      s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((s) => !s.includes('\n')), fc.string({ maxLength: 40 }), (s, href) => {
        const html = body(toHtml('T', doc(p(t(s, 'bold', 'italic'), t('.', link(`https://x.test/${href}`))))));
        const line = html.split('\n')[1]!;
        const hrefs = [...line.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!));
        const text = line.replace(tags, '');
        expect(text).not.toMatch(/[<>"]/);
        expect(decode(text)).toBe(`${s}.`);
        // eslint-disable-next-line no-control-regex -- control characters make an href unsafe: it is dropped
        if (!/[\u0000-\u001f\u007f]/.test(href)) expect(hrefs).toEqual([`https://x.test/${href}`]);
      }),
    );
  });
});

describe('export file names', () => {
  it('are made from the title, safe on every file system', () => {
    expect(exportFilename('Self-review · 1 Jan – 30 Jun 2025', 'md')).toBe('self-review-1-jan-30-jun-2025.md');
    expect(exportFilename('Évaluation: "H1"/2025?', 'html')).toBe('evaluation-h1-2025.html');
    expect(exportFilename('★★★', 'md')).toBe('review.md');
  });
});
