import { describe, expect, it } from 'vitest';
import { worstFirst } from './coverage-table';
import type { CoverageRow } from './network-coverage.query';

const row = (collegeCode: string, classCoverage: number): CoverageRow => ({
  collegeCode,
  collegeName: collegeCode,
  colleges: 1,
  classes: 10,
  classesCovered: Math.round(classCoverage * 10),
  classCoverage,
  dormitories: 0,
  dormitoriesCovered: 0,
  dormCoverage: 0,
  committeeMembers: 0,
  dormOfficers: 0,
  collegesWithCompleteWorkingGroup: 0,
  collegesWithWorkstation: 0,
});

describe('worstFirst', () => {
  it('orders by class coverage, then by college code', () => {
    const sorted = worstFirst([row('C03', 1), row('C02', 0.5), row('C01', 1), row('C04', 0.2)]);
    expect(sorted.map((r) => r.collegeCode)).toEqual(['C04', 'C02', 'C01', 'C03']);
  });
});
