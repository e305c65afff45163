import type { EntityManager } from '@mikro-orm/core';
import {
  checkCommitteeAppointment,
  checkOfficerAppointment,
  type EndReason,
  type Facility,
  type Gender,
  type IdentifierPatterns,
  type NetworkLevel,
  notAResidentOfDorm,
  notAStudentOfClass,
  type Position,
  postsEndedByChange,
  type RosterKind,
  type RowError,
  type StudentStatus,
  inScope,
  mapHeaders,
  parseRow,
  rosterWriteScope,
  type Scope,
  type Text,
  tx,
} from '@carenet/domain';
import type { Actor } from '../../common/actor.js';
import { today } from '../../common/dates.js';
import type { AuditService } from '../audit/audit.service.js';
import { findByIds, loadByKeys } from '../../common/lookup.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../network/appointment.entities.js';
import {
  ClassGroupEntity,
  CollegeEntity,
  DormitoryEntity,
  StaffEntity,
  StudentEntity,
  WorkingGroupMemberEntity,
  WorkstationEntity,
} from '../org/org.entities.js';
import { placementOf } from '../org/org.mappers.js';
import type { Table } from './table-reader.js';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  dryRun: boolean;
  appointmentsEnded: number;
}

export type ImportProgress = (phase: 'checking' | 'writing', done: number, total: number) => void;

interface Row {
  n: number;
  r: Record<string, unknown>;
}

/** Per-run state shared by the kind handlers. */
class Run {
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

class Rollback extends Error {}

const s = (r: Record<string, unknown>, k: string) => r[k] as string;
const sn = (r: Record<string, unknown>, k: string) => (r[k] as string | null) ?? null;

/**
 * Imports one roster file (SPEC.md §7): idempotent upserts by natural key, all-or-nothing,
 * every error named by row and column, the rules of §3 enforced on every row.
 */
export class RosterImportService {
  constructor(
    private readonly timeZone: string,
    private readonly audit: AuditService,
    /** STUDENT_NO_PATTERN / STAFF_NO_PATTERN from the configuration */
    private readonly identifiers: IdentifierPatterns = {},
  ) {}

  async importTable(
    em: EntityManager,
    actor: Actor,
    kind: RosterKind,
    table: Table,
    opts: { dryRun?: boolean; onProgress?: ImportProgress } = {},
  ): Promise<ImportOutcome> {
    const dryRun = opts.dryRun ?? false;
    const mapping = mapHeaders(kind, table.header);
    if (mapping.errors.length > 0) {
      return fail(mapping.errors.map((e) => ({ row: 1, ...e })), dryRun);
    }
    const rows: Row[] = [];
    const parseErrors: RowError[] = [];
    table.rows.forEach((cells, i) => {
      if (cells.length === 0) return;
      const { record, errors } = parseRow(kind, mapping, cells, i + 2, this.identifiers);
      if (errors.length > 0) parseErrors.push(...errors);
      else rows.push({ n: i + 2, r: record });
    });
    if (rows.length === 0 && parseErrors.length === 0) {
      return fail(
        [{ row: 2, column: mapping.label.values().next().value ?? '', message: tx('the file has no data rows', '文件中没有数据行') }],
        dryRun,
      );
    }

    let outcome: ImportOutcome | undefined;
    try {
      await em.transactional(async (tx) => {
        const run = new Run(tx, rosterWriteScope(actor), today(this.timeZone), mapping.label, opts.onProgress, rows.length);
        run.errors.push(...parseErrors);
        await HANDLERS[kind](run, rows);
        const errors = run.errors.sort((a, b) => a.row - b.row);
        outcome = {
          created: run.created,
          updated: run.updated,
          unchanged: run.unchanged,
          errors,
          dryRun,
          appointmentsEnded: run.ended,
        };
        if (errors.length > 0 || dryRun) throw new Rollback();
        // The audit event is written in the same transaction as the rows it describes.
        this.audit.record(tx, actor, {
          action: 'roster.import',
          recordType: kind,
          detail: { created: run.created, updated: run.updated, unchanged: run.unchanged, appointmentsEnded: run.ended },
        });
        // New rows are written in chunks so a long import can show progress.
        const CHUNK = 2000;
        for (let i = 0; i < run.fresh.length; i += CHUNK) {
          tx.persist(run.fresh.slice(i, i + CHUNK));
          await tx.flush();
          opts.onProgress?.('writing', Math.min(i + CHUNK, run.fresh.length), run.fresh.length);
        }
        await tx.flush();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    if (!outcome) throw new Error('import finished without an outcome');
    if (outcome.errors.length > 0) return fail(outcome.errors, dryRun);
    // After a large import, refresh the planner's statistics: without them PostgreSQL once took 30 s
    // instead of 80 ms for the coverage query (docs/performance.md).
    if (!dryRun && outcome.created + outcome.updated >= 1000) await em.getConnection().execute('analyze');
    return outcome;
  }
}

function fail(errors: RowError[], dryRun: boolean): ImportOutcome {
  return { created: 0, updated: 0, unchanged: 0, errors, dryRun, appointmentsEnded: 0 };
}

/** Reports rows that repeat a natural key of an earlier row; returns the rows to process. */
function uniqueRows(run: Run, rows: Row[], key: (r: Row['r']) => string, column: string): Row[] {
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

async function colleges(run: Run, rowsIn: Row[]): Promise<Map<string, CollegeEntity>> {
  const codes = rowsIn.map((x) => sn(x.r, 'college_code')).filter((c): c is string => !!c);
  return loadByKeys(run.tx, CollegeEntity, 'code', codes);
}

function needCollege(run: Run, map: Map<string, CollegeEntity>, row: Row, key = 'college_code'): CollegeEntity | undefined {
  const code = s(row.r, key);
  const c = map.get(code);
  if (!c) run.error(row.n, key, tx(`unknown college code "${code}"`, `学院代码“${code}”不存在`));
  return c;
}

const unknownStaffNo = (v: string) => tx(`unknown staff number "${v}"`, `工号“${v}”不存在`);
const unknownClassCode = (v: string) => tx(`unknown class code "${v}"`, `班级代码“${v}”不存在`);
const unknownDormCode = (v: string) => tx(`unknown dorm code "${v}"`, `宿舍代码“${v}”不存在`);
const unknownStudentNo = (v: string) => tx(`unknown student number "${v}"`, `学号“${v}”不存在`);
const inTheFuture = (date: string, today: string) =>
  tx(`${date} is in the future (today is ${today})`, `任职日期 ${date} 晚于今天（${today}）`);

/** A college id no scope holds: the "previous college" of a staff member who has none. */
const OUTSIDE_EVERY_COLLEGE = -1;

/**
 * A staff member for a role in `college` (working group, class counselor): they must belong to it;
 * one without a college only for a university-wide caller. A college-scoped caller gets the same
 * answer for another college's staff, college-less staff and unknown numbers. Reports and returns
 * false when refused.
 */
function staffOf(run: Run, row: Row, key: string, staff: Map<string, StaffEntity>, staffNo: string, college: CollegeEntity): StaffEntity | false {
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

type Handler = (run: Run, rows: Row[]) => Promise<void>;

const HANDLERS: Record<RosterKind, Handler> = {
  async COLLEGES(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'code'), 'code');
    const existing = await loadByKeys(run.tx, CollegeEntity, 'code', rows.map((x) => s(x.r, 'code')));
    rows.forEach((row, i) => {
      if (!run.mayWrite(row, 'code', null)) return;
      run.upsert(existing.get(s(row.r, 'code')), { code: s(row.r, 'code'), name: s(row.r, 'name') }, () => new CollegeEntity());
      run.tick(i + 1);
    });
  },

  async STAFF(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'staff_no'), 'staff_no');
    const cols = await colleges(run, rows);
    const existing = await loadByKeys(run.tx, StaffEntity, 'staffNo', rows.map((x) => s(x.r, 'staff_no')));
    rows.forEach((row, i) => {
      const code = sn(row.r, 'college_code');
      const college = code ? needCollege(run, cols, row) : row.r.college_code === undefined ? undefined : null;
      if (code && !college) return;
      const prev = existing.get(s(row.r, 'staff_no'));
      // Staff without a college (the Center's) are university-wide: a college-scoped caller gets the
      // same answer as for another college's staff member, and cannot take them over.
      const prevCollege = prev ? (prev.college?.id ?? OUTSIDE_EVERY_COLLEGE) : undefined;
      if (!run.mayWrite(row, 'college_code', college?.id ?? null, prevCollege)) return;
      run.upsert(
        prev,
        { staffNo: s(row.r, 'staff_no'), name: s(row.r, 'name'), college },
        () => new StaffEntity(),
      );
      run.tick(i + 1);
    });
  },

  async CLASSES(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'code'), 'code');
    const cols = await colleges(run, rows);
    const staff = await loadByKeys(
      run.tx,
      StaffEntity,
      'staffNo',
      rows.map((x) => sn(x.r, 'counselor_staff_no')).filter((c): c is string => !!c),
      { populate: ['college'] },
    );
    const existing = await loadByKeys(run.tx, ClassGroupEntity, 'code', rows.map((x) => s(x.r, 'code')));
    rows.forEach((row, i) => {
      const college = needCollege(run, cols, row);
      if (!college) return;
      if (!run.mayWrite(row, 'college_code', college.id, existing.get(s(row.r, 'code'))?.college.id)) return;
      const staffNo = sn(row.r, 'counselor_staff_no');
      // No such column in the file: keep the class's counselor as it is.
      const counselor = row.r.counselor_staff_no === undefined ? undefined : staffNo ? staffOf(run, row, 'counselor_staff_no', staff, staffNo, college) : null;
      if (counselor === false) return;
      run.upsert(
        existing.get(s(row.r, 'code')),
        {
          code: s(row.r, 'code'),
          name: s(row.r, 'name'),
          college,
          level: row.r.level as NetworkLevel,
          grade: s(row.r, 'grade'),
          counselor,
        },
        () => new ClassGroupEntity(),
      );
      run.tick(i + 1);
    });
  },

  async DORMITORIES(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'code'), 'code');
    const cols = await colleges(run, rows);
    const existing = await loadByKeys(run.tx, DormitoryEntity, 'code', rows.map((x) => s(x.r, 'code')));
    rows.forEach((row, i) => {
      const college = needCollege(run, cols, row);
      if (!college) return;
      if (!run.mayWrite(row, 'college_code', college.id, existing.get(s(row.r, 'code'))?.college.id)) return;
      run.upsert(
        existing.get(s(row.r, 'code')),
        {
          code: s(row.r, 'code'),
          building: s(row.r, 'building'),
          room: s(row.r, 'room'),
          college,
          level: row.r.level as NetworkLevel,
        },
        () => new DormitoryEntity(),
      );
      run.tick(i + 1);
    });
  },

  async STUDENTS(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
    const classes = await loadByKeys(run.tx, ClassGroupEntity, 'code', rows.map((x) => s(x.r, 'class_code')));
    const dorms = await loadByKeys(
      run.tx,
      DormitoryEntity,
      'code',
      rows.map((x) => sn(x.r, 'dorm_code')).filter((c): c is string => !!c),
    );
    const existing = await loadByKeys(run.tx, StudentEntity, 'studentNo', rows.map((x) => s(x.r, 'student_no')), {
      populate: ['classGroup', 'dormitory'],
    });
    // Codes of the classes and dorms existing students are in now, to detect moves.
    const classCodeById = new Map<number, string>([...existing.values()].map((x) => [x.classGroup.id, x.classGroup.code]));
    const dormCodeById = new Map<number, string>(
      [...existing.values()].flatMap((x) => (x.dormitory ? [[x.dormitory.id, x.dormitory.code] as [number, string]] : [])),
    );
    const changes: { student: StudentEntity; committee: EndReason | null; officer: EndReason | null }[] = [];

    rows.forEach((row, i) => {
      const classCode = s(row.r, 'class_code');
      const dormCode = sn(row.r, 'dorm_code');
      const classGroup = classes.get(classCode);
      const dormitory = dormCode ? dorms.get(dormCode) : null;
      if (!classGroup) run.error(row.n, 'class_code', unknownClassCode(classCode));
      if (dormCode && !dormitory) run.error(row.n, 'dorm_code', unknownDormCode(dormCode));
      if (!classGroup || dormitory === undefined) return;
      const prev = existing.get(s(row.r, 'student_no'));
      if (!run.mayWrite(row, 'class_code', classGroup.college.id, prev?.classGroup.college.id)) return;
      if (dormitory && !run.mayWrite(row, 'dorm_code', dormitory.college.id)) return;
      const before = prev && {
        studentNo: prev.studentNo,
        status: prev.status,
        classCode: classCodeById.get(prev.classGroup.id) ?? `#${prev.classGroup.id}`,
        dormCode: prev.dormitory ? (dormCodeById.get(prev.dormitory.id) ?? `#${prev.dormitory.id}`) : null,
      };
      const student = run.upsert(
        prev,
        {
          studentNo: s(row.r, 'student_no'),
          name: s(row.r, 'name'),
          gender: row.r.gender as Gender,
          classGroup,
          dormitory,
          status: row.r.status as StudentStatus,
          isDormHead: row.r.is_dorm_head === undefined ? undefined : Boolean(row.r.is_dorm_head),
          phone: row.r.phone as string | null | undefined,
          emergencyContact: row.r.emergency_contact as string | null | undefined,
          emergencyPhone: row.r.emergency_phone as string | null | undefined,
        },
        () => new StudentEntity(),
      );
      if (before) {
        const ends = postsEndedByChange(before, {
          studentNo: student.studentNo,
          status: student.status,
          classCode,
          dormCode,
        });
        if (ends.committee || ends.officer) changes.push({ student, ...ends });
      }
      run.tick(i + 1);
    });
    if (run.errors.length > 0 || changes.length === 0) return;

    // SPEC.md §3: leaving the class/dorm or the ENROLLED status ends the post, with that reason.
    const byId = new Map(changes.map((c) => [c.student.id, c]));
    const ids = [...byId.keys()];
    const committee = await findByIds(run.tx, CommitteeAppointmentEntity, 'student', ids, { endedOn: null });
    const officers = await findByIds(run.tx, DormOfficerAppointmentEntity, 'student', ids, { endedOn: null });
    for (const a of committee) {
      const reason = byId.get(a.student.id)?.committee;
      if (reason) {
        a.endedOn = run.today;
        a.endReason = reason;
        run.ended++;
      }
    }
    for (const a of officers) {
      const reason = byId.get(a.student.id)?.officer;
      if (reason) {
        a.endedOn = run.today;
        a.endReason = reason;
        run.ended++;
      }
    }
  },

  async WORKING_GROUP(run, rowsIn) {
    const rows = uniqueRows(
      run,
      rowsIn,
      (r) => `${s(r, 'college_code')}/${s(r, 'staff_no')}/${s(r, 'position')}`,
      'staff_no',
    );
    const cols = await colleges(run, rows);
    const staff = await loadByKeys(run.tx, StaffEntity, 'staffNo', rows.map((x) => s(x.r, 'staff_no')), { populate: ['college'] });
    const existing = await run.tx.find(
      WorkingGroupMemberEntity,
      { college: { $in: [...cols.values()].map((c) => c.id) } },
      { populate: ['staff'] },
    );
    const key = (collegeId: number, staffNo: string, position: string) => `${collegeId}/${staffNo}/${position}`;
    const byKey = new Map(existing.map((m) => [key(m.college.id, m.staff.staffNo, m.position), m]));
    rows.forEach((row, i) => {
      const college = needCollege(run, cols, row);
      if (!college) return;
      if (!run.mayWrite(row, 'college_code', college.id)) return;
      const member = staffOf(run, row, 'staff_no', staff, s(row.r, 'staff_no'), college);
      if (!member) return;
      const levels = row.r.levels as NetworkLevel[];
      run.upsert(
        byKey.get(key(college.id, member.staffNo, s(row.r, 'position'))),
        {
          college,
          staff: member,
          position: row.r.position as Position,
          servesUndergraduate: levels.includes('UNDERGRADUATE'),
          servesGraduate: levels.includes('GRADUATE'),
        },
        () => new WorkingGroupMemberEntity(),
      );
      run.tick(i + 1);
    });
  },

  async WORKSTATIONS(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'college_code'), 'college_code');
    const cols = await colleges(run, rows);
    const existing = await run.tx.find(WorkstationEntity, { college: { $in: [...cols.values()].map((c) => c.id) } });
    const byCollege = new Map(existing.map((w) => [w.college.id, w]));
    rows.forEach((row, i) => {
      const college = needCollege(run, cols, row);
      if (!college) return;
      if (!run.mayWrite(row, 'college_code', college.id)) return;
      const f = (row.r.facilities as Facility[] | null) ?? [];
      run.upsert(
        byCollege.get(college.id),
        {
          college,
          room: s(row.r, 'room'),
          talkTableChairs: f.includes('TALK_TABLE_CHAIRS'),
          sofa: f.includes('SOFA'),
          teaTable: f.includes('TEA_TABLE'),
          books: f.includes('BOOKS'),
        },
        () => new WorkstationEntity(),
      );
      run.tick(i + 1);
    });
  },

  async COMMITTEE_MEMBERS(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
    const classes = await loadByKeys(run.tx, ClassGroupEntity, 'code', rows.map((x) => s(x.r, 'class_code')));
    const students = await loadByKeys(run.tx, StudentEntity, 'studentNo', rows.map((x) => s(x.r, 'student_no')), {
      populate: ['classGroup', 'dormitory'],
    });
    const active = await findByIds(
      run.tx,
      CommitteeAppointmentEntity,
      'classGroup',
      [...classes.values()].map((c) => c.id),
      { endedOn: null },
      { populate: ['student'] },
    );
    const byClass = new Map<number, { studentNo: string; slot: number }[]>();
    for (const a of active) {
      const list = byClass.get(a.classGroup.id) ?? [];
      list.push({ studentNo: a.student.studentNo, slot: a.slot });
      byClass.set(a.classGroup.id, list);
    }
    rows.forEach((row, i) => {
      run.tick(i + 1);
      const classGroup = classes.get(s(row.r, 'class_code'));
      const student = students.get(s(row.r, 'student_no'));
      if (!classGroup) run.error(row.n, 'class_code', unknownClassCode(s(row.r, 'class_code')));
      // Whether a number exists is told only to a university-wide caller (see below).
      if (!student && run.scope.all) run.error(row.n, 'student_no', unknownStudentNo(s(row.r, 'student_no')));
      if (!classGroup) return;
      if (!run.mayWrite(row, 'class_code', classGroup.college.id)) return;
      // A college-scoped caller gets the class's answer for a number nobody has, as for a student of
      // another class or college in any state (checkCommitteeAppointment): no status leaks out of scope.
      if (!student) {
        if (!run.scope.all) run.error(row.n, 'student_no', notAStudentOfClass(s(row.r, 'student_no'), classGroup.code).message);
        return;
      }
      const list = byClass.get(classGroup.id) ?? [];
      const violation = checkCommitteeAppointment(
        placementOf(student),
        classGroup.code,
        list.map((a) => a.studentNo),
      );
      if (violation) return run.error(row.n, 'student_no', violation.message);
      if (s(row.r, 'appointed_on') > run.today) return run.error(row.n, 'appointed_on', inTheFuture(s(row.r, 'appointed_on'), run.today));
      if (list.some((a) => a.studentNo === student.studentNo)) {
        run.unchanged++;
        return;
      }
      const slot = [1, 2].find((n) => !list.some((a) => a.slot === n)) ?? 1;
      list.push({ studentNo: student.studentNo, slot });
      byClass.set(classGroup.id, list);
      run.upsert(
        undefined,
        {
          classGroup,
          student,
          slot,
          startedOn: s(row.r, 'appointed_on'),
          attestsService: (row.r.attests_service as boolean | null) ?? false,
          attestsWellbeing: (row.r.attests_wellbeing as boolean | null) ?? false,
        },
        () => new CommitteeAppointmentEntity(),
      );
    });
  },

  async DORM_OFFICERS(run, rowsIn) {
    const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
    const dorms = await loadByKeys(run.tx, DormitoryEntity, 'code', rows.map((x) => s(x.r, 'dorm_code')));
    const students = await loadByKeys(run.tx, StudentEntity, 'studentNo', rows.map((x) => s(x.r, 'student_no')), {
      populate: ['classGroup', 'dormitory'],
    });
    const active = await findByIds(
      run.tx,
      DormOfficerAppointmentEntity,
      'dormitory',
      [...dorms.values()].map((d) => d.id),
      { endedOn: null },
      { populate: ['student'] },
    );
    const byDorm = new Map<number, string[]>();
    for (const a of active) byDorm.set(a.dormitory.id, [...(byDorm.get(a.dormitory.id) ?? []), a.student.studentNo]);
    rows.forEach((row, i) => {
      run.tick(i + 1);
      const dorm = dorms.get(s(row.r, 'dorm_code'));
      const student = students.get(s(row.r, 'student_no'));
      if (!dorm) run.error(row.n, 'dorm_code', unknownDormCode(s(row.r, 'dorm_code')));
      if (!student && run.scope.all) run.error(row.n, 'student_no', unknownStudentNo(s(row.r, 'student_no')));
      if (!dorm) return;
      if (!run.mayWrite(row, 'dorm_code', dorm.college.id)) return;
      // As for committee members: one answer for nobody and for anyone not living here.
      if (!student) {
        if (!run.scope.all) run.error(row.n, 'student_no', notAResidentOfDorm(s(row.r, 'student_no'), dorm.code).message);
        return;
      }
      const list = byDorm.get(dorm.id) ?? [];
      const violation = checkOfficerAppointment(
        placementOf(student),
        dorm.code,
        list,
      );
      if (violation) return run.error(row.n, 'student_no', violation.message);
      if (s(row.r, 'appointed_on') > run.today) return run.error(row.n, 'appointed_on', inTheFuture(s(row.r, 'appointed_on'), run.today));
      if (list.includes(student.studentNo)) {
        run.unchanged++;
        return;
      }
      byDorm.set(dorm.id, [...list, student.studentNo]);
      run.upsert(
        undefined,
        { dormitory: dorm, student, startedOn: s(row.r, 'appointed_on') },
        () => new DormOfficerAppointmentEntity(),
      );
    });
  },
};
