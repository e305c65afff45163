import { describe, expect, it } from 'vitest';
import { defaultHeldOn, formValuesOf, sessionsByDate, toCreateInput, toUpdateInput } from './session-form';

describe('the session form', () => {
  it('starts a new session at the page’s level for committee members and officers, as a lecture', () => {
    expect(formValuesOf(null, 'GRADUATE')).toMatchObject({ levels: ['GRADUATE'], audiences: ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'], form: 'LECTURE', held: false });
  });

  it('sends empty texts as null, levels and audiences in reading order, and a held date only when held', () => {
    const values = {
      code: ' CS-01 ',
      title: ' 危机识别 ',
      plannedOn: '2026-10-20',
      levels: ['GRADUATE', 'UNDERGRADUATE'] as ('GRADUATE' | 'UNDERGRADUATE')[],
      audiences: ['WORKING_GROUP', 'COMMITTEE_MEMBERS'] as ('WORKING_GROUP' | 'COMMITTEE_MEMBERS')[],
      form: 'WORKSHOP' as const,
      speaker: '  ',
      place: '知行楼 323',
      held: false,
      heldOn: '2026-10-20',
    };
    expect(toCreateInput(values, 'CS', '2026-2027-1')).toEqual({
      collegeCode: 'CS',
      semester: '2026-2027-1',
      code: 'CS-01',
      title: '危机识别',
      levels: ['UNDERGRADUATE', 'GRADUATE'],
      audiences: ['COMMITTEE_MEMBERS', 'WORKING_GROUP'],
      form: 'WORKSHOP',
      speaker: null,
      place: '知行楼 323',
      plannedOn: '2026-10-20',
      held: false,
      heldOn: null,
    });
    expect(toCreateInput({ ...values, held: true }, 'CS', '2026-2027-1')).toMatchObject({ held: true, heldOn: '2026-10-20' });
    expect(toUpdateInput({ ...values, plannedOn: undefined }, { id: '7', version: 3 })).toEqual({
      id: '7',
      version: 3,
      title: '危机识别',
      levels: ['UNDERGRADUATE', 'GRADUATE'],
      audiences: ['COMMITTEE_MEMBERS', 'WORKING_GROUP'],
      form: 'WORKSHOP',
      speaker: null,
      place: '知行楼 323',
      plannedOn: null,
    });
  });

  it('lists sessions by their date (held, else planned), undated last', () => {
    const s = (code: string, held: boolean, plannedOn: string | null, heldOn: string | null = null) => ({ code, held, plannedOn, heldOn });
    expect(sessionsByDate([s('C', false, null), s('B', true, '2026-12-01', '2026-10-02'), s('A', false, '2026-11-01'), s('D', false, '2026-11-01')]).map((x) => x.code)).toEqual([
      'B',
      'A',
      'D',
      'C',
    ]);
  });

  it('offers the planned date as the held date once it has come, else today', () => {
    expect(defaultHeldOn('2026-10-10', '2026-11-15')).toBe('2026-10-10');
    expect(defaultHeldOn('2026-12-10', '2026-11-15')).toBe('2026-11-15');
    expect(defaultHeldOn(null, '2026-11-15')).toBe('2026-11-15');
  });
});
