import { describe, expect, it } from 'vitest';
import { csvRows } from '@/components/value-table';
import { format } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import type { CoverageHistoryPoint } from './coverage-history.query';
import { trendChartPoints, trendColumns, trendEmptyReason } from './trend-columns';

const t = (key: keyof typeof zh, params?: Record<string, string | number>) => format(zh[key], params);

const week = (weekStart: string, c: Partial<CoverageHistoryPoint> = {}): CoverageHistoryPoint => {
  const p = { weekStart, measuredOn: weekStart, classes: 4, classesCovered: 2, dormitories: 2, dormitoriesCovered: 1, ...c };
  return { classCoverage: p.classes ? p.classesCovered / p.classes : 0, dormCoverage: p.dormitories ? p.dormitoriesCovered / p.dormitories : 0, ...p };
};

describe('coverage trend', () => {
  it('has nothing to draw before the semester begins, without classes and dorms, or without any post held', () => {
    expect(trendEmptyReason([])).toBe('notStarted');
    expect(trendEmptyReason([week('2025-09-01', { classes: 0, classesCovered: 0, dormitories: 0, dormitoriesCovered: 0 })])).toBe('noUnits');
    expect(trendEmptyReason([week('2025-09-01', { classesCovered: 0, dormitoriesCovered: 0 }), week('2025-09-08', { classesCovered: 0, dormitoriesCovered: 0 })])).toBe('noHistory');
    expect(trendEmptyReason([week('2025-09-01', { classesCovered: 0, dormitoriesCovered: 0 }), week('2025-09-08', { dormitoriesCovered: 0 })])).toBeNull();
  });

  it('leaves a 0/0 rate out of its line (a gap, not 0%) and writes "—" in the table and CSV', () => {
    const points = [week('2025-09-01', { dormitories: 0, dormitoriesCovered: 0 })];
    expect(trendChartPoints(points).map((p) => [p.classRate, p.dormRate])).toEqual([[0.5, null]]);
    expect(csvRows(trendColumns(t, 'zh-CN'), points)).toEqual([['2025-09-01', '2025-09-01', 4, 2, '50.0%', 0, 0, '—']]);
  });
});
