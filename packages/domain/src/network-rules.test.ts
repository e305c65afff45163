import { describe, expect, it } from 'vitest';
import {
  checkCommitteeAppointment,
  checkOfficerAppointment,
  missingPositions,
  notAResidentOfDorm,
  notAStudentOfClass,
  postsEndedByChange,
  type StudentPlacement,
  suggestOfficer,
} from './network-rules.js';

const s = (over: Partial<StudentPlacement> = {}): StudentPlacement => ({
  studentNo: '2023010001',
  status: 'ENROLLED',
  classCode: 'C1',
  dormCode: 'D1',
  ...over,
});

describe('committee appointments', () => {
  it('accepts an enrolled student of the class while fewer than 2 are active', () => {
    expect(checkCommitteeAppointment(s(), 'C1', ['2023010002'])).toBeNull();
  });
  it('refuses a third member with CONFLICT', () => {
    expect(checkCommitteeAppointment(s(), 'C1', ['2023010002', '2023010003'])?.code).toBe('CONFLICT');
  });
  it('refuses a student of another class and a student who is not enrolled', () => {
    expect(checkCommitteeAppointment(s({ classCode: 'C2' }), 'C1', [])?.message.en).toMatch(/not a student of class C1/);
    expect(checkCommitteeAppointment(s({ status: 'SUSPENDED' }), 'C1', [])?.message.en).toMatch(/not enrolled/);
    expect(checkCommitteeAppointment(s({ status: 'SUSPENDED' }), 'C1', [])?.message.zh).toMatch(/休学.*不能担任班级心理委员/);
  });
  it('treats re-appointing an active member as a no-op', () => {
    expect(checkCommitteeAppointment(s(), 'C1', ['2023010001', '2023010002'])).toBeNull();
  });
  it("tells a student's status only when they are in the class: outside it the answer is the same in every state", () => {
    const answers = (['ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED'] as const).map(
      (status) => checkCommitteeAppointment(s({ classCode: 'C2', status }), 'C1', []),
    );
    for (const a of answers) expect(a).toEqual(notAStudentOfClass('2023010001', 'C1'));
    expect(answers[1]?.message.zh).not.toMatch(/休学/);
  });
});

describe('dorm officer appointments', () => {
  it("tells a student's status only when they live in the dorm", () => {
    for (const status of ['ENROLLED', 'SUSPENDED', 'WITHDRAWN'] as const) {
      expect(checkOfficerAppointment(s({ dormCode: 'D2', status }), 'D1', [])).toEqual(notAResidentOfDorm('2023010001', 'D1'));
    }
    expect(checkOfficerAppointment(s({ status: 'SUSPENDED' }), 'D1', [])?.message.en).toMatch(/not enrolled/);
  });
  it('refuses a student who does not live in the dorm', () => {
    expect(checkOfficerAppointment(s({ dormCode: 'D2' }), 'D1', [])?.message.en).toMatch(/does not live in dorm D1/);
    expect(checkOfficerAppointment(s({ dormCode: 'D2' }), 'D1', [])?.message.zh).toMatch(/不住在宿舍 D1/);
    expect(checkOfficerAppointment(s({ dormCode: null }), 'D1', [])?.code).toBe('BAD_USER_INPUT');
  });
  it('allows only one officer per dorm', () => {
    expect(checkOfficerAppointment(s(), 'D1', ['2023010009'])?.code).toBe('CONFLICT');
    expect(checkOfficerAppointment(s(), 'D1', [])).toBeNull();
  });
});

describe('automatic end of posts', () => {
  it('ends both posts with the new status as reason when a student graduates', () => {
    expect(postsEndedByChange(s(), s({ status: 'GRADUATED' }))).toEqual({ committee: 'GRADUATED', officer: 'GRADUATED' });
  });
  it('a dorm move ends only the officer post', () => {
    expect(postsEndedByChange(s(), s({ dormCode: 'D9' }))).toEqual({ committee: null, officer: 'DORM_CHANGED' });
  });
  it('a class change ends only the committee post', () => {
    expect(postsEndedByChange(s(), s({ classCode: 'C9' }))).toEqual({ committee: 'CLASS_CHANGED', officer: null });
  });
  it('an unchanged record ends nothing', () => {
    expect(postsEndedByChange(s(), s())).toEqual({ committee: null, officer: null });
  });
});

describe('working group completeness', () => {
  it('names the missing positions for a level', () => {
    const members = [
      { position: 'PARTY_SECRETARY' as const, levels: ['UNDERGRADUATE', 'GRADUATE'] as const },
      { position: 'DEAN' as const, levels: ['UNDERGRADUATE', 'GRADUATE'] as const },
      { position: 'COUNSELOR' as const, levels: ['UNDERGRADUATE'] as const },
    ];
    expect(missingPositions(members, 'UNDERGRADUATE')).toEqual(['DEPUTY_PARTY_SECRETARY']);
    expect(missingPositions(members, 'GRADUATE')).toEqual(['DEPUTY_PARTY_SECRETARY', 'COUNSELOR']);
  });
});

describe('officer suggestion', () => {
  it('prefers the enrolled dorm head', () => {
    const r = [
      { id: 1, status: 'ENROLLED' as const, isDormHead: false },
      { id: 2, status: 'ENROLLED' as const, isDormHead: true },
    ];
    expect(suggestOfficer(r)?.id).toBe(2);
    expect(suggestOfficer([{ id: 3, status: 'SUSPENDED' as const, isDormHead: true }])).toBeNull();
  });
});
