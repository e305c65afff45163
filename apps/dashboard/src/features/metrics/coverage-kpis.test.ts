import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import { coverageKpiCards } from './coverage-kpis';
import type { CoverageRow } from './network-coverage.query';

const t = (key: keyof typeof zh, params?: Record<string, string | number>) => format(zh[key], params);

const total = (over: Partial<CoverageRow> = {}): CoverageRow => ({
  collegeCode: null,
  collegeName: null,
  colleges: 3,
  classes: 12,
  classesCovered: 11,
  classCoverage: 11 / 12,
  dormitories: 8,
  dormitoriesCovered: 8,
  dormCoverage: 1,
  committeeMembers: 20,
  dormOfficers: 8,
  collegesWithCompleteWorkingGroup: 2,
  collegesWithWorkstation: 3,
  workingGroupCompleteness: 2 / 3,
  workstationPresence: 1,
  ...over,
});

const values = (row: CoverageRow) => Object.fromEntries(coverageKpiCards(row, t, 'zh-CN').map((c) => [c.testId, c.value]));

describe('coverage KPI cards', () => {
  it('show the six figures of the total row: rates with one decimal, plain counts', () => {
    expect(values(total())).toEqual({
      'kpi-class-coverage': '91.7%',
      'kpi-dorm-coverage': '100.0%',
      'kpi-working-group': '66.7%',
      'kpi-workstation': '100.0%',
      'kpi-committee-members': '20',
      'kpi-dorm-officers': '8',
    });
  });

  it("show the API's rates, not the counts divided, when the two differ", () => {
    const row = total({ classCoverage: 0.5, dormCoverage: 0.25, workingGroupCompleteness: 0.125, workstationPresence: 0.75 });
    expect(values(row)).toMatchObject({
      'kpi-class-coverage': '50.0%',
      'kpi-dorm-coverage': '25.0%',
      'kpi-working-group': '12.5%',
      'kpi-workstation': '75.0%',
    });
  });

  it('keep the counts as "n / d" and grade every rate on the one scale', () => {
    const cards = coverageKpiCards(total(), t, 'zh-CN');
    const card = (id: string) => cards.find((c) => c.testId === id);
    expect(card('kpi-working-group')).toMatchObject({ detail: format(zh['overview.kpi.colleges'], { n: 2, d: 3 }), grade: 'low' });
    expect(card('kpi-workstation')).toMatchObject({ detail: format(zh['overview.kpi.colleges'], { n: 3, d: 3 }), grade: 'complete' });
    expect(card('kpi-class-coverage')).toMatchObject({ detail: format(zh['overview.kpi.covered'], { n: 11, d: 12 }), grade: 'high' });
    // Counts are not rates: no grade.
    expect(card('kpi-committee-members')?.grade).toBeUndefined();
  });

  it('show a rate with nothing to count (0/0) as "—", ungraded, never 0.0%', () => {
    const empty = total({
      colleges: 0,
      classes: 0,
      classesCovered: 0,
      classCoverage: 0,
      dormitories: 0,
      dormitoriesCovered: 0,
      dormCoverage: 0,
      collegesWithCompleteWorkingGroup: 0,
      collegesWithWorkstation: 0,
      workingGroupCompleteness: 0,
      workstationPresence: 0,
    });
    expect(values(empty)).toMatchObject({ 'kpi-class-coverage': '—', 'kpi-dorm-coverage': '—', 'kpi-working-group': '—', 'kpi-workstation': '—' });
    expect(coverageKpiCards(empty, t, 'zh-CN').filter((c) => c.grade === null)).toHaveLength(4);
    // Dorms only missing: the class figure is still a real 0.0%.
    const noDorms = total({ classesCovered: 0, classCoverage: 0, dormitories: 0, dormitoriesCovered: 0, dormCoverage: 0 });
    expect(values(noDorms)).toMatchObject({ 'kpi-class-coverage': '0.0%', 'kpi-dorm-coverage': '—' });
  });
});
