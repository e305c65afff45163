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

  it('keep the counts as "n / d" and warn when the numerator is below the denominator', () => {
    const cards = coverageKpiCards(total(), t, 'zh-CN');
    const card = (id: string) => cards.find((c) => c.testId === id);
    expect(card('kpi-working-group')).toMatchObject({ detail: format(zh['overview.kpi.colleges'], { n: 2, d: 3 }), tone: 'warning' });
    expect(card('kpi-workstation')).toMatchObject({ detail: format(zh['overview.kpi.colleges'], { n: 3, d: 3 }), tone: 'normal' });
    expect(card('kpi-class-coverage')).toMatchObject({ detail: format(zh['overview.kpi.covered'], { n: 11, d: 12 }), tone: 'warning' });
  });

  it('show a report with no college as 0.0% (0/0 is 0 in the API)', () => {
    const empty = total({ colleges: 0, collegesWithCompleteWorkingGroup: 0, collegesWithWorkstation: 0, workingGroupCompleteness: 0, workstationPresence: 0 });
    expect(values(empty)).toMatchObject({ 'kpi-working-group': '0.0%', 'kpi-workstation': '0.0%' });
  });
});
