import { describe, expect, it } from 'vitest';
import type { Access, AccessScope } from '@/lib/auth/my-access.query';
import { canReadRoster, canSeeAggregates, canWriteCollege, canWriteCommittee, hasWholeCollege, isEmptyScope } from './access';
import { loginPath, safeNext } from './session';

const NONE: AccessScope = { all: false, collegeCodes: [], classCodes: [], dormCodes: [] };
const ALL: AccessScope = { ...NONE, all: true };

function access(over: Partial<Access>): Access {
  return {
    user: { id: '1', username: 'u', displayName: null, roles: [], grants: [], staffNo: null, studentNo: null, active: true },
    rosterScope: NONE,
    aggregateScope: NONE,
    writeScope: NONE,
    canWriteRoster: false,
    canManageAccess: false,
    canReadAudit: false,
    ...over,
  };
}

describe('access helpers', () => {
  it('an empty scope is none of all, colleges, classes and dorms', () => {
    expect(isEmptyScope(NONE)).toBe(true);
    expect(isEmptyScope(ALL)).toBe(false);
    expect(isEmptyScope({ ...NONE, dormCodes: ['D1'] })).toBe(false);
  });

  it('a committee member reads their class names but no aggregates', () => {
    const a = access({ rosterScope: { ...NONE, classCodes: ['C01-1'] }, user: { ...access({}).user, roles: ['COMMITTEE_MEMBER'] } });
    expect(canSeeAggregates(a)).toBe(false);
    expect(canReadRoster(a)).toBe(true);
    expect(hasWholeCollege(a, 'C01')).toBe(false);
    expect(canWriteCollege(a, 'C01')).toBe(false);
  });

  it('a college leader writes only their own college', () => {
    const scope = { ...NONE, collegeCodes: ['C01'] };
    const a = access({
      rosterScope: scope,
      aggregateScope: scope,
      writeScope: scope,
      canWriteRoster: true,
      user: { ...access({}).user, roles: ['COLLEGE_LEADER'], grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'C01' }] },
    });
    expect(canSeeAggregates(a)).toBe(true);
    expect(hasWholeCollege(a, 'C01')).toBe(true);
    expect(canWriteCollege(a, 'C01')).toBe(true);
    expect(canWriteCollege(a, 'C02')).toBe(false);
  });

  it("a counselor appoints committee members of their own classes only, and nothing else of the college", () => {
    const classes = { ...NONE, classCodes: ['C01-U2023-01', 'C01-U2023-02'] };
    const a = access({
      rosterScope: classes,
      aggregateScope: classes,
      writeScope: classes,
      canWriteRoster: false,
      user: { ...access({}).user, roles: ['COUNSELOR'] },
    });
    expect(canWriteCommittee(a, 'C01', 'C01-U2023-01')).toBe(true);
    expect(canWriteCommittee(a, 'C01', 'C01-U2023-03')).toBe(false);
    // Dorm officers, the working group and the workstation stay with the college.
    expect(canWriteCollege(a, 'C01')).toBe(false);
    expect(hasWholeCollege(a, 'C01')).toBe(false);
    const leader = access({ writeScope: { ...NONE, collegeCodes: ['C01'] } });
    expect(canWriteCommittee(leader, 'C01', 'C01-U2023-03')).toBe(true);
    expect(canWriteCommittee(leader, 'C02', 'C02-U2023-01')).toBe(false);
  });

  it('the school administrator writes everywhere; the Center reads everywhere and writes nowhere', () => {
    const admin = access({
      rosterScope: ALL,
      aggregateScope: ALL,
      writeScope: ALL,
      canWriteRoster: true,
      user: { ...access({}).user, grants: [{ role: 'SCHOOL_ADMIN', collegeCode: null }] },
    });
    expect(canWriteCollege(admin, 'C09')).toBe(true);
    const center = access({ rosterScope: ALL, aggregateScope: ALL, user: { ...access({}).user, grants: [{ role: 'CENTER_STAFF', collegeCode: null }] } });
    expect(hasWholeCollege(center, 'C09')).toBe(true);
    expect(canWriteCollege(center, 'C09')).toBe(false);
  });
});

describe('return path after signing in', () => {
  it('keeps paths inside the app only', () => {
    expect(safeNext('/colleges/C01?level=GRADUATE')).toBe('/colleges/C01?level=GRADUATE');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('builds the sign-in link with the target and the expiry hint', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/admin/audit', true)).toBe('/login?next=%2Fadmin%2Faudit&expired=1');
    expect(loginPath('/colleges/C01?level=GRADUATE')).toBe('/login?next=%2Fcolleges%2FC01%3Flevel%3DGRADUATE');
  });
});
