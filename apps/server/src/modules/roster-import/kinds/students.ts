import { type EndReason, type Gender, postsEndedByChange, type StudentStatus, tx } from '@carenet/domain';
import { findByIds, loadByKeys, rowsByKeys } from '../../../common/lookup.js';
import { sqlFlag } from '../../../db/reads.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../../network/appointment.entities.js';
import { ClassGroupEntity, DormitoryEntity, StudentEntity } from '../../org/org.entities.js';
import { STUDENTS_PLACED, unitsByCode } from './post-rows.js';

import { type Described, END_REASON_NAMES, type Row, s, sn, uniqueRows, unknownClassCode, unknownDormCode, type Handler } from '../import-run.js';

/** The file's values of a student; undefined where the file has no such column. */
interface Given {
  studentNo: string;
  name: string;
  gender: Gender;
  status: StudentStatus;
  isDormHead: boolean | undefined;
  phone: string | null | undefined;
  emergencyContact: string | null | undefined;
  emergencyPhone: string | null | undefined;
}

/** A stored student as the import compares it. */
interface StoredStudent {
  id: number | string;
  student_no: string;
  name: string;
  gender: string;
  status: string;
  is_dorm_head: unknown;
  phone: string | null;
  emergency_contact: string | null;
  emergency_phone: string | null;
  class_group_id: number | string;
  dormitory_id: number | string | null;
  class_code: string;
  class_college_id: number | string;
  dorm_code: string | null;
}

/**
 * Whether a row would change nothing: every value the file gives equals the stored one (as the
 * entity update compares them), in the same class and dorm. When unsure it answers false, and the
 * row goes through the entity update, which finds the truth.
 */
function sameAsStored(prev: StoredStudent, given: Given, classGroupId: number, dormitoryId: number | null): boolean {
  const stored: Record<keyof Given, unknown> = {
    studentNo: prev.student_no,
    name: prev.name,
    gender: prev.gender,
    status: prev.status,
    isDormHead: sqlFlag(prev.is_dorm_head),
    phone: prev.phone,
    emergencyContact: prev.emergency_contact,
    emergencyPhone: prev.emergency_phone,
  };
  if (Number(prev.class_group_id) !== classGroupId) return false;
  if ((prev.dormitory_id === null ? null : Number(prev.dormitory_id)) !== dormitoryId) return false;
  return (Object.keys(stored) as (keyof Given)[]).every((k) => given[k] === undefined || given[k] === stored[k]);
}

/** STUDENTS rows. */
export const importStudents: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
  // Classes and dorms as rows: a first import needs only their ids, colleges and names.
  const classes = await unitsByCode(run.tx, 'CLASS', rows.map((x) => s(x.r, 'class_code')));
  const dorms = await unitsByCode(
    run.tx,
    'DORM',
    rows.map((x) => sn(x.r, 'dorm_code')).filter((c): c is string => !!c),
  );
  // Stored students as rows: a file sent again mostly repeats them, and an unchanged row needs no
  // entity. Only the rows that change something are loaded as entities and updated (below).
  const stored = new Map(
    (
      await rowsByKeys<StoredStudent>(
        run.tx,
        `select s.id, s.student_no, s.name, s.gender, s.status, s.is_dorm_head, s.phone, s.emergency_contact, s.emergency_phone,
           s.class_group_id, s.dormitory_id, c.code as class_code, c.college_id as class_college_id, d.code as dorm_code
         ${STUDENTS_PLACED}`,
        's.student_no',
        rows.map((x) => s(x.r, 'student_no')),
      )
    ).map((r) => [String(r.student_no), r]),
  );
  // Codes of the classes and dorms existing students are in now, to detect moves and name ended posts.
  const classCodeById = new Map<number, string>([...stored.values()].map((x) => [Number(x.class_group_id), String(x.class_code)]));
  const dormCodeById = new Map<number, string>(
    [...stored.values()].flatMap((x) => (x.dormitory_id === null ? [] : [[Number(x.dormitory_id), String(x.dorm_code)] as [number, string]])),
  );
  const updates: { row: Row; given: Given; classGroupId: number; dormitoryId: number | null; classCode: string; dormCode: string | null; described: (no: string, name: string) => Described }[] = [];

  rows.forEach((row, i) => {
    const classCode = s(row.r, 'class_code');
    const dormCode = sn(row.r, 'dorm_code');
    const classGroup = classes.get(classCode);
    const dormitory = dormCode ? dorms.get(dormCode) : null;
    if (!classGroup) run.error(row.n, 'class_code', unknownClassCode(classCode));
    if (dormCode && !dormitory) run.error(row.n, 'dorm_code', unknownDormCode(dormCode));
    if (!classGroup || dormitory === undefined) return;
    const prev = stored.get(s(row.r, 'student_no'));
    if (!run.mayWrite(row, 'class_code', classGroup.college.id, prev ? Number(prev.class_college_id) : undefined)) return;
    if (dormitory && !run.mayWrite(row, 'dorm_code', dormitory.college.id)) return;
    const described = (no: string, name: string) => ({ key: no, name, detail: tx(`class ${classGroup.name} (${classCode})`, `${classGroup.name}（${classCode}）`) });
    // The file's values; undefined where it has no such column (a change keeps what is stored).
    const given: Given = {
      studentNo: s(row.r, 'student_no'),
      name: s(row.r, 'name'),
      gender: row.r.gender as Gender,
      status: row.r.status as StudentStatus,
      isDormHead: row.r.is_dorm_head === undefined ? undefined : Boolean(row.r.is_dorm_head),
      phone: row.r.phone as string | null | undefined,
      emergencyContact: row.r.emergency_contact as string | null | undefined,
      emergencyPhone: row.r.emergency_phone as string | null | undefined,
    };
    run.tick(i + 1);
    if (!prev) {
      // A new student as a plain row: building 80,000 entities was a third of a first import's time.
      const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      const defaults = { isDormHead: false, phone: null, emergencyContact: null, emergencyPhone: null };
      run.insert(row, StudentEntity, { ...defaults, ...defined, classGroup: classGroup.id, dormitory: dormitory?.id ?? null }, described(given.studentNo, given.name));
      return;
    }
    const dormitoryId = dormitory?.id ?? null;
    if (sameAsStored(prev, given, classGroup.id, dormitoryId)) {
      run.unchanged++;
      return;
    }
    updates.push({ row, given, classGroupId: classGroup.id, dormitoryId, classCode, dormCode, described });
  });

  const changes: { row: number; student: StudentEntity; committee: EndReason | null; officer: EndReason | null }[] = [];
  const existing = await loadByKeys(run.tx, StudentEntity, 'studentNo', updates.map((u) => u.given.studentNo), { populate: ['classGroup', 'dormitory'] });
  for (const { row, given, classGroupId, dormitoryId, classCode, dormCode, described } of updates) {
    const prev = existing.get(given.studentNo) as StudentEntity;
    const { studentNo, name, gender, ...rest } = given;
    const before = {
      studentNo: prev.studentNo,
      status: prev.status,
      classCode: classCodeById.get(prev.classGroup.id) ?? `#${prev.classGroup.id}`,
      dormCode: prev.dormitory ? (dormCodeById.get(prev.dormitory.id) ?? `#${prev.dormitory.id}`) : null,
    };
    const student = run.upsert(
      row,
      prev,
      {
        // In the file's column order, so a change lists its columns as before.
        studentNo,
        name,
        gender,
        // The loaded class or dorm when it is the same one (so nothing changes), else a reference.
        classGroup: prev.classGroup.id === classGroupId ? prev.classGroup : run.tx.getReference(ClassGroupEntity, classGroupId),
        dormitory: dormitoryId === null ? null : prev.dormitory?.id === dormitoryId ? prev.dormitory : run.tx.getReference(DormitoryEntity, dormitoryId),
        ...rest,
      },
      () => new StudentEntity(),
      (x) => described(x.studentNo, x.name),
    );
    const ends = postsEndedByChange(before, { studentNo: student.studentNo, status: student.status, classCode, dormCode });
    if (ends.committee || ends.officer) changes.push({ row: row.n, student, ...ends });
  }
  if (run.errors.length > 0 || changes.length === 0) return;

  // SPEC.md §3: leaving the class/dorm or the ENROLLED status ends the post, with that reason.
  const byId = new Map(changes.map((c) => [c.student.id, c]));
  const ids = [...byId.keys()];
  const committee = await findByIds(run.tx, CommitteeAppointmentEntity, 'student', ids, { endedOn: null });
  const officers = await findByIds(run.tx, DormOfficerAppointmentEntity, 'student', ids, { endedOn: null });
  // The class or dorm the post was in: the student's previous one, whose code was loaded above.
  for (const a of committee) {
    const c = byId.get(a.student.id);
    const reason = c?.committee;
    if (!c || !reason) continue;
    a.endedOn = run.today;
    a.endReason = reason;
    const unit = classCodeById.get(a.classGroup.id) ?? `#${a.classGroup.id}`;
    const why = END_REASON_NAMES[reason];
    run.end(() => ({
      row: c.row,
      key: c.student.studentNo,
      name: c.student.name,
      detail: tx(`committee member of class ${unit}: ${why.en}`, `班级 ${unit} 心理委员：${why.zh}`),
      columns: [],
    }));
  }
  for (const a of officers) {
    const c = byId.get(a.student.id);
    const reason = c?.officer;
    if (!c || !reason) continue;
    a.endedOn = run.today;
    a.endReason = reason;
    const unit = dormCodeById.get(a.dormitory.id) ?? `#${a.dormitory.id}`;
    const why = END_REASON_NAMES[reason];
    run.end(() => ({
      row: c.row,
      key: c.student.studentNo,
      name: c.student.name,
      detail: tx(`dorm officer of ${unit}: ${why.en}`, `宿舍 ${unit} 信息员：${why.zh}`),
      columns: [],
    }));
  }
};
