import { checkOfficerAppointment, notAResidentOfDorm, tx } from '@carenet/domain';
import { findByIds, loadByKeys } from '../../../common/lookup.js';
import { DormOfficerAppointmentEntity } from '../../network/appointment.entities.js';
import { DormitoryEntity, StudentEntity } from '../../org/org.entities.js';
import { placementOf } from '../../org/org.mappers.js';

import { checkPostRow, s, uniqueRows, unknownDormCode, type Handler } from '../import-run.js';

/** DORM_OFFICERS rows. */
export const importDormOfficers: Handler = async (run, rowsIn) => {
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
    const list = (dorm && byDorm.get(dorm.id)) || [];
    const student = checkPostRow(run, row, {
      unit: dorm,
      unitKey: 'dorm_code',
      unknownUnit: unknownDormCode(s(row.r, 'dorm_code')),
      student: students.get(s(row.r, 'student_no')),
      notMember: notAResidentOfDorm,
      check: (st, d) => checkOfficerAppointment(placementOf(st), d.code, list),
    });
    if (!student || !dorm) return;
    if (list.includes(student.studentNo)) {
      run.unchanged++;
      return;
    }
    byDorm.set(dorm.id, [...list, student.studentNo]);
    run.upsert(
      row,
      undefined,
      { dormitory: dorm, student, startedOn: s(row.r, 'appointed_on') },
      () => new DormOfficerAppointmentEntity(),
      () => ({
        key: student.studentNo,
        name: student.name,
        detail: tx(`dorm officer of ${dorm.building} ${dorm.room} (${dorm.code})`, `${dorm.building} ${dorm.room}（${dorm.code}）宿舍信息员`),
      }),
    );
  });
};
