import { describe, expect, it } from 'vitest';
import {
  aggregateScope,
  ANONYMOUS,
  canRunScreening,
  canSetProgramme,
  followUpReadScope,
  followUpWriteScope,
  committeeWriteScope,
  inScope,
  isNone,
  rolesOf,
  rosterDetailScope,
  rosterReadScope,
  rosterWriteScope,
  screeningResultScope,
  trainingReadScope,
  trainingWriteScope,
  type TokenActor,
  type UserActor,
} from './access.js';

const user = (over: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  admin: false,
  center: false,
  leaderOf: [],
  counselorOf: [],
  committeeOf: [],
  officerOf: [],
  ...over,
});
const token = (over: Partial<TokenActor> = {}): TokenActor => ({ kind: 'token', tokenId: 1, name: 't', scopes: [], collegeId: null, ...over });

describe('access policies (deny by default)', () => {
  it('an anonymous caller and a user with no role see nothing', () => {
    for (const a of [ANONYMOUS, user()]) {
      expect(isNone(aggregateScope(a))).toBe(true);
      expect(isNone(rosterReadScope(a))).toBe(true);
      expect(isNone(rosterWriteScope(a))).toBe(true);
    }
  });
  it('a college leader reads and writes only their college', () => {
    const a = user({ leaderOf: [7] });
    expect(inScope(rosterReadScope(a), { collegeId: 7 })).toBe(true);
    expect(inScope(rosterReadScope(a), { collegeId: 8 })).toBe(false);
    expect(inScope(rosterWriteScope(a), { collegeId: 7 })).toBe(true);
    expect(rolesOf(a)).toEqual(['COLLEGE_LEADER']);
  });
  it('a counselor reads their classes and changes only their committee members', () => {
    const a = user({ counselorOf: [3] });
    expect(inScope(rosterReadScope(a), { collegeId: 7, classId: 3 })).toBe(true);
    expect(inScope(rosterReadScope(a), { collegeId: 7, classId: 4 })).toBe(false);
    // Dorm officers, working groups, workstations and imports stay with the college.
    expect(isNone(rosterWriteScope(a))).toBe(true);
    expect(committeeWriteScope(a)).toEqual({ all: false, collegeIds: [], classIds: [3], dormIds: [] });
    expect(inScope(committeeWriteScope(a), { collegeId: 7, classId: 3 })).toBe(true);
    expect(inScope(committeeWriteScope(a), { collegeId: 7, classId: 4 })).toBe(false);
    expect(inScope(committeeWriteScope(a), { collegeId: 7 })).toBe(false);
  });
  it('committee write scope: the roster write scope plus a counselor\'s classes, nothing for other posts', () => {
    expect(committeeWriteScope(user({ admin: true, counselorOf: [3] }))).toEqual({ all: true });
    expect(committeeWriteScope(user({ leaderOf: [7], counselorOf: [3] }))).toEqual({ all: false, collegeIds: [7], classIds: [3], dormIds: [] });
    for (const a of [ANONYMOUS, user(), user({ center: true }), user({ committeeOf: [3], officerOf: [9] })]) {
      expect(isNone(committeeWriteScope(a))).toBe(true);
    }
    expect(committeeWriteScope(token({ scopes: ['ROSTER_WRITE'], collegeId: 5 }))).toEqual(rosterWriteScope(token({ scopes: ['ROSTER_WRITE'], collegeId: 5 })));
    expect(isNone(committeeWriteScope(token({ scopes: ['ROSTER_READ'] })))).toBe(true);
    expect(committeeWriteScope({ kind: 'system', name: 'cli' })).toEqual({ all: true });
  });
  it('committee members and officers see names of their own class or dorm, and no aggregates', () => {
    const a = user({ committeeOf: [3], officerOf: [9] });
    expect(inScope(rosterReadScope(a), { collegeId: 1, classId: 3 })).toBe(true);
    expect(inScope(rosterReadScope(a), { collegeId: 1, dormId: 9 })).toBe(true);
    expect(inScope(rosterReadScope(a), { collegeId: 1, classId: 4, dormId: 8 })).toBe(false);
    expect(isNone(aggregateScope(a))).toBe(true);
  });
  it('a token gets exactly what its scopes and college restriction say', () => {
    const m = token({ scopes: ['METRICS_READ'] });
    expect(aggregateScope(m)).toEqual({ all: true });
    expect(isNone(rosterReadScope(m))).toBe(true);
    const r = token({ scopes: ['ROSTER_READ'], collegeId: 5 });
    expect(inScope(rosterReadScope(r), { collegeId: 5 })).toBe(true);
    expect(inScope(rosterReadScope(r), { collegeId: 6 })).toBe(false);
  });
  it('the school admin writes everything; the Center reads but does not write the roster', () => {
    expect(rosterWriteScope(user({ admin: true }))).toEqual({ all: true });
    expect(isNone(rosterWriteScope(user({ center: true })))).toBe(true);
    expect(rosterReadScope(user({ center: true }))).toEqual({ all: true });
  });
  it('committee members and dorm officers read names only: their posts give no detail scope', () => {
    const member = user({ committeeOf: [3], officerOf: [9] });
    expect(inScope(rosterReadScope(member), { collegeId: 1, classId: 3 })).toBe(true);
    expect(isNone(rosterDetailScope(member))).toBe(true);
    const leader = user({ leaderOf: [7], counselorOf: [3] });
    expect(inScope(rosterDetailScope(leader), { collegeId: 7 })).toBe(true);
    expect(inScope(rosterDetailScope(leader), { collegeId: 1, classId: 3 })).toBe(true);
    expect(rosterDetailScope(user({ center: true }))).toEqual({ all: true });
    expect(rosterDetailScope(token({ scopes: ['ROSTER_READ'], collegeId: 7 }))).toEqual(rosterReadScope(token({ scopes: ['ROSTER_READ'], collegeId: 7 })));
  });
});

describe('training records', () => {
  it('the Center writes every college, a leader only their own, a counselor reads their classes only', () => {
    expect(trainingWriteScope(user({ center: true }))).toEqual({ all: true });
    expect(inScope(trainingWriteScope(user({ leaderOf: [3] })), { collegeId: 3 })).toBe(true);
    expect(inScope(trainingWriteScope(user({ leaderOf: [3] })), { collegeId: 4 })).toBe(false);
    expect(isNone(trainingWriteScope(user({ counselorOf: [8] })))).toBe(true);
    expect(inScope(trainingReadScope(user({ counselorOf: [8] })), { collegeId: 1, classId: 8 })).toBe(true);
    // A committee member reads only their own record, which no unit scope gives.
    expect(isNone(trainingReadScope(user({ committeeOf: [8] })))).toBe(true);
  });
  it('programmes are set by the Center and the school administration only', () => {
    expect(canSetProgramme(user({ center: true }))).toBe(true);
    expect(canSetProgramme(user({ admin: true }))).toBe(true);
    expect(canSetProgramme(user({ leaderOf: [1] }))).toBe(false);
  });
});

describe('screening', () => {
  it('answers: the Center and counselors of the class only; leaders follow-ups without answers; admin and posts nothing individual', () => {
    expect(screeningResultScope(user({ center: true }))).toEqual({ all: true });
    expect(inScope(screeningResultScope(user({ counselorOf: [8] })), { collegeId: 1, classId: 8 })).toBe(true);
    expect(isNone(screeningResultScope(user({ leaderOf: [1] })))).toBe(true);
    expect(isNone(screeningResultScope(user({ admin: true })))).toBe(true);
    expect(inScope(followUpReadScope(user({ leaderOf: [1] })), { collegeId: 1 })).toBe(true);
    expect(isNone(followUpReadScope(user({ admin: true })))).toBe(true);
    expect(isNone(followUpReadScope(user({ committeeOf: [8], officerOf: [3] })))).toBe(true);
    expect(isNone(followUpWriteScope(user({ leaderOf: [1] })))).toBe(true);
    expect(isNone(followUpReadScope(token({ scopes: ['SCREENING_WRITE'], collegeId: null })))).toBe(true);
  });
  it('campaigns and imports: the Center and university-wide SCREENING_WRITE tokens', () => {
    expect(canRunScreening(user({ center: true }))).toBe(true);
    expect(canRunScreening(user({ admin: true }))).toBe(false);
    expect(canRunScreening(token({ scopes: ['SCREENING_WRITE'], collegeId: null }))).toBe(true);
    expect(canRunScreening(token({ scopes: ['SCREENING_WRITE'], collegeId: 3 }))).toBe(false);
    expect(canRunScreening(token({ scopes: ['METRICS_READ'], collegeId: null }))).toBe(false);
  });
});
