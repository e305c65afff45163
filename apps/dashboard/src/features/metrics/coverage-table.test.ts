import { describe, expect, it } from 'vitest';
import { csvRows, sortRows } from '@/components/value-table';
import { format } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import { collegePoints, compactCoverageColumns, coverageColumns, hasGap, pointColumns, visibleRows, worstFirst } from './coverage-columns';
import type { CoverageRow } from './network-coverage.query';

const row = (collegeCode: string | null, c: Partial<CoverageRow> = {}): CoverageRow => {
  const r = {
    collegeCode,
    collegeName: collegeCode,
    colleges: 1,
    classes: 10,
    classesCovered: 10,
    dormitories: 4,
    dormitoriesCovered: 4,
    committeeMembers: 0,
    dormOfficers: 0,
    collegesWithCompleteWorkingGroup: 0,
    collegesWithWorkstation: 0,
    ...c,
  };
  // The rates the API would return for these counts, unless the test gives its own.
  return {
    classCoverage: r.classes ? r.classesCovered / r.classes : 0,
    dormCoverage: r.dormitories ? r.dormitoriesCovered / r.dormitories : 0,
    workingGroupCompleteness: r.colleges ? r.collegesWithCompleteWorkingGroup / r.colleges : 0,
    workstationPresence: r.colleges ? r.collegesWithWorkstation / r.colleges : 0,
    ...r,
  };
};

const t = (key: keyof typeof zh, params?: Record<string, string | number>) => format(zh[key], params);

describe('worstFirst', () => {
  it('orders by class coverage, then dorm coverage, then college code', () => {
    const sorted = worstFirst([
      row('C03'),
      row('C02', { classesCovered: 5 }),
      row('C01'),
      row('C04', { classesCovered: 2 }),
      row('C05', { dormitoriesCovered: 1 }),
    ]);
    expect(sorted.map((r) => r.collegeCode)).toEqual(['C04', 'C02', 'C05', 'C01', 'C03']);
  });

  it('does not rank a college without classes as 0% covered', () => {
    const sorted = worstFirst([row('C01', { classesCovered: 9 }), row('C02', { classes: 0, classesCovered: 0 })]);
    expect(sorted.map((r) => r.collegeCode)).toEqual(['C01', 'C02']);
  });

  it("orders by the API's rates, not by the counts divided", () => {
    // By the counts C01 (9/10) is worse than C02 (10/10); the API's rates say the opposite.
    const sorted = worstFirst([row('C01', { classesCovered: 9, classCoverage: 0.95 }), row('C02', { classCoverage: 0.5 })]);
    expect(sorted.map((r) => r.collegeCode)).toEqual(['C02', 'C01']);
  });
});

describe('college table columns', () => {
  const columns = coverageColumns({ t, language: 'zh-CN', level: 'UNDERGRADUATE', totalLabel: '全校合计' });

  it('export the texts the table shows: one-decimal percentages, "—" for 0/0, plain counts, 是/否', () => {
    const r = row('C01', { classes: 3, classesCovered: 2, dormitories: 0, dormitoriesCovered: 0, collegesWithCompleteWorkingGroup: 1, committeeMembers: 1234 });
    expect(csvRows(columns, [r])).toEqual([['C01', 'C01', 3, 2, '66.7%', 0, 0, '—', '是', '否', 1234, 0]]);
  });

  it('sort a college with nothing to count ("—") with the complete ones, not as 0%', () => {
    const rows = [row('C01', { dormitories: 0, dormitoriesCovered: 0 }), row('C02', { dormitoriesCovered: 1 }), row('C03', { dormitoriesCovered: 0 })];
    expect(sortRows(columns, rows, { key: 'dormCoverage', order: 'ascend' }).map((r) => r.collegeCode)).toEqual(['C03', 'C02', 'C01']);
  });

  it("show the API's rates when they differ from covered / total", () => {
    const r = row('C01', { classes: 3, classesCovered: 2, classCoverage: 0.5, dormitories: 4, dormitoriesCovered: 4, dormCoverage: 0.25 });
    expect(csvRows(columns, [r])[0]?.slice(4, 8)).toEqual(['50.0%', 4, 4, '25.0%']);
    const sorted = sortRows(columns, [r, row('C02', { classes: 3, classesCovered: 1, classCoverage: 0.6 })], { key: 'classCoverage', order: 'ascend' });
    expect(sorted.map((x) => x.collegeCode)).toEqual(['C01', 'C02']);
  });

  it('write the total row with the label, the number of colleges and counts', () => {
    const total = row(null, { colleges: 3, collegesWithCompleteWorkingGroup: 2, collegesWithWorkstation: 1 });
    expect(csvRows(columns, [total])[0]?.slice(0, 2)).toEqual(['全校合计', '3 个学院']);
    expect(csvRows(columns, [total])[0]?.slice(8, 10)).toEqual([2, 1]);
  });

  it('sort the rows the export writes, stably', () => {
    const rows = [row('C02', { classesCovered: 5 }), row('C01', { classesCovered: 5 }), row('C03', { classesCovered: 1 })];
    expect(sortRows(columns, rows, { key: 'classCoverage', order: 'descend' }).map((r) => r.collegeCode)).toEqual(['C02', 'C01', 'C03']);
    expect(sortRows(columns, rows, { key: 'code', order: 'ascend' }).map((r) => r.collegeCode)).toEqual(['C01', 'C02', 'C03']);
    expect(sortRows(columns, rows, null).map((r) => r.collegeCode)).toEqual(['C02', 'C01', 'C03']);
  });
});

describe('chart points', () => {
  it('leave out colleges with nothing to cover and put the worst first', () => {
    const rows = [row('C01', { dormitories: 0, dormitoriesCovered: 0 }), row('C02', { dormitoriesCovered: 1 }), row('C03', { dormitoriesCovered: 3 })];
    const points = collegePoints(rows, 'dorms');
    expect(points.map((p) => [p.collegeCode, p.covered, p.uncovered, p.total])).toEqual([
      ['C02', 1, 3, 4],
      ['C03', 3, 1, 4],
    ]);
    const columns = pointColumns('dorms', { t, language: 'en', level: 'GRADUATE' });
    expect(columns.map((c) => c.title)).toEqual(['学院代码', '学院名称', '已覆盖宿舍', '未覆盖宿舍', '宿舍', '宿舍覆盖率']);
    expect(csvRows(columns, points)).toEqual([
      ['C02', 'C02', 1, 3, 4, '25.0%'],
      ['C03', 'C03', 3, 1, 4, '75.0%'],
    ]);
  });

  it("carry the API's rate, and order by it, when it differs from covered / total", () => {
    const rows = [row('C01', { classesCovered: 2, classCoverage: 0.9 }), row('C02', { classesCovered: 8, classCoverage: 0.1 })];
    const points = collegePoints(rows, 'classes');
    expect(points.map((p) => [p.collegeCode, p.covered, p.total, p.rate])).toEqual([
      ['C02', 8, 10, 0.1],
      ['C01', 2, 10, 0.9],
    ]);
    expect(csvRows(pointColumns('classes', { t, language: 'zh-CN', level: 'GRADUATE' }), points).map((r) => r[5])).toEqual(['10.0%', '90.0%']);
  });
});

describe('side-by-side (compact) columns', () => {
  const columns = compactCoverageColumns({ t, language: 'en', level: 'GRADUATE', totalLabel: 'Total' });

  it('keep five columns: the college, both rates with their counts, working group and workstation', () => {
    expect(columns.map((c) => c.key)).toEqual(['college', 'classCoverage', 'dormCoverage', 'workingGroup', 'workstation']);
    const r = row('C01', { classes: 3, classesCovered: 1, dormitories: 0, dormitoriesCovered: 0, collegesWithWorkstation: 1 });
    expect(csvRows(columns, [r])).toEqual([['C01', '33.3% (1/3)', '—', '否', '是']]);
    const total = row(null, { colleges: 2, classes: 20, classesCovered: 20 });
    expect(csvRows(columns, [total])[0]?.slice(0, 3)).toEqual(['Total', '100.0% (20/20)', '100.0% (4/4)']);
  });
});

describe('only colleges with gaps', () => {
  const full = { collegesWithCompleteWorkingGroup: 1, collegesWithWorkstation: 1 };
  const rows = [
    row('C01', full),
    row('C02', { ...full, classesCovered: 9 }),
    row('C03', { ...full, dormitoriesCovered: 3 }),
    row('C04', { ...full, collegesWithCompleteWorkingGroup: 0 }),
    row('C05', { ...full, collegesWithWorkstation: 0 }),
    row('C06', { ...full, dormitories: 0, dormitoriesCovered: 0 }),
  ];

  it('a gap is any figure short: a class, a dorm, the working group or the workstation; nothing to count is no gap', () => {
    expect(rows.filter(hasGap).map((r) => r.collegeCode)).toEqual(['C02', 'C03', 'C04', 'C05']);
  });

  it('filter the table rows and so the CSV, which writes the rows shown', () => {
    const columns = coverageColumns({ t, language: 'zh-CN', level: 'UNDERGRADUATE', totalLabel: '全校合计' });
    expect(visibleRows(rows, false)).toHaveLength(6);
    const shown = worstFirst(visibleRows(rows, true));
    expect(csvRows(columns, shown).map((r) => r[0])).toEqual(['C02', 'C03', 'C04', 'C05']);
  });

  it('keep in each chart only the colleges with an uncovered class (dorm)', () => {
    expect(collegePoints(rows, 'classes', true).map((p) => p.collegeCode)).toEqual(['C02']);
    expect(collegePoints(rows, 'dorms', true).map((p) => p.collegeCode)).toEqual(['C03']);
    expect(collegePoints(rows, 'dorms', false).map((p) => p.collegeCode)).toEqual(['C03', 'C01', 'C02', 'C04', 'C05']);
  });
});

describe('chart bars as rates', () => {
  it("draw each bar as the API's rate and the rest, adding up to 100%, graded", () => {
    const points = collegePoints([row('C01', { classesCovered: 9 }), row('C02', { classesCovered: 7 }), row('C03')], 'classes');
    expect(points.map((p) => [p.collegeCode, p.coveredShare, +p.uncoveredShare.toFixed(6), p.grade])).toEqual([
      ['C02', 0.7, 0.3, 'low'],
      ['C01', 0.9, 0.1, 'high'],
      ['C03', 1, 0, 'complete'],
    ]);
  });
});
