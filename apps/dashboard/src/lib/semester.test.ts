import { describe, expect, it } from 'vitest';
import { currentSemester, isSemester, previousSemester, recentSemesters } from './semester';

describe('currentSemester', () => {
  it('is the autumn semester from September to January', () => {
    expect(currentSemester(new Date(2024, 8, 1))).toBe('2024-2025-1');
    expect(currentSemester(new Date(2024, 11, 31))).toBe('2024-2025-1');
    expect(currentSemester(new Date(2025, 0, 31))).toBe('2024-2025-1');
  });

  it('is the spring semester from February to August', () => {
    expect(currentSemester(new Date(2025, 1, 1))).toBe('2024-2025-2');
    expect(currentSemester(new Date(2025, 7, 31))).toBe('2024-2025-2');
  });
});

describe('semester codes', () => {
  it('checks the form and the consecutive years', () => {
    expect(isSemester('2024-2025-1')).toBe(true);
    expect(isSemester('2024-2025-2')).toBe(true);
    expect(isSemester('2024-2026-1')).toBe(false);
    expect(isSemester('2024-2025-3')).toBe(false);
    expect(isSemester(null)).toBe(false);
  });

  it('steps back one semester at a time', () => {
    expect(previousSemester('2024-2025-2')).toBe('2024-2025-1');
    expect(previousSemester('2024-2025-1')).toBe('2023-2024-2');
    expect(recentSemesters('2024-2025-1', 3)).toEqual(['2024-2025-1', '2023-2024-2', '2023-2024-1']);
  });
});
