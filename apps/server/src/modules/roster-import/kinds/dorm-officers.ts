import { checkOfficerAppointment, notAResidentOfDorm, tx } from '@carenet/domain';
import { DormOfficerAppointmentEntity } from '../../network/appointment.entities.js';

import { checkPostRow, s, uniqueRows, unknownDormCode, type Handler } from '../import-run.js';
import { activePosts, holdersByNo, unitsByCode } from './post-rows.js';

/** DORM_OFFICERS rows. */
export const importDormOfficers: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'student_no'), 'student_no');
  const dorms = await unitsByCode(run.tx, 'DORM', rows.map((x) => s(x.r, 'dorm_code')));
  const students = await holdersByNo(run.tx, rows.map((x) => s(x.r, 'student_no')));
  const byDorm = new Map<number, string[]>();
  for (const a of await activePosts(run.tx, 'DORM', [...dorms.values()].map((d) => d.id))) byDorm.set(a.unitId, [...(byDorm.get(a.unitId) ?? []), a.studentNo]);
  rows.forEach((row, i) => {
    run.tick(i + 1);
    const dorm = dorms.get(s(row.r, 'dorm_code'));
    const list = (dorm && byDorm.get(dorm.id)) || [];
    const student = checkPostRow(run, row, {
      unit: dorm,
      unitKey: 'dorm_code',
      unknownUnit: unknownDormCode(s(row.r, 'dorm_code')),
      student: students.get(s(row.r, 'student_no')),
      notMember: notAResidentOfDorm,
      check: (st, d) => checkOfficerAppointment(st.placement, d.code, list),
    });
    if (!student || !dorm) return;
    if (list.includes(student.studentNo)) {
      run.unchanged++;
      return;
    }
    byDorm.set(dorm.id, [...list, student.studentNo]);
    run.insert(row, DormOfficerAppointmentEntity, { dormitory: dorm.id, student: student.id, startedOn: s(row.r, 'appointed_on') }, {
      key: student.studentNo,
      name: student.name,
      detail: tx(`dorm officer of ${dorm.name} (${dorm.code})`, `${dorm.name}（${dorm.code}）宿舍信息员`),
    });
  });
};
