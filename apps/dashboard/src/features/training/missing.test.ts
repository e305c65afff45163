import { describe, expect, it } from 'vitest';
import { forTraineesOf, type MissingInput, type MissingSession, nothingMissing, whatIsMissing } from './missing';

const session = (code: string, over: Partial<MissingSession> = {}): MissingSession => ({
  id: code,
  code,
  title: `培训 ${code}`,
  levels: ['UNDERGRADUATE'],
  audiences: ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'],
  held: false,
  plannedOn: null,
  heldOn: null,
  attendanceCount: 0,
  ...over,
});

const programme = {
  modules: [
    { code: 'COURSEWARE', name: '学生心理骨干培训' },
    { code: 'LECTURE', name: '大学生心理健康大讲堂' },
  ],
  minSelfDesignedAttendance: 1,
  sessionTargetMin: 2,
  sessionTargetMax: 3,
};

const input = (over: Partial<MissingInput>): MissingInput => ({
  level: 'UNDERGRADUATE',
  today: '2026-11-15',
  summary: { selfDesignedSessionsHeld: 0 },
  programme,
  sessions: [],
  trainees: [],
  ...over,
});

describe('forTraineesOf', () => {
  it('counts sessions for the level and for committee members or officers, never the working group’s own study', () => {
    expect(forTraineesOf(session('A'), 'UNDERGRADUATE')).toBe(true);
    expect(forTraineesOf(session('A'), 'GRADUATE')).toBe(false);
    expect(forTraineesOf(session('W', { audiences: ['WORKING_GROUP'] }), 'UNDERGRADUATE')).toBe(false);
    expect(forTraineesOf(session('M', { audiences: ['WORKING_GROUP', 'DORM_OFFICERS'] }), 'UNDERGRADUATE')).toBe(true);
  });
});

describe('whatIsMissing', () => {
  it('says how many sessions are short of the target and how many are not even planned', () => {
    const items = whatIsMissing(
      input({
        summary: { selfDesignedSessionsHeld: 0 },
        // One planned for the level; one for graduates and one working-group study do not help.
        sessions: [session('A', { plannedOn: '2026-12-01' }), session('G', { levels: ['GRADUATE'] }), session('W', { audiences: ['WORKING_GROUP'] })],
      }),
    );
    expect(items[0]).toEqual({ kind: 'sessions', state: 'below', held: 0, planned: 1, min: 2, max: 3, needed: 2, unplanned: 1 });
    expect(nothingMissing(items)).toBe(false);
  });

  it('lists planned sessions past their date and held sessions with nobody recorded', () => {
    const items = whatIsMissing(
      input({
        summary: { selfDesignedSessionsHeld: 2 },
        sessions: [
          session('OLD', { plannedOn: '2026-11-01' }),
          session('SOON', { plannedOn: '2026-11-20' }),
          session('H1', { held: true, heldOn: '2026-10-10', attendanceCount: 0 }),
          session('H2', { held: true, heldOn: '2026-10-20', attendanceCount: 12 }),
        ],
      }),
    );
    expect(items.map((i) => i.kind)).toEqual(['sessions', 'overdue', 'noAttendance']);
    expect(items[0]).toMatchObject({ state: 'met', needed: 0, unplanned: 0 });
    expect(items[1]).toMatchObject({ sessions: [expect.objectContaining({ code: 'OLD' })] });
    expect(items[2]).toMatchObject({ sessions: [expect.objectContaining({ code: 'H1' })] });
  });

  it('names the trainees missing each module and those short of self-designed attendance', () => {
    const trainees = [
      { studentNo: '1', name: '李明', modulesMissing: [], sessionsAttended: 1 },
      { studentNo: '2', name: '张伟', modulesMissing: ['LECTURE'], sessionsAttended: 0 },
      { studentNo: '3', name: '王芳', modulesMissing: ['COURSEWARE', 'LECTURE'], sessionsAttended: 2 },
    ];
    const items = whatIsMissing(input({ summary: { selfDesignedSessionsHeld: 3 }, trainees }));
    expect(items.map((i) => (i.kind === 'module' ? `${i.code}:${i.trainees.map((t) => t.studentNo).join('')}` : i.kind))).toEqual([
      'sessions',
      'COURSEWARE:3',
      'LECTURE:23',
      'attendance',
    ]);
    expect(items[3]).toMatchObject({ kind: 'attendance', min: 1, trainees: [expect.objectContaining({ studentNo: '2' })] });
    // With minSelfDesignedAttendance 2, 李明 (one session) falls short too.
    const two = whatIsMissing(input({ summary: { selfDesignedSessionsHeld: 3 }, trainees, programme: { ...programme, minSelfDesignedAttendance: 2 } }));
    expect(two.at(-1)).toMatchObject({ kind: 'attendance', min: 2, trainees: [{ studentNo: '1' }, { studentNo: '2' }] });
  });

  it('has nothing missing once the target is met and every trainee is complete', () => {
    const items = whatIsMissing(
      input({
        summary: { selfDesignedSessionsHeld: 2 },
        sessions: [session('H1', { held: true, attendanceCount: 3 }), session('H2', { held: true, attendanceCount: 3 })],
        trainees: [{ studentNo: '1', name: '李明', modulesMissing: [], sessionsAttended: 2 }],
      }),
    );
    expect(items).toHaveLength(1);
    expect(nothingMissing(items)).toBe(true);
  });
});
