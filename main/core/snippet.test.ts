/** Snippets made from the query's terms (snippet.ts), directly and through entries:search. */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from '../../common/contract';
import { highlightAll, snippetMatcher, snippetOf, type SnippetTerm } from './snippet';
import { doc, ok, openJournal } from './test-helpers';

const word = (text: string, prefix = false): SnippetTerm => ({ text, prefix });

function snip(text: string, ...terms: SnippetTerm[]): string | null {
  return snippetOf(text, snippetMatcher(terms)!);
}

describe('snippets', () => {
  it('marks whole words only, in any case', () => {
    expect(snip('Reviewed the Deploy plan; deployment next', word('deploy'))).toBe(`Reviewed the ${S}Deploy${E} plan; deployment next`);
    expect(snip('redeploy tomorrow', word('deploy'))).toBeNull();
  });

  it('marks word starts for prefix terms', () => {
    expect(snip('deploys and the deployment', word('deplo', true))).toBe(`${S}deploys${E} and the ${S}deployment${E}`);
  });

  it('ignores diacritics both ways, in composed and decomposed text', () => {
    expect(snip('Coffee at the café', word('cafe'))).toBe(`Coffee at the ${S}café${E}`);
    expect(snip('a naive plan', word('naïve'))).toBe(`a ${S}naive${E} plan`);
    expect(snip('ÉCOLE', word('ecole'))).toBe(`${S}ÉCOLE${E}`);
    expect(snip('cafe\u0301 time', word('café'))).toBe(`${S}cafe\u0301${E} time`);
  });

  it('matches a phrase across any separators, and not its words apart', () => {
    expect(snip('the incident — review went well', word('incident review'))).toBe(`the ${S}incident — review${E} went well`);
    expect(snip('the review of the incident', word('incident review'))).toBeNull();
  });

  it('finds words in other scripts and never treats query symbols as patterns', () => {
    expect(snip('Привет МИР', word('мир'))).toBe(`Привет ${S}МИР${E}`);
    expect(snip('مرحبا بالعالم', word('مرحبا'))).toBe(`${S}مرحبا${E} بالعالم`);
    expect(snippetMatcher([word('(*+?'), word('[]')])).toBeNull();
    expect(snip('cost is 5.5 now', word('5.5'))).toBe(`cost is ${S}5.5${E} now`);
  });

  it('cuts a window around the first match of a long text, with ellipses', () => {
    const text = `${'Before words go here. '.repeat(40)}The rollback worked. ${'After words go here. '.repeat(40)}`;
    const s = snip(text, word('rollback'))!;
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain(`${S}rollback${E}`);
    expect(s.length).toBeLessThan(260);
    expect(s).not.toMatch(/\s{2}|\n/);
  });

  it('highlights every match of a short line', () => {
    expect(highlightAll('Plan the plan', snippetMatcher([word('plan')])!)).toBe(`${S}Plan${E} the ${S}plan${E}`);
    expect(highlightAll('nothing here', snippetMatcher([word('plan')])!)).toBeNull();
  });
});

describe('search snippets', () => {
  it('come from the text, else the impact, else the title, else the excerpt', () => {
    const { core } = openJournal();
    ok(core, 'entries:create', { body: doc('Fixed the flaky checkout test'), ownershipLevel: 'task', title: 'Checkout' });
    ok(core, 'entries:create', { body: doc('Quiet day'), ownershipLevel: 'task', impact: 'Checkout errors halved' });
    ok(core, 'entries:create', { body: doc('Nothing to see'), ownershipLevel: 'task', title: 'Checkout notes' });
    const snippets = ok(core, 'entries:search', { query: 'checkout', limit: 10 }).items.map((h) => h.snippet).sort();
    expect(snippets).toEqual(
      [`${S}Checkout${E} errors halved`, `${S}Checkout${E} notes`, `Fixed the flaky ${S}checkout${E} test`].sort(),
    );
  });

  it('fall back to the excerpt when the only match lies beyond the part of a long text searched', () => {
    const { core } = openJournal();
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const entry = ok(core, 'entries:create', { body: doc(`${filler}needle at the end`), ownershipLevel: 'task' });
    const [hit] = ok(core, 'entries:search', { query: 'needle' }).items;
    expect(hit!.entry.id).toBe(entry.id);
    expect(hit!.snippet).toBe(hit!.entry.excerpt);
    expect(hit!.snippet).not.toContain(S);
  });
});
