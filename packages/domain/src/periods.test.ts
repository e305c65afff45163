import { describe, expect, it } from 'vitest';
import { parseSemester, unitsCoveredOn, weeksOf } from './periods.js';

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

describe('unitsCoveredOn', () => {
  const days = ['2024-10-06', '2024-10-13', '2024-10-20', '2024-10-27'];
  it('counts a post from its start day up to, not including, its end day', () => {
    expect(unitsCoveredOn([{ unitId: 1, startedOn: '2024-10-13', endedOn: '2024-10-27' }], days)).toEqual([0, 1, 1, 0]);
    expect(unitsCoveredOn([{ unitId: 1, startedOn: '2024-10-14', endedOn: null }], days)).toEqual([0, 0, 1, 1]);
    expect(unitsCoveredOn([{ unitId: 1, startedOn: '2024-01-01', endedOn: '2024-10-06' }], days)).toEqual([0, 0, 0, 0]);
  });
  it('counts a unit once however many of its posts run, and gaps between its posts as gaps', () => {
    const runs = [
      { unitId: 7, startedOn: '2024-10-01', endedOn: null },
      { unitId: 7, startedOn: '2024-10-10', endedOn: '2024-10-21' },
      { unitId: 8, startedOn: '2024-10-01', endedOn: '2024-10-13' },
      { unitId: 8, startedOn: '2024-10-20', endedOn: null },
      { unitId: 9, startedOn: '2024-10-06', endedOn: '2024-10-13' },
      { unitId: 9, startedOn: '2024-10-13', endedOn: '2024-10-20' },
    ];
    // 7: every day; 8: the 6th, then from the 20th; 9: the 6th and the 13th (the successor starts the day the first ends).
    expect(unitsCoveredOn(runs, days)).toEqual([3, 2, 2, 2]);
  });
  it('is the same as checking every unit on every day', () => {
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const date = (k: number) => `2024-10-${String(1 + k).padStart(2, '0')}`;
    const many = Array.from({ length: 300 }, () => {
      const s = rnd(28);
      return { unitId: rnd(40), startedOn: date(s), endedOn: rnd(3) ? date(s + rnd(28 - s)) : null };
    });
    const everyDay = Array.from({ length: 28 }, (_, k) => date(k));
    const naive = everyDay.map((d) => new Set(many.filter((r) => r.startedOn <= d && (r.endedOn === null || r.endedOn > d)).map((r) => r.unitId)).size);
    expect(unitsCoveredOn(many, everyDay)).toEqual(naive);
  });
});
