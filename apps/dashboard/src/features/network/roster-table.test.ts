import { describe, expect, it } from 'vitest';
import type { ClassRosterEntry, DormRosterEntry, WorkingGroupMember } from './api/college-roster.query';
import { buildingsOf, CLASS_SORT, DORM_SORT, memberSort, sortRows } from './roster-table';

const cls = (code: string, enrolled: number, covered: boolean, counselor: string | null = null): ClassRosterEntry => ({
  active: enrolled > 0,
  covered,
  enrolledCount: enrolled,
  classGroup: { id: code, code, name: `班${code}`, grade: '2024', counselor: counselor ? { id: counselor, staffNo: counselor, name: counselor } : null },
  committeeMembers: [],
});
const dorm = (code: string, building: string, room: string, residents = 2): DormRosterEntry => ({
  active: residents > 0,
  covered: false,
  enrolledResidents: residents,
  dormitory: { id: code, code, building, room },
  officer: null,
  suggestedOfficer: null,
});
const member = (id: string, position: WorkingGroupMember['position'], levels: WorkingGroupMember['levels']): WorkingGroupMember => ({
  id,
  position,
  levels,
  staff: { id, staffNo: id, name: id },
});
const codes = (rows: { classGroup?: { code: string }; dormitory?: { code: string } }[]) => rows.map((r) => r.classGroup?.code ?? r.dormitory?.code);

describe('sorting roster tables', () => {
  const classes = [cls('C-10', 30, true, '王'), cls('C-2', 0, false), cls('C-1', 12, false, '李')];

  it('sorts codes as people count (C-2 before C-10), both ways', () => {
    expect(codes(sortRows(classes, { key: 'code', order: 'ascend' }, CLASS_SORT))).toEqual(['C-1', 'C-2', 'C-10']);
    expect(codes(sortRows(classes, { key: 'code', order: 'descend' }, CLASS_SORT))).toEqual(['C-10', 'C-2', 'C-1']);
  });

  it('puts gaps first by status, and numbers in order', () => {
    expect(codes(sortRows(classes, { key: 'status', order: 'ascend' }, CLASS_SORT))).toEqual(['C-1', 'C-10', 'C-2']);
    expect(codes(sortRows(classes, { key: 'enrolled', order: 'descend' }, CLASS_SORT))).toEqual(['C-10', 'C-1', 'C-2']);
  });

  it('leaves classes without a counselor last', () => {
    expect(codes(sortRows(classes, { key: 'counselor', order: 'ascend' }, CLASS_SORT)).at(-1)).toBe('C-2');
  });

  it('keeps the given order without a sort, and for ties', () => {
    expect(codes(sortRows(classes, null, CLASS_SORT))).toEqual(['C-10', 'C-2', 'C-1']);
    const tied = [cls('B', 5, true), cls('A', 5, true)];
    expect(codes(sortRows(tied, { key: 'enrolled', order: 'descend' }, CLASS_SORT))).toEqual(['B', 'A']);
  });

  it('sorts dorms by building, then room', () => {
    const dorms = [dorm('d3', '10号楼', '101'), dorm('d1', '2号楼', '201'), dorm('d2', '2号楼', '103')];
    expect(codes(sortRows(dorms, { key: 'place', order: 'ascend' }, DORM_SORT))).toEqual(['d2', 'd1', 'd3']);
    expect(buildingsOf(dorms)).toEqual(['2号楼', '10号楼']);
  });

  it('orders the working group as the notice does, and those serving the level first', () => {
    const members = [member('c', 'COUNSELOR', ['UNDERGRADUATE']), member('d', 'DEAN', ['GRADUATE']), member('p', 'PARTY_SECRETARY', ['UNDERGRADUATE', 'GRADUATE'])];
    const ids = (rows: WorkingGroupMember[]) => rows.map((m) => m.id);
    expect(ids(sortRows(members, { key: 'position', order: 'ascend' }, memberSort('GRADUATE')))).toEqual(['p', 'd', 'c']);
    expect(ids(sortRows(members, { key: 'levels', order: 'ascend' }, memberSort('GRADUATE')))).toEqual(['d', 'p', 'c']);
  });
});
