import { describe, expect, it } from 'vitest';
import { notEmails, parseEmails } from './emails';

describe('email lists as typed', () => {
  it('splits on commas, semicolons, spaces and lines, lower-cases, drops repeats and angle brackets', () => {
    expect(parseEmails(' Me@Work.com, me@work.com;\n<old@home.org>  ')).toEqual(['me@work.com', 'old@home.org']);
    expect(parseEmails('')).toEqual([]);
  });
  it('names what is not an address', () => {
    expect(notEmails(['me@work.com', 'me', 'a@b'])).toEqual(['me', 'a@b']);
  });
});
