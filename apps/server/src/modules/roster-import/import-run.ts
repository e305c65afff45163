import type { EntityManager } from '@mikro-orm/core';
import { StudentEntity } from '../org/org.entities.js';
import { type RowError, inScope, type Scope, type Text, tx } from '@carenet/domain';
import { loadByKeys } from '../../common/lookup.js';
import { CollegeEntity, StaffEntity } from '../org/org.entities.js';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  dryRun: boolean;
  appointmentsEnded: number;
}

export type ImportProgress = (phase: 'checking' | 'writing', done: number, total: number) => void;

export interface Row {
  n: number;
  r: Record<string, unknown>;
}

/** Per-run state shared by the kind handlers. */
export class Run {
  readonly errors: RowError[] = [];
  created = 0;
  updated = 0;
  unchanged = 0;
  ended = 0;
  readonly fresh: object[] = [];
  constructor(
    readonly tx: EntityManager,
    readonly scope: Scope,
    readonly today: string,
    private readonly labels: Map<string, string>,
    readonly progress: ImportProgress | undefined,
    readonly total: number,
  ) {}
  error(row: number, key: string, message: Text): void {
    this.errors.push({ row, column: this.labels.get(key) ?? key, message });
  }
  /** A column's header as written in the file. */
  label(key: string): string {
    return this.labels.get(key) ?? key;
  }
  /**
   * Whether this actor may change rows of a college (null: university-wide data such as colleges);
   * `previous` is the college the record belongs to now, which must be in scope too.
   */
  mayWrite(row: Row, key: string, collegeId: number | null, previous?: number | null): boolean {
    if (this.scope.all) return true;
    const ok = collegeId !== null && inScope(this.scope, { collegeId }) && (previous == null || inScope(this.scope, { collegeId: previous }));
    if (!ok) {
      this.error(
        row.n,
        key,
        tx('outside your scope: you may change only the roster of your own college', '超出您的权限范围：只能修改本学院的名单'),
      );
    }
    return ok;
  }

  /** Applies field values to an existing entity; counts the row as updated or unchanged. */
  upsert<T extends object>(existing: T | undefined, values: Partial<T>, create: () => T): T {
    if (!existing) {
      const e = create();
      for (const [k, v] of Object.entries(values)) if (v !== undefined) (e as Record<string, unknown>)[k] = v;
      this.fresh.push(e);
      this.created++;
      return e;
    }
    let changed = false;
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue; // the file has no such column: keep what is stored
      const cur = (existing as Record<string, unknown>)[k];
      const same =
        cur !== null && typeof cur === 'object' && v !== null && typeof v === 'object'
          ? (cur as { id?: number }).id === (v as { id?: number }).id
          : cur === v;
      if (!same) {
        (existing as Record<string, unknown>)[k] = v;
        changed = true;
      }
    }
    if (changed) this.updated++;
    else this.unchanged++;
    return existing;
  }
  tick(i: number): void {
    if (this.progress && (i % 500 === 0 || i === this.total)) this.progress('checking', i, this.total);
  }
}

export class Rollback extends Error {}

export const s = (r: Record<string, unknown>, k: string) => r[k] as string;
export const sn = (r: Record<string, unknown>, k: string) => (r[k] as string | null) ?? null;

/** Reports rows that repeat a natural key of an earlier row; returns the rows to process. */
export function uniqueRows(run: Run, rows: Row[], key: (r: Row['r']) => string, column: string): Row[] {
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const k = key(row.r);
    const first = seen.get(k);
    if (first !== undefined) {
      run.error(row.n, column, tx(`duplicates row ${first} (same ${column} "${k}")`, `与第 ${first} 行重复（${run.label(column)}同为“${k}”）`));
      return false;
    }
    seen.set(k, row.n);
    return true;
  });
}

export async function colleges(run: Run, rowsIn: Row[]): Promise<Map<string, CollegeEntity>> {
  const codes = rowsIn.map((x) => sn(x.r, 'college_code')).filter((c): c is string => !!c);
  return loadByKeys(run.tx, CollegeEntity, 'code', codes);
}

export function needCollege(run: Run, map: Map<string, CollegeEntity>, row: Row, key = 'college_code'): CollegeEntity | undefined {
  const code = s(row.r, key);
  const c = map.get(code);
  if (!c) run.error(row.n, key, tx(`unknown college code "${code}"`, `学院代码“${code}”不存在`));
  return c;
}

export const unknownStaffNo = (v: string) => tx(`unknown staff number "${v}"`, `工号“${v}”不存在`);
export const unknownClassCode = (v: string) => tx(`unknown class code "${v}"`, `班级代码“${v}”不存在`);
export const unknownDormCode = (v: string) => tx(`unknown dorm code "${v}"`, `宿舍代码“${v}”不存在`);
export const unknownStudentNo = (v: string) => tx(`unknown student number "${v}"`, `学号“${v}”不存在`);
export const inTheFuture = (date: string, today: string) =>
  tx(`${date} is in the future (today is ${today})`, `任职日期 ${date} 晚于今天（${today}）`);

/** A college id no scope holds: the "previous college" of a staff member who has none. */
export const OUTSIDE_EVERY_COLLEGE = -1;

/**
 * A staff member for a role in `college` (working group, class counselor): they must belong to it;
 * one without a college only for a university-wide caller. A college-scoped caller gets the same
 * answer for another college's staff, college-less staff and unknown numbers. Reports and returns
 * false when refused.
 */
export function staffOf(run: Run, row: Row, key: string, staff: Map<string, StaffEntity>, staffNo: string, college: CollegeEntity): StaffEntity | false {
  const member = staff.get(staffNo);
  if (member && (member.college ? member.college.id === college.id : run.scope.all)) return member;
  if (!run.scope.all) {
    run.error(row.n, key, tx(`no staff member with number "${staffNo}" in college ${college.code}`, `学院 ${college.code} 中没有工号为“${staffNo}”的教职工`));
  } else if (!member) {
    run.error(row.n, key, unknownStaffNo(staffNo));
  } else {
    const other = member.college?.code ?? '';
    run.error(
      row.n,
      key,
      tx(
        `staff member ${staffNo} belongs to college ${other}, not ${college.code}; change their college first (STAFF import)`,
        `工号为“${staffNo}”的教职工属于学院 ${other}，不属于学院 ${college.code}；请先通过教职工导入修改其所属学院`,
      ),
    );
  }
  return false;
}

/** Checks and applies the rows of one kind inside the import's transaction. */
export type Handler = (run: Run, rows: Row[]) => Promise<void>;

/**
 * The checks a committee-member row and a dorm-officer row share: the unit exists and is in the
 * caller's scope, the student exists (told only to a university-wide caller), the post's rule holds
 * and the date is not in the future. Reports what fails; returns the student, or null.
 */
export function checkPostRow<U extends { code: string; college: { id: number } }>(
  run: Run,
  row: Row,
  p: {
    unit: U | undefined;
    unitKey: string;
    unknownUnit: Text;
    student: StudentEntity | undefined;
    notMember: (studentNo: string, unitCode: string) => { message: Text };
    check: (student: StudentEntity, unit: U) => { message: Text } | null;
  },
): StudentEntity | null {
  const studentNo = s(row.r, 'student_no');
  if (!p.unit) run.error(row.n, p.unitKey, p.unknownUnit);
  // Whether a number exists is told only to a university-wide caller.
  if (!p.student && run.scope.all) run.error(row.n, 'student_no', unknownStudentNo(studentNo));
  if (!p.unit || !run.mayWrite(row, p.unitKey, p.unit.college.id)) return null;
  // A college-scoped caller gets the unit's answer for a number nobody has, as for anyone outside the
  // unit in any state: no student's status leaks out of the caller's scope.
  if (!p.student) {
    if (!run.scope.all) run.error(row.n, 'student_no', p.notMember(studentNo, p.unit.code).message);
    return null;
  }
  const violation = p.check(p.student, p.unit);
  if (violation) {
    run.error(row.n, 'student_no', violation.message);
    return null;
  }
  const on = s(row.r, 'appointed_on');
  if (on > run.today) {
    run.error(row.n, 'appointed_on', inTheFuture(on, run.today));
    return null;
  }
  return p.student;
}
