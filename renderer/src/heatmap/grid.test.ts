import { describe, expect, it } from 'vitest';
import { buildHeatmap, heatmapStart, intensity } from './grid';

describe('activity heatmap layout', () => {
  it('starts on a Monday so that each column is one week', () => {
    expect(heatmapStart('2025-03-12', 1)).toBe('2025-03-10'); // Wednesday → that Monday
    expect(heatmapStart('2025-03-10', 2)).toBe('2025-03-03');
    expect(heatmapStart('2025-03-16', 1)).toBe('2025-03-10'); // Sunday belongs to the week before
  });

  it('ends with the week holding today, later days marked as future', () => {
    const map = buildHeatmap([], '2025-03-12', 4);
    expect(map.weeks).toHaveLength(4);
    const last = map.weeks[3]!;
    expect(last.map((c) => c.day)).toEqual([
      '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16',
    ]);
    expect(last.map((c) => c.future)).toEqual([false, false, false, true, true, true, true]);
  });

  it('places counts on their days and totals them, ignoring days outside the range', () => {
    const map = buildHeatmap(
      [
        { day: '2025-03-11', count: 2 },
        { day: '2025-03-12', count: 5 },
        { day: '2024-01-01', count: 9 },
        { day: '2025-03-20', count: 1 },
      ],
      '2025-03-12',
      2,
    );
    const cells = map.weeks.flat();
    expect(cells.find((c) => c.day === '2025-03-11')?.level).toBe(2);
    expect(cells.find((c) => c.day === '2025-03-12')?.level).toBe(4);
    expect(map.total).toBe(7);
    expect(map.activeDays).toBe(2);
  });

  it('labels the month where each new month starts', () => {
    const map = buildHeatmap([], '2025-03-12', 6); // from Mon 3 Feb 2025
    expect(map.months).toEqual([{ label: 'Mar', column: 3 }]);
  });

  it('steps intensity gently', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(intensity)).toEqual([0, 1, 2, 3, 3, 4, 4]);
  });
});
