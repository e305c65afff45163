import type { NetworkLevel } from '@/gql/graphql';
import { POSITIONS } from '@/lib/enums';
import type { ClassRosterEntry, DormRosterEntry, WorkingGroupMember } from './api/college-roster.query';
import { coverageState, type CoverageState } from './components/coverage-status';

export type SortOrder = 'ascend' | 'descend';
export interface Sort<K extends string> {
  key: K;
  order: SortOrder;
}
type Compare<T> = (a: T, b: T) => number;

// Codes and rooms hold numbers: "D-B2-101" before "D-B10-101", as people count.
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
const text = (a: string, b: string) => collator.compare(a, b);
// Gaps first when sorting by status ascending: they are what the page is for.
const STATE_ORDER: Record<CoverageState, number> = { gap: 0, covered: 1, inactive: 2 };
const byState = (a: { active: boolean; covered: boolean }, b: { active: boolean; covered: boolean }) => STATE_ORDER[coverageState(a)] - STATE_ORDER[coverageState(b)];

export type ClassSortKey = 'code' | 'name' | 'grade' | 'counselor' | 'enrolled' | 'members' | 'status';
export const CLASS_SORT: Record<ClassSortKey, Compare<ClassRosterEntry>> = {
  code: (a, b) => text(a.classGroup.code, b.classGroup.code),
  name: (a, b) => text(a.classGroup.name, b.classGroup.name),
  grade: (a, b) => text(a.classGroup.grade, b.classGroup.grade),
  // Classes without a counselor last.
  counselor: (a, b) => text(a.classGroup.counselor?.name ?? '\uffff', b.classGroup.counselor?.name ?? '\uffff'),
  enrolled: (a, b) => a.enrolledCount - b.enrolledCount,
  members: (a, b) => a.committeeMembers.length - b.committeeMembers.length,
  status: byState,
};

export type DormSortKey = 'code' | 'place' | 'residents' | 'officer' | 'status';
export const DORM_SORT: Record<DormSortKey, Compare<DormRosterEntry>> = {
  code: (a, b) => text(a.dormitory.code, b.dormitory.code),
  place: (a, b) => text(a.dormitory.building, b.dormitory.building) || text(a.dormitory.room, b.dormitory.room),
  residents: (a, b) => a.enrolledResidents - b.enrolledResidents,
  officer: (a, b) => text(a.officer?.student.name ?? '\uffff', b.officer?.student.name ?? '\uffff'),
  status: byState,
};

export type MemberSortKey = 'position' | 'name' | 'staffNo' | 'levels';
export const memberSort = (level: NetworkLevel): Record<MemberSortKey, Compare<WorkingGroupMember>> => ({
  // The notice's order: leaders first, then counselors and others.
  position: (a, b) => POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position),
  name: (a, b) => text(a.staff.name, b.staff.name),
  staffNo: (a, b) => text(a.staff.staffNo, b.staff.staffNo),
  // Those who serve this level first.
  levels: (a, b) => Number(!a.levels.includes(level)) - Number(!b.levels.includes(level)) || a.levels.length - b.levels.length,
});

/**
 * Rows in the chosen order; ties keep the order before (the server's, by code), then a descending
 * sort is the exact reverse of an ascending one only where values differ.
 */
export function sortRows<T, K extends string>(rows: readonly T[], sort: Sort<K> | null, compare: Record<K, Compare<T>>): T[] {
  if (!sort) return [...rows];
  const c = compare[sort.key];
  const sign = sort.order === 'ascend' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * c(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}

/** Buildings of the dorms, in a people's order ("2号楼" before "10号楼"). */
export const buildingsOf = (dorms: readonly DormRosterEntry[]): string[] => [...new Set(dorms.map((d) => d.dormitory.building))].sort(text);

/** Page sizes of the roster tables. */
export const ROSTER_PAGE_SIZES = [20, 50, 100] as const;
