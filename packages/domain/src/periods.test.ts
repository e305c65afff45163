import { describe, expect, it } from 'vitest';
import { parseSemester, weeksOf } from './periods.js';

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
