import { describe, expect, it } from 'vitest';
import { trainingRates } from './metrics.js';
import {
  defaultSemester,
  defaultSemesterOf,
  isForTrainees,
  normalizeModuleCode,
  programmeProblems,
  sessionProblems,
  sessionTargetState,
} from './training.js';

const session = {
  code: 'S-01',
  title: '朋辈心理辅导技能',
  levels: ['UNDERGRADUATE'] as const,
  audiences: ['COMMITTEE_MEMBERS'] as const,
  status: 'PLANNED' as const,
};

describe('training programme', () => {
  it('accepts the default programme and normalizes module codes', () => {
    expect(programmeProblems({ moduleCodes: ['COURSEWARE', 'lecture', ' READER '], minSelfDesignedAttendance: 1 })).toEqual([]);
    expect(normalizeModuleCode(' courseware ')).toBe('COURSEWARE');
  });
  it('refuses an empty programme, duplicates, bad codes and a negative minimum', () => {
    expect(programmeProblems({ moduleCodes: [], minSelfDesignedAttendance: 1 }).map(String)).toContain(
      'a programme needs at least one basic-skills module',
    );
    expect(programmeProblems({ moduleCodes: ['READER', 'reader'], minSelfDesignedAttendance: 1 }).map(String)).toContain(
      'module READER is listed twice',
    );
    expect(programmeProblems({ moduleCodes: ['课件'], minSelfDesignedAttendance: 1 })).toHaveLength(1);
    expect(programmeProblems({ moduleCodes: ['READER'], minSelfDesignedAttendance: -1 })).toHaveLength(1);
    expect(programmeProblems({ moduleCodes: ['READER'], minSelfDesignedAttendance: 1.5 })).toHaveLength(1);
  });
});

describe('semesters', () => {
  it('names a semester and gives its default dates', () => {
    expect(defaultSemester('2026-2027-1')).toEqual({ code: '2026-2027-1', name: '2026–2027学年第一学期', startsOn: '2026-09-01', endsOn: '2027-01-31' });
    expect(defaultSemester('2026-2028-1')).toBeNull();
  });
  it('finds the semester of a date', () => {
    expect(defaultSemesterOf('2026-12-01')).toBe('2026-2027-1');
    expect(defaultSemesterOf('2027-01-20')).toBe('2026-2027-1');
    expect(defaultSemesterOf('2027-03-01')).toBe('2026-2027-2');
    expect(defaultSemesterOf('2027-08-10')).toBe('2027-2028-1');
  });
});

describe('sessions', () => {
  it('accepts a planned session', () => {
    expect(sessionProblems(session, '2026-12-01')).toEqual([]);
  });
  it('needs a held date for a held session, never in the future', () => {
    expect(sessionProblems({ ...session, status: 'HELD' }, '2026-12-01').map(String)).toEqual(['a held session needs the date it was held']);
    expect(sessionProblems({ ...session, status: 'HELD', heldOn: '2026-12-02' }, '2026-12-01').map(String)).toEqual([
      'the held date cannot be after today (2026-12-01)',
    ]);
    expect(sessionProblems({ ...session, status: 'PLANNED', heldOn: '2026-11-02' }, '2026-12-01')).toHaveLength(1);
  });
  it('refuses missing levels, audiences, title and bad codes', () => {
    expect(sessionProblems({ ...session, code: 'a b', title: ' ', levels: [], audiences: [] }, '2026-12-01')).toHaveLength(4);
  });
  it('counts working-group study apart from trainee sessions', () => {
    expect(isForTrainees(['WORKING_GROUP'])).toBe(false);
    expect(isForTrainees(['WORKING_GROUP', 'DORM_OFFICERS'])).toBe(true);
  });
  it('states the 2–3 session target', () => {
    expect([0, 1, 2, 3, 4].map(sessionTargetState)).toEqual(['BELOW', 'BELOW', 'MET', 'MET', 'ABOVE']);
  });
});

describe('training rates', () => {
  it('divides by trainees, 0 when there are none', () => {
    expect(trainingRates({ trainees: 4, basicCompleted: 3, selfDesignedSessionsHeld: 2, attendedSelfDesigned: 2, completed: 1 })).toEqual({
      basicCompletion: 0.75,
      selfDesignedAttendance: 0.5,
      completion: 0.25,
    });
    expect(trainingRates({ trainees: 0, basicCompleted: 0, selfDesignedSessionsHeld: 0, attendedSelfDesigned: 0, completed: 0 }).completion).toBe(0);
  });
});

describe('training import values', () => {
  it('reads the dates course platforms write', async () => {
    const { parseDay } = await import('./training-columns.js');
    for (const raw of ['2026-10-08', '2026/10/8', '2026.10.8', '2026年10月8日', '2026-10-08 14:03:22', '2026-10-08T14:03:22+08:00'])
      expect(parseDay(raw)).toEqual({ ok: true, value: '2026-10-08' });
    expect(parseDay('2026-02-30').ok).toBe(false);
    expect(parseDay('10/08/2026').ok).toBe(false);
  });
  it('maps Chinese headers and normalizes module codes', async () => {
    const { TRAINING_COLUMNS } = await import('./training-columns.js');
    const { mapHeaders, parseRow } = await import('./columns.js');
    const m = mapHeaders(TRAINING_COLUMNS.MODULE_COMPLETIONS, ['学号', '模块代码', '完成日期']);
    expect(m.errors).toEqual([]);
    expect(parseRow(TRAINING_COLUMNS.MODULE_COMPLETIONS, m, ['2023001', 'courseware', '2026/9/30'], 2).record).toEqual({
      student_no: '2023001',
      module_code: 'COURSEWARE',
      completed_on: '2026-09-30',
    });
    expect(mapHeaders(TRAINING_COLUMNS.SESSION_ATTENDANCE, ['学号']).errors.map((e) => e.column)).toEqual(['session_code']);
  });
});
