import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('hash routes', () => {
  it('reads path segments and query parameters, with or without #', () => {
    const r = parseHash('#/timeline?level=project&level=task&tag=ops');
    expect(r.path).toEqual(['timeline']);
    expect(r.query.getAll('level')).toEqual(['project', 'task']);
    expect(r.query.get('tag')).toBe('ops');
    expect(parseHash('/people/abc').path).toEqual(['people', 'abc']);
  });

  it('treats an empty hash as the home route', () => {
    expect(parseHash('').path).toEqual([]);
    expect(parseHash('#/').path).toEqual([]);
  });

  it('round-trips segments that need escaping', () => {
    const hash = formatHash(['people', 'a/b c'], 'q=x%20y');
    expect(hash).toBe('#/people/a%2Fb%20c?q=x%20y');
    const back = parseHash(hash);
    expect(back.path).toEqual(['people', 'a/b c']);
    expect(back.query.get('q')).toBe('x y');
  });

  it('leaves the query out when it is empty', () => {
    expect(formatHash(['trash'], new URLSearchParams())).toBe('#/trash');
  });

  it('keeps a malformed escape as typed instead of failing', () => {
    expect(parseHash('#/people/%E0%A4%A').path).toEqual(['people', '%E0%A4%A']);
  });
});
