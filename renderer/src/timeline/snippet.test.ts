import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as CONTRACT_END, HIGHLIGHT_START as CONTRACT_START } from '../../../common/contract/entries';
import { HIGHLIGHT_END, HIGHLIGHT_START, splitSnippet } from './snippet';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

describe('search snippets', () => {
  it('uses the contract markers', () => {
    expect(HIGHLIGHT_START).toBe(CONTRACT_START);
    expect(HIGHLIGHT_END).toBe(CONTRACT_END);
  });

  it('splits plain and highlighted runs', () => {
    expect(splitSnippet(`…the ${S}launch${E} went well, ${S}launch${E} day…`)).toEqual([
      { text: '…the ', hit: false },
      { text: 'launch', hit: true },
      { text: ' went well, ', hit: false },
      { text: 'launch', hit: true },
      { text: ' day…', hit: false },
    ]);
  });

  it('returns plain text unchanged', () => {
    expect(splitSnippet('no match here')).toEqual([{ text: 'no match here', hit: false }]);
  });

  it('never shows a stray marker and merges adjacent runs', () => {
    expect(splitSnippet(`${S}a${E}${S}b${E}c${E}d${S}`)).toEqual([
      { text: 'ab', hit: true },
      { text: 'cd', hit: false },
    ]);
  });
});
