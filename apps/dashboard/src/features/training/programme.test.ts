import { describe, expect, it } from 'vitest';
import type { Translate } from '@/lib/i18n/i18n';
import { moduleOptions, normalizeModuleCodes } from './programme';
import { semesterOptions } from './use-semester';
import { academicYearBounds } from './semester-dates';
import { canReadTraining, canSetCalendar, canSetProgramme, canWriteTraining, holdsPost } from './access';

const t = ((key: string) => `«${key}»`) as Translate;

describe('the programme form', () => {
  it('compares module codes in upper case, each once', () => {
    expect(normalizeModuleCodes([' courseware ', 'LECTURE', 'CourseWare', '', 'safety_1'])).toEqual(['COURSEWARE', 'LECTURE', 'SAFETY_1']);
  });

  it('always offers the three default modules by name, and the programme’s own codes', () => {
    expect(moduleOptions([{ code: 'SAFETY', name: 'SAFETY' }], t)).toEqual([
      { value: 'COURSEWARE', label: '«programme.module.COURSEWARE»（COURSEWARE）' },
      { value: 'LECTURE', label: '«programme.module.LECTURE»（LECTURE）' },
      { value: 'READER', label: '«programme.module.READER»（READER）' },
      { value: 'SAFETY', label: 'SAFETY' },
    ]);
  });
});

describe('semesters', () => {
  const s = (code: string) => ({ code, name: `${code} 名称`, startsOn: '', endsOn: '', stored: false, version: 0 });
  it('offers the listed semesters, and a chosen one the list lacks', () => {
    expect(semesterOptions([s('2026-2027-1')], '2026-2027-1')).toEqual([{ code: '2026-2027-1', name: '2026-2027-1 名称' }]);
    expect(semesterOptions([s('2026-2027-1')], '2020-2021-2')).toEqual([
      { code: '2020-2021-2', name: null },
      { code: '2026-2027-1', name: '2026-2027-1 名称' },
    ]);
  });

  it('keeps the date pickers within the academic year', () => {
    expect(academicYearBounds('2026-2027-2')).toEqual({ min: '2026-01-01', max: '2027-12-31' });
  });
});

describe('who may do what with training', () => {
  const none = { all: false, collegeCodes: [] as string[], classCodes: [] as string[], dormCodes: [] as string[] };
  const who = (roles: string[], writeColleges: string[] = [], rosterColleges: string[] = []) => ({
    user: { roles: roles as never[] },
    writeScope: { ...none, collegeCodes: writeColleges },
    rosterScope: { ...none, collegeCodes: rosterColleges },
  });
  it('lets the school and the Center write every college, a leader their own, a counselor read only', () => {
    expect(canWriteTraining(who(['CENTER_STAFF']), 'CS')).toBe(true);
    expect(canWriteTraining(who(['SCHOOL_ADMIN']), 'CS')).toBe(true);
    expect(canWriteTraining(who(['COLLEGE_LEADER'], ['CS'], ['CS']), 'CS')).toBe(true);
    expect(canWriteTraining(who(['COLLEGE_LEADER'], ['CS'], ['CS']), 'FL')).toBe(false);
    expect(canWriteTraining(who(['COUNSELOR']), 'CS')).toBe(false);
    expect(canReadTraining(who(['COUNSELOR']))).toBe(true);
    expect(canReadTraining(who(['COMMITTEE_MEMBER']))).toBe(false);
  });

  it('leaves the programme to the Center and the school, the calendar to the school, my post to post holders', () => {
    expect([canSetProgramme(who(['CENTER_STAFF'])), canSetProgramme(who(['COLLEGE_LEADER'], ['CS']))]).toEqual([true, false]);
    expect([canSetCalendar(who(['SCHOOL_ADMIN'])), canSetCalendar(who(['CENTER_STAFF']))]).toEqual([true, false]);
    expect([holdsPost(who(['DORM_OFFICER'])), holdsPost(who(['COUNSELOR']))]).toEqual([true, false]);
  });
});
