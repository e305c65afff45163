import { describe, expect, it } from 'vitest';
import type { ClassRosterEntry, CollegeRoster, DormRosterEntry } from './api/college-roster.query';
import { rosterGaps } from './gaps';

const cls = (code: string, active: boolean, covered: boolean): ClassRosterEntry => ({
  active,
  covered,
  enrolledCount: active ? 3 : 0,
  classGroup: { id: code, code, name: code, grade: '2024', counselor: null },
  committeeMembers: [],
});
const dorm = (code: string, active: boolean, covered: boolean): DormRosterEntry => ({
  active,
  covered,
  enrolledResidents: active ? 2 : 0,
  dormitory: { id: code, code, building: 'B', room: code },
  officer: null,
  suggestedOfficer: null,
});

const roster = (over: Partial<CollegeRoster> = {}): CollegeRoster => ({
  level: 'GRADUATE',
  college: { id: '1', code: 'C1', name: 'C1' },
  summary: {
    classes: 0,
    classesCovered: 0,
    classCoverage: 0,
    dormitories: 0,
    dormitoriesCovered: 0,
    dormCoverage: 0,
    committeeMembers: 0,
    dormOfficers: 0,
  },
  hasWorkstation: true,
  missingPositions: [],
  workingGroup: [],
  workstation: { id: 'w', room: '101', facilities: ['SOFA', 'BOOKS', 'TEA_TABLE', 'TALK_TABLE_CHAIRS'], missingFacilities: [], version: 1 },
  classes: [],
  dormitories: [],
  ...over,
});

describe('rosterGaps', () => {
  it('lists active classes and dorms without a post holder, not inactive or covered ones', () => {
    const g = rosterGaps(
      roster({
        classes: [cls('A', true, true), cls('B', true, false), cls('C', false, false)],
        dormitories: [dorm('D1', true, false), dorm('D2', false, false), dorm('D3', true, true)],
      }),
      'GRADUATE',
      true,
    );
    expect(g.classes.map((c) => c.classGroup.code)).toEqual(['B']);
    expect(g.dorms.map((d) => d.dormitory.code)).toEqual(['D1']);
    expect(g.count).toBe(2);
  });

  it('lists missing positions with the holders who serve the other level only', () => {
    const member = { id: 'm', position: 'DEAN' as const, levels: ['UNDERGRADUATE' as const], staff: { id: 's', staffNo: 'T1', name: '王' } };
    const g = rosterGaps(roster({ missingPositions: ['DEAN', 'COUNSELOR'], workingGroup: [member] }), 'GRADUATE', true);
    expect(g.positions).toEqual([
      { position: 'DEAN', holdersElsewhere: [member] },
      { position: 'COUNSELOR', holdersElsewhere: [] },
    ]);
  });

  it('counts a workstation as missing when the API says it is not set up, and lists missing facilities of one that is', () => {
    expect(rosterGaps(roster({ workstation: null, hasWorkstation: false }), 'GRADUATE', true)).toMatchObject({
      workstationMissing: true,
      facilities: [],
      count: 1,
    });
    const ws = { id: 'w', room: '  ', facilities: [], missingFacilities: ['SOFA' as const], version: 1 };
    expect(rosterGaps(roster({ workstation: ws, hasWorkstation: false }), 'GRADUATE', true)).toMatchObject({ workstationMissing: true, facilities: [] });
    const partial = { ...ws, room: '201', facilities: ['BOOKS' as const], missingFacilities: ['SOFA' as const] };
    expect(rosterGaps(roster({ workstation: partial, hasWorkstation: true }), 'GRADUATE', true)).toMatchObject({
      workstationMissing: false,
      facilities: ['SOFA'],
      count: 1,
    });
  });

  it("takes 'workstation set up' from the API's hasWorkstation, not from the room text", () => {
    // The room looks set up, but the API says it is not: the API wins.
    const ws = { id: 'w', room: '201', facilities: [], missingFacilities: ['SOFA' as const], version: 1 };
    expect(rosterGaps(roster({ workstation: ws, hasWorkstation: false }), 'GRADUATE', true)).toMatchObject({
      workstationMissing: true,
      facilities: [],
      count: 1,
    });
    // A room the dashboard would have called blank, but the API counts: set up.
    const blank = { ...ws, room: '  ', missingFacilities: [] };
    expect(rosterGaps(roster({ workstation: blank, hasWorkstation: true }), 'GRADUATE', true)).toMatchObject({ workstationMissing: false, count: 0 });
  });

  it('leaves college-wide parts out for users who see only some classes or dorms', () => {
    const g = rosterGaps(
      roster({ missingPositions: ['DEAN'], workstation: null, hasWorkstation: false, classes: [cls('B', true, false)] }),
      'GRADUATE',
      false,
    );
    expect(g).toMatchObject({ positions: [], workstationMissing: false, facilities: [], count: 1 });
  });
});
