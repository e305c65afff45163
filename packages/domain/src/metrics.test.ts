import { describe, expect, it } from 'vitest';
import { COVERAGE_COUNTS, rate, sumRows } from './metrics.js';

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
});
