import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import type { ClassRosterEntry, CollegeRoster } from './api/college-roster.query';
import { rosterSummaryCards } from './roster-summary';

const t = (key: keyof typeof zh, params?: Record<string, string | number>) => format(zh[key], params);

const summary = (over: Partial<CollegeRoster['summary']> = {}): CollegeRoster['summary'] => ({
  classes: 12,
  classesCovered: 11,
  classCoverage: 11 / 12,
  dormitories: 4,
  dormitoriesCovered: 4,
  dormCoverage: 1,
  committeeMembers: 1234,
  dormOfficers: 4,
  ...over,
});

const cls: ClassRosterEntry = {
  active: true,
  covered: true,
  enrolledCount: 3,
  classGroup: { id: 'A', code: 'A', name: 'A', grade: '2024', counselor: null },
  committeeMembers: [],
};

const roster = (over: Partial<CollegeRoster> = {}): CollegeRoster => ({
  level: 'UNDERGRADUATE',
  college: { id: '1', code: 'C1', name: 'C1' },
  summary: summary(),
  hasWorkstation: true,
  missingPositions: [],
  workingGroup: [],
  workstation: null,
  classes: [],
  dormitories: [],
  ...over,
});

const shown = (r: CollegeRoster, whole = true) =>
  rosterSummaryCards(r, whole, t, 'zh-CN').map((c) => [c.testId, c.value, c.detail, c.tone ?? 'normal']);

describe('rosterSummaryCards', () => {
  it('shows the API rates with one decimal, the counts and the covered / total', () => {
    expect(shown(roster())).toEqual([
      ['roster-classes', '91.7%', format(zh['overview.kpi.covered'], { n: 11, d: 12 }), 'warning'],
      ['roster-dorms', '100.0%', format(zh['overview.kpi.covered'], { n: 4, d: 4 }), 'normal'],
      ['roster-committee-members', '1,234', undefined, 'normal'],
      ['roster-dorm-officers', '4', undefined, 'normal'],
    ]);
  });

  it("shows summary.classCoverage and summary.dormCoverage, not covered / total, when they differ", () => {
    const r = roster({ summary: summary({ classes: 4, classesCovered: 1, classCoverage: 0.5, dormitories: 3, dormitoriesCovered: 3, dormCoverage: 0.25 }) });
    expect(shown(r).slice(0, 2).map(([id, value]) => [id, value])).toEqual([
      ['roster-classes', '50.0%'],
      ['roster-dorms', '25.0%'],
    ]);
  });

  it('shows 0/0 as the API gives it (0.0%)', () => {
    const r = roster({ summary: summary({ classes: 0, classesCovered: 0, classCoverage: 0 }) });
    expect(shown(r)[0]).toEqual(['roster-classes', '0.0%', format(zh['overview.kpi.covered'], { n: 0, d: 0 }), 'normal']);
  });

  it('leaves out the kind a user with partial access does not see', () => {
    expect(shown(roster({ classes: [cls] }), false).map(([id]) => id)).toEqual(['roster-classes', 'roster-committee-members']);
    expect(shown(roster(), false)).toEqual([]);
  });
});
