import { describe, expect, it } from 'vitest';
import type { StakeholderSummary } from '../../../common/contract';
import type { Direction } from '../../../common/vocabulary';
import { groupByDirection } from './group';

function person(name: string, direction: Direction): StakeholderSummary {
  return {
    id: name,
    name,
    role: null,
    direction,
    keyDecider: false,
    influence: 3,
    motivations: null,
    influences: null,
    notes: null,
    connections: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    archivedAt: null,
    entriesSeen: 0,
    lastSeenOn: null,
    highestLevelSeen: null,
  };
}

describe('people grouped by direction', () => {
  it('lists the six directions in order, down first and outside last, even when empty', () => {
    const groups = groupByDirection([person('Ana', 'up')]);
    expect(groups.map((g) => g.direction)).toEqual(['down', 'sideways', 'up', 'diagonal-up', 'skip-level', 'outside']);
    expect(groups.find((g) => g.direction === 'up')?.people.map((p) => p.name)).toEqual(['Ana']);
    expect(groups.find((g) => g.direction === 'down')?.people).toEqual([]);
  });

  it('sorts each group by name, ignoring case and accents', () => {
    const groups = groupByDirection([person('émile', 'sideways'), person('Bo', 'sideways'), person('dana', 'sideways')]);
    expect(groups[1]!.people.map((p) => p.name)).toEqual(['Bo', 'dana', 'émile']);
  });
});
