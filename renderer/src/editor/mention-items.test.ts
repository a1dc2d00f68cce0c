import { describe, expect, it } from 'vitest';
import type { StakeholderSummary } from '../../../common/contract';
import { mentionItems } from './mention-items';

function person(id: string, name: string, archived = false): StakeholderSummary {
  return {
    id,
    name,
    role: null,
    direction: 'up',
    keyDecider: false,
    influence: 3,
    motivations: null,
    influences: null,
    notes: null,
    connections: [],
    createdAt: '',
    updatedAt: '',
    archivedAt: archived ? '2025-01-01T00:00:00Z' : null,
    entriesSeen: 0,
    lastSeenOn: null,
    highestLevelSeen: null,
  };
}

const people = [person('1', 'Dana Reyes'), person('2', 'Aidan Cole'), person('3', 'Danielle Old', true), person('4', 'Bo')];
const names = (q: string) => mentionItems(people, q).map((i) => (i.kind === 'person' ? i.name : `+${i.name}`));

describe('mention type-ahead', () => {
  it('lists names starting with the query before names containing it, and offers to add a new person', () => {
    expect(names('dan')).toEqual(['Dana Reyes', 'Aidan Cole', '+dan']);
  });

  it('does not offer archived people', () => {
    expect(names('danielle')).toEqual(['+danielle']);
  });

  it('offers no "add" when the name already exists', () => {
    expect(names('bo')).toEqual(['Bo']);
  });

  it('shows everyone for an empty query, without an "add" line', () => {
    expect(names('')).toEqual(['Dana Reyes', 'Aidan Cole', 'Bo']);
  });
});
