import { checkCommitteeAppointment, notAStudentOfClass, tx } from '@carenet/domain';
import { findByIds, loadByKeys } from '../../../common/lookup.js';
import { CommitteeAppointmentEntity } from '../../network/appointment.entities.js';
import { ClassGroupEntity, StudentEntity } from '../../org/org.entities.js';
import { placementOf } from '../../org/org.mappers.js';

import { checkPostRow, s, uniqueRows, unknownClassCode, type Handler } from '../import-run.js';

/** COMMITTEE_MEMBERS rows. */
export const importCommitteeMembers: Handler = async (run, rowsIn) => {
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
    const list = (classGroup && byClass.get(classGroup.id)) || [];
    const student = checkPostRow(run, row, {
      unit: classGroup,
      unitKey: 'class_code',
      unknownUnit: unknownClassCode(s(row.r, 'class_code')),
      student: students.get(s(row.r, 'student_no')),
      notMember: notAStudentOfClass,
      check: (st, c) => checkCommitteeAppointment(placementOf(st), c.code, list.map((a) => a.studentNo)),
    });
    if (!student || !classGroup) return;
    if (list.some((a) => a.studentNo === student.studentNo)) {
      run.unchanged++;
      return;
    }
    const slot = [1, 2].find((n) => !list.some((a) => a.slot === n)) ?? 1;
    list.push({ studentNo: student.studentNo, slot });
    byClass.set(classGroup.id, list);
    run.upsert(
      row,
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
      () => ({ key: student.studentNo, name: student.name, detail: tx(`committee member of class ${classGroup.name} (${classGroup.code})`, `${classGroup.name}（${classGroup.code}）心理委员`) }),
    );
  });
};
