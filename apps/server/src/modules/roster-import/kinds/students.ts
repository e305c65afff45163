import { type EndReason, type Gender, postsEndedByChange, type StudentStatus, tx } from '@carenet/domain';
import { findByIds, loadByKeys } from '../../../common/lookup.js';
import { CommitteeAppointmentEntity, DormOfficerAppointmentEntity } from '../../network/appointment.entities.js';
import { ClassGroupEntity, DormitoryEntity, StudentEntity } from '../../org/org.entities.js';
import { unitsByCode } from './post-rows.js';

import { END_REASON_NAMES, s, sn, uniqueRows, unknownClassCode, unknownDormCode, type Handler } from '../import-run.js';

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
  const existing = await loadByKeys(run.tx, StudentEntity, 'studentNo', rows.map((x) => s(x.r, 'student_no')), {
    populate: ['classGroup', 'dormitory'],
  });
  // Codes of the classes and dorms existing students are in now, to detect moves.
  const classCodeById = new Map<number, string>([...existing.values()].map((x) => [x.classGroup.id, x.classGroup.code]));
  const dormCodeById = new Map<number, string>(
    [...existing.values()].flatMap((x) => (x.dormitory ? [[x.dormitory.id, x.dormitory.code] as [number, string]] : [])),
  );
  const changes: { row: number; student: StudentEntity; committee: EndReason | null; officer: EndReason | null }[] = [];

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
    const described = (no: string, name: string) => ({ key: no, name, detail: tx(`class ${classGroup.name} (${classCode})`, `${classGroup.name}（${classCode}）`) });
    // The file's values; undefined where it has no such column (a change keeps what is stored).
    const given = {
      studentNo: s(row.r, 'student_no'),
      name: s(row.r, 'name'),
      gender: row.r.gender as Gender,
      status: row.r.status as StudentStatus,
      isDormHead: row.r.is_dorm_head === undefined ? undefined : Boolean(row.r.is_dorm_head),
      phone: row.r.phone as string | null | undefined,
      emergencyContact: row.r.emergency_contact as string | null | undefined,
      emergencyPhone: row.r.emergency_phone as string | null | undefined,
    };
    if (!prev) {
      // A new student as a plain row: building 80,000 entities was a third of a first import's time.
      const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
      const defaults = { isDormHead: false, phone: null, emergencyContact: null, emergencyPhone: null };
      run.insert(row, StudentEntity, { ...defaults, ...defined, classGroup: classGroup.id, dormitory: dormitory?.id ?? null }, described(given.studentNo, given.name));
      run.tick(i + 1);
      return;
    }
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
        classGroup: prev.classGroup.id === classGroup.id ? prev.classGroup : run.tx.getReference(ClassGroupEntity, classGroup.id),
        dormitory: !dormitory ? null : prev.dormitory?.id === dormitory.id ? prev.dormitory : run.tx.getReference(DormitoryEntity, dormitory.id),
        ...rest,
      },
      () => new StudentEntity(),
      (x) => described(x.studentNo, x.name),
    );
    const ends = postsEndedByChange(before, { studentNo: student.studentNo, status: student.status, classCode, dormCode });
    if (ends.committee || ends.officer) changes.push({ row: row.n, student, ...ends });
    run.tick(i + 1);
  });
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
