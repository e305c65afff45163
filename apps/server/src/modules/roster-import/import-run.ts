import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { type EndReason, type Position, type RowError, inScope, type Scope, type Text, tx } from '@carenet/domain';
import { loadByKeys } from '../../common/lookup.js';
import { CollegeEntity, StaffEntity } from '../org/org.entities.js';

/** One record an import adds or changes, or one post it ends, by name (docs/api.md "Result"). */
export interface ImportItem {
  row: number;
  /** code or number */
  key: string;
  name: string;
  detail: Text | null;
  /** changed records: the changed columns as headed in the file */
  columns: string[];
}

/** The first LISTED_ITEMS items of a category and how many there are in all. */
export interface ImportItems {
  items: ImportItem[];
  total: number;
}

/**
 * How many items of each category a result names. An 80,000-row file would otherwise answer with
 * megabytes of names; past the cap the items are only counted.
 */
export const LISTED_ITEMS = 200;

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  dryRun: boolean;
  appointmentsEnded: number;
}

/** A roster import's outcome: the counts, and by name what it adds, changes and ends. */
export interface RosterImportOutcome extends ImportOutcome {
  added: ImportItems;
  changed: ImportItems;
  ended: ImportItems;
}

export const noItems = (): ImportItems => ({ items: [], total: 0 });

class ItemList implements ImportItems {
  readonly items: ImportItem[] = [];
  total = 0;
  /** Counts an item; `make` runs only while the list has room. */
  add(make: () => ImportItem): void {
    this.total++;
    if (this.items.length < LISTED_ITEMS) this.items.push(make());
  }
}

/** What a row's record is called in the result lists. */
export interface Described {
  key: string;
  name: string;
  detail?: Text | null;
}

// Entity properties whose column has another name (the others are named alike).
const COLUMN_OF: Record<string, string> = {
  studentNo: 'student_no',
  staffNo: 'staff_no',
  staff: 'staff_no',
  classGroup: 'class_code',
  dormitory: 'dorm_code',
  college: 'college_code',
  counselor: 'counselor_staff_no',
  isDormHead: 'is_dorm_head',
  emergencyContact: 'emergency_contact',
  emergencyPhone: 'emergency_phone',
  servesUndergraduate: 'levels',
  servesGraduate: 'levels',
  talkTableChairs: 'facilities',
  sofa: 'facilities',
  teaTable: 'facilities',
  books: 'facilities',
  startedOn: 'appointed_on',
  attestsService: 'attests_service',
  attestsWellbeing: 'attests_wellbeing',
};

export const POSITION_NAMES: Record<Position, Text> = {
  PARTY_SECRETARY: tx('party secretary', '党组织书记'),
  DEAN: tx('dean', '院长'),
  DEPUTY_PARTY_SECRETARY: tx('deputy party secretary', '党组织副书记'),
  COUNSELOR: tx('counselor', '辅导员'),
  OTHER: tx('other', '其他'),
};

export const END_REASON_NAMES: Record<EndReason, Text> = {
  DISMISSED: tx('dismissed', '免职'),
  RESIGNED: tx('resigned', '本人辞任'),
  CLASS_CHANGED: tx('changed class', '调换班级'),
  DORM_CHANGED: tx('changed dorm', '调换宿舍'),
  SUSPENDED: tx('suspended', '休学'),
  GRADUATED: tx('graduated', '毕业'),
  WITHDRAWN: tx('withdrew', '退学'),
  TRANSFERRED: tx('transferred', '转学'),
};

export type ImportProgress = (phase: 'checking' | 'writing', done: number, total: number) => void;

export interface Row {
  n: number;
  r: Record<string, unknown>;
}

/** Per-run state shared by the kind handlers. */
export class Run {
  readonly errors: RowError[] = [];
  unchanged = 0;
  readonly added = new ItemList();
  readonly changed = new ItemList();
  readonly ended = new ItemList();
  /** New records to insert: entities, or plain rows of an entity class (`NewRow`). */
  readonly fresh: (object | NewRow)[] = [];
  constructor(
    readonly tx: EntityManager,
    readonly scope: Scope,
    readonly today: string,
    private readonly labels: Map<string, string>,
    readonly progress: ImportProgress | undefined,
    readonly total: number,
  ) {}
  get created(): number {
    return this.added.total;
  }
  get updated(): number {
    return this.changed.total;
  }
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

  /**
   * Creates a record or applies field values to an existing one; counts and lists the row as added,
   * changed (with the changed columns) or unchanged. `describe` names the record for the lists.
   */
  upsert<T extends object>(row: Row, existing: T | undefined, values: Partial<T>, create: () => T, describe: (e: T) => Described): T {
    if (!existing) {
      const e = create();
      for (const [k, v] of Object.entries(values)) if (v !== undefined) (e as Record<string, unknown>)[k] = v;
      this.fresh.push(e);
      this.added.add(() => ({ row: row.n, detail: null, ...describe(e), columns: [] }));
      return e;
    }
    const changed: string[] = [];
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue; // the file has no such column: keep what is stored
      const cur = (existing as Record<string, unknown>)[k];
      const same =
        cur !== null && typeof cur === 'object' && v !== null && typeof v === 'object'
          ? (cur as { id?: number }).id === (v as { id?: number }).id
          : cur === v;
      if (!same) {
        (existing as Record<string, unknown>)[k] = v;
        changed.push(k);
      }
    }
    if (changed.length === 0) {
      this.unchanged++;
      return existing;
    }
    this.changed.add(() => ({
      row: row.n,
      detail: null,
      ...describe(existing),
      columns: [...new Set(changed.map((k) => this.label(COLUMN_OF[k] ?? k)))],
    }));
    return existing;
  }

  /**
   * A new record as a plain row, its relations as ids: inserted without building entities or
   * references (a post import's 20,000 rows spent most of their time creating those).
   */
  insert<T extends object>(row: Row, entity: EntityClass<T>, data: Record<string, unknown>, described: Described): void {
    const now = new Date();
    this.fresh.push(new NewRow(entity, { createdAt: now, updatedAt: now, ...data }));
    this.added.add(() => ({ row: row.n, detail: null, ...described, columns: [] }));
  }

  /** Lists a post this import ends (a student left the class or dorm, or is no longer enrolled). */
  end(item: () => ImportItem): void {
    this.ended.add(item);
  }

  outcome(dryRun: boolean): RosterImportOutcome {
    const list = (l: ItemList): ImportItems => ({ items: l.items, total: l.total });
    return {
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      errors: this.errors.sort((a, b) => a.row - b.row),
      dryRun,
      appointmentsEnded: this.ended.total,
      added: list(this.added),
      changed: list(this.changed),
      ended: list(this.ended),
    };
  }
  tick(i: number): void {
    if (this.progress && (i % 500 === 0 || i === this.total)) this.progress('checking', i, this.total);
  }
}

export class Rollback extends Error {}

/** A new record of `entity` as a plain row (property names; relations as ids). */
export class NewRow {
  constructor(
    readonly entity: EntityClass<object>,
    readonly data: Record<string, unknown>,
  ) {}
}

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
export function checkPostRow<U extends { code: string; college: { id: number } }, S>(
  run: Run,
  row: Row,
  p: {
    unit: U | undefined;
    unitKey: string;
    unknownUnit: Text;
    student: S | undefined;
    notMember: (studentNo: string, unitCode: string) => { message: Text };
    check: (student: S, unit: U) => { message: Text } | null;
  },
): S | null {
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
