import { describe, expect, it } from 'vitest';
import { coveredOnDays, parseSemester, weeksOf } from './periods.js';

describe('semesters and weeks', () => {
  it('parses semester codes', () => {
    expect(parseSemester('2024-2025-1')).toEqual({ from: '2024-09-01', to: '2025-01-31' });
    expect(parseSemester('2024-2025-2')).toEqual({ from: '2025-02-15', to: '2025-07-15' });
    expect(parseSemester('2024-2026-1')).toBeNull();
    expect(parseSemester('2024-2025-3')).toBeNull();
  });
  it('lists the weeks that overlap a range, measured on Sundays and never after the end', () => {
    const w = weeksOf({ from: '2024-09-04', to: '2024-09-18' });
    expect(w).toEqual([
      { weekStart: '2024-09-02', measuredOn: '2024-09-08' },
      { weekStart: '2024-09-09', measuredOn: '2024-09-15' },
      { weekStart: '2024-09-16', measuredOn: '2024-09-18' },
    ]);
  });
});

describe('coveredOnDays', () => {
  const days = ['2024-10-06', '2024-10-13', '2024-10-20', '2024-10-27'];
  it('counts a span from its first day up to, not including, the day it stops', () => {
    expect(coveredOnDays([{ day: '2024-10-13', n: 1 }, { day: '2024-10-27', n: -1 }], days)).toEqual([0, 1, 1, 0]);
    expect(coveredOnDays([{ day: '2024-10-14', n: 1 }], days)).toEqual([0, 0, 1, 1]);
    expect(coveredOnDays([{ day: '2024-01-01', n: 1 }, { day: '2024-10-06', n: -1 }], days)).toEqual([0, 0, 0, 0]);
  });
  it('sums the edges of many units in any order, and those before the first day', () => {
    const edges = [
      { day: '2024-10-20', n: 2 },
      { day: '2023-09-01', n: 3 },
      { day: '2024-10-13', n: -1 },
      { day: '2024-10-28', n: 5 },
    ];
    expect(coveredOnDays(edges, days)).toEqual([3, 2, 4, 4]);
    expect(coveredOnDays([], days)).toEqual([0, 0, 0, 0]);
  });
});
