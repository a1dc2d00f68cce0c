import { describe, expect, it } from 'vitest';
import { entryHref, entryIdFromHref, timelineHref } from '../../../common/contract';
import { clipboardFragment } from './export-file';
import { routeForHref } from './entry-links';

const ID = '01900000-0000-7000-8000-00000000abcd';

describe('links in a review', () => {
  it('an entry link made by the core leads to that entry’s page', () => {
    expect(routeForHref(entryHref(ID))).toBe(`/entry/${ID}`);
  });

  it('agrees with the contract on what is and is not an entry link', () => {
    for (const href of [entryHref(ID), 'scopebook://entry/', 'scopebook://entry/../x', 'https://example.com', 'scopebook://person/' + ID, `${entryHref(ID)}x`]) {
      const id = entryIdFromHref(href);
      expect(routeForHref(href)).toBe(id === null ? null : `/entry/${id}`);
    }
    expect(routeForHref(null)).toBeNull();
    expect(routeForHref('')).toBeNull();
  });
});

describe('copying an exported HTML file', () => {
  it('keeps what is inside <main> and drops the head, styles and the page around it', () => {
    const html = '<!doctype html><html><head><style>x{}</style></head><body>\n<main>\n<h1>T</h1>\n<p>a</p>\n</main>\n</body></html>';
    expect(clipboardFragment(html)).toBe('<h1>T</h1>\n<p>a</p>');
    expect(clipboardFragment('<body><p>b</p></body>')).toBe('<p>b</p>');
    expect(clipboardFragment('<p>c</p>')).toBe('<p>c</p>');
  });

  it('opens a figure\'s link on the timeline filtered to what it counts', () => {
    expect(routeForHref(timelineHref('level=project&level=value&from=2025-01-01&to=2025-06-30'))).toBe(
      '/timeline?level=project&level=value&from=2025-01-01&to=2025-06-30',
    );
    expect(routeForHref('scopebook://timeline?')).toBe('/timeline');
  });
});
