import { describe, expect, it } from 'vitest';
import { chooseHome, type HomeAccess, homeIsMyPost, homeIsOverview, homePath, type HomePlace, type HomeScope } from './home';
import { withLevel } from './level';

const none: HomeScope = { all: false, collegeCodes: [], classCodes: [], dormCodes: [] };
const ALL = { ...none, all: true };
const access = (aggregate: Partial<HomeScope>, roster: Partial<HomeScope>): HomeAccess => ({
  aggregateScope: { ...none, ...aggregate },
  rosterScope: { ...none, ...roster },
});

const admin = access(ALL, ALL);
const leader = access({ collegeCodes: ['C06'] }, { collegeCodes: ['C06'] });
const counselor = access({ classCodes: ['c06-g2023-1', 'c06-g2024-1'] }, { classCodes: ['c06-g2023-1', 'c06-g2024-1'] });
const committee = access({}, { classCodes: ['c06-u2024-1'] });
const officer = access({}, { dormCodes: ['D-06-101'] });

const ug = (collegeCode: string, students: number): HomePlace => ({ collegeCode, level: 'UNDERGRADUATE', students });
const gr = (collegeCode: string, students: number): HomePlace => ({ collegeCode, level: 'GRADUATE', students });

describe('chooseHome', () => {
  it('keeps the school overview for the school and the Center', () => {
    expect(homeIsOverview(admin)).toBe(true);
    expect(chooseHome(admin, [])).toEqual({ kind: 'overview', level: 'UNDERGRADUATE' });
    expect(homeIsOverview(access(ALL, ALL))).toBe(true);
  });

  it("sends a college leader to their college's completion checklist", () => {
    expect(homeIsOverview(leader)).toBe(false);
    expect(chooseHome(leader, [ug('C06', 900), gr('C06', 120)])).toEqual({ kind: 'checklist', collegeCode: 'C06' });
    expect(chooseHome(leader, [gr('C06', 120)])).toEqual({ kind: 'checklist', collegeCode: 'C06' });
    // No students yet: still their checklist.
    expect(chooseHome(leader, [])).toEqual({ kind: 'checklist', collegeCode: 'C06' });
    // 我的名册 (/my-roster): their college's roster, at the level with most of its students.
    expect(chooseHome(leader, [ug('C06', 900), gr('C06', 120)], [], 0, true)).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'UNDERGRADUATE' });
    expect(chooseHome(leader, [gr('C06', 120)], [], 0, true)).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'GRADUATE' });
  });

  it('gives a leader of several colleges the overview of their colleges', () => {
    const two = access({ collegeCodes: ['C01', 'C02'] }, { collegeCodes: ['C01', 'C02'] });
    expect(homeIsOverview(two)).toBe(true);
    expect(chooseHome(two, [ug('C01', 10)]).kind).toBe('overview');
  });

  it('sends a graduate counselor to their classes at the graduate level', () => {
    expect(homeIsOverview(counselor)).toBe(false);
    expect(chooseHome(counselor, [gr('C06', 180)])).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'GRADUATE' });
  });

  it('takes the level with most of a counselor’s students when they serve both', () => {
    expect(chooseHome(counselor, [ug('C06', 30), gr('C06', 180)])).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'GRADUATE' });
    expect(chooseHome(counselor, [ug('C06', 90), gr('C06', 90)])).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'UNDERGRADUATE' });
  });

  it('sends a counselor with open follow-ups to the follow-up list, and one without to their classes', () => {
    const c = { ...counselor, user: { roles: ['COUNSELOR'] } };
    expect(chooseHome(c, [ug('C06', 30)], [], 2)).toEqual({ kind: 'followUps' });
    expect(homePath({ kind: 'followUps' }, withLevel)).toBe('/follow-ups');
    expect(chooseHome(c, [ug('C06', 30)], [], 0)).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'UNDERGRADUATE' });
    // A leader keeps their college's page even with follow-ups in it.
    expect(chooseHome({ ...leader, user: { roles: ['COLLEGE_LEADER'] } }, [ug('C06', 30)], [], 5).kind).not.toBe('followUps');
  });

  it('sends committee members and dorm officers to their own post', () => {
    const withRoles = (a: HomeAccess, ...roles: string[]): HomeAccess => ({ ...a, user: { roles } });
    expect(chooseHome(withRoles(committee, 'COMMITTEE_MEMBER'), [ug('C06', 32)])).toEqual({ kind: 'myPost' });
    expect(chooseHome(withRoles(officer, 'DORM_OFFICER'), [gr('C03', 4)])).toEqual({ kind: 'myPost' });
    expect(homeIsMyPost(withRoles(committee, 'COMMITTEE_MEMBER', 'DORM_OFFICER'))).toBe(true);
    // Staff who also hold a post (or whose roles are unknown) keep their roster.
    expect(homeIsMyPost(withRoles(counselor, 'COUNSELOR', 'COMMITTEE_MEMBER'))).toBe(false);
    expect(chooseHome(withRoles(counselor, 'COUNSELOR'), [gr('C06', 180)])).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'GRADUATE' });
    expect(homeIsMyPost(withRoles(committee))).toBe(false);
    expect(chooseHome(committee, [ug('C06', 32)])).toEqual({ kind: 'roster', collegeCode: 'C06', level: 'UNDERGRADUATE' });
    expect(chooseHome(officer, [gr('C03', 4)])).toEqual({ kind: 'roster', collegeCode: 'C03', level: 'GRADUATE' });
  });

  it('falls back to the first visible college when no student is found', () => {
    expect(chooseHome(committee, [], ['C09'])).toEqual({ kind: 'roster', collegeCode: 'C09', level: 'UNDERGRADUATE' });
    expect(chooseHome(committee, [ug('C09', 0)], ['C09'])).toEqual({ kind: 'roster', collegeCode: 'C09', level: 'UNDERGRADUATE' });
  });

  it('has nothing for someone without a scope', () => {
    expect(chooseHome(access({}, {}), [])).toEqual({ kind: 'nothing' });
    expect(chooseHome(committee, [], [])).toEqual({ kind: 'nothing' });
  });
});

describe('homePath', () => {
  it('writes the checklist path of a college', () => {
    expect(homePath({ kind: 'checklist', collegeCode: 'A B' }, withLevel)).toBe('/colleges/A%20B/checklist');
  });

  it('writes the roster path with the level', () => {
    expect(homePath({ kind: 'roster', collegeCode: 'C06', level: 'GRADUATE' }, withLevel)).toBe('/colleges/C06?level=GRADUATE');
    expect(homePath({ kind: 'roster', collegeCode: 'A B', level: 'UNDERGRADUATE' }, withLevel)).toBe('/colleges/A%20B');
    expect(homePath({ kind: 'overview', level: 'UNDERGRADUATE' }, withLevel)).toBe('/');
    expect(homePath({ kind: 'myPost' }, withLevel)).toBe('/my-post');
    expect(homePath({ kind: 'nothing' }, withLevel)).toBeNull();
  });
});
