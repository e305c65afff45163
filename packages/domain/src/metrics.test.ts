import { describe, expect, it } from 'vitest';
import { COVERAGE_COUNTS, coverageRates, isActivePost, rate, sumRows } from './metrics.js';

describe('metric arithmetic', () => {
  it('a rate over an empty denominator is 0, not NaN', () => {
    expect(rate(0, 0)).toBe(0);
    expect(rate(3, 4)).toBe(0.75);
  });
  it('the total row sums every count of the college rows', () => {
    const row = (n: number) => Object.fromEntries(COVERAGE_COUNTS.map((k) => [k, n])) as Record<(typeof COVERAGE_COUNTS)[number], number>;
    const t = sumRows(COVERAGE_COUNTS, [row(1), row(2)]);
    expect(t.classes).toBe(3);
    expect(t.colleges).toBe(3);
  });
  it('every rate is its numerator over its denominator, and only rates whose counts are given', () => {
    expect(coverageRates({ classes: 4, classesCovered: 3, dormitories: 0, dormitoriesCovered: 0 })).toEqual({ classCoverage: 0.75, dormCoverage: 0 });
  });
});

describe('isActivePost', () => {
  const post = { endedOn: null, unitId: 7 };
  it('counts a running post whose student is enrolled in that class or dorm', () => {
    expect(isActivePost(post, { status: 'ENROLLED', unitId: 7 })).toBe(true);
  });
  it('does not count an ended post, a student who moved, or one who is not enrolled', () => {
    expect(isActivePost({ endedOn: '2025-01-01', unitId: 7 }, { status: 'ENROLLED', unitId: 7 })).toBe(false);
    expect(isActivePost(post, { status: 'ENROLLED', unitId: 8 })).toBe(false);
    expect(isActivePost(post, { status: 'ENROLLED', unitId: null })).toBe(false);
    expect(isActivePost(post, { status: 'SUSPENDED', unitId: 7 })).toBe(false);
  });
});
