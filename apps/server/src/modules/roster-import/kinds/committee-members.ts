import { checkCommitteeAppointment, notAStudentOfClass, tx } from '@carenet/domain';
import { CommitteeAppointmentEntity } from '../../network/appointment.entities.js';

import { checkPostRow, s, uniqueRows, unknownClassCode, type Handler } from '../import-run.js';
import { activePosts, holdersByNo, unitsByCode } from './post-rows.js';

/** COMMITTEE_MEMBERS rows. */
export const importCommitteeMembers: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
  const classes = await unitsByCode(run.tx, 'CLASS', rows.map((x) => s(x.r, 'class_code')));
  const students = await holdersByNo(run.tx, rows.map((x) => s(x.r, 'student_no')));
  const byClass = new Map<number, { studentNo: string; slot: number }[]>();
  for (const a of await activePosts(run.tx, 'CLASS', [...classes.values()].map((c) => c.id))) {
    byClass.set(a.unitId, [...(byClass.get(a.unitId) ?? []), { studentNo: a.studentNo, slot: a.slot }]);
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
      check: (st, c) => checkCommitteeAppointment(st.placement, c.code, list.map((a) => a.studentNo)),
    });
    if (!student || !classGroup) return;
    if (list.some((a) => a.studentNo === student.studentNo)) {
      run.unchanged++;
      return;
    }
    const slot = [1, 2].find((n) => !list.some((a) => a.slot === n)) ?? 1;
    list.push({ studentNo: student.studentNo, slot });
    byClass.set(classGroup.id, list);
    run.insert(
      row,
      CommitteeAppointmentEntity,
      {
        classGroup: classGroup.id,
        student: student.id,
        slot,
        startedOn: s(row.r, 'appointed_on'),
        attestsService: (row.r.attests_service as boolean | null) ?? false,
        attestsWellbeing: (row.r.attests_wellbeing as boolean | null) ?? false,
      },
      { key: student.studentNo, name: student.name, detail: tx(`committee member of class ${classGroup.name} (${classGroup.code})`, `${classGroup.name}（${classGroup.code}）心理委员`) },
    );
  });
};
