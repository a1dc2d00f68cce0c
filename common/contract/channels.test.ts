import { describe, expect, it } from 'vitest';
import { CHANNELS } from './index';
import { CHANNEL_NAMES } from './channels';

describe('channel list', () => {
  it('names exactly the operations of the contract, in order', () => {
    expect([...CHANNEL_NAMES]).toEqual(CHANNELS.map((c) => c.channel));
  });
});
