import { type NetworkLevel, type Position, tx } from '@carenet/domain';
import { loadByKeys } from '../../../common/lookup.js';
import { StaffEntity, WorkingGroupMemberEntity } from '../../org/org.entities.js';

import { s, uniqueRows, colleges, needCollege, POSITION_NAMES, staffOf, type Handler } from '../import-run.js';

/** WORKING_GROUP rows. */
export const importWorkingGroup: Handler = async (run, rowsIn) => {
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
      row,
      byKey.get(key(college.id, member.staffNo, s(row.r, 'position'))),
      {
        college,
        staff: member,
        position: row.r.position as Position,
        servesUndergraduate: levels.includes('UNDERGRADUATE'),
        servesGraduate: levels.includes('GRADUATE'),
      },
      () => new WorkingGroupMemberEntity(),
      (m) => {
        const position = POSITION_NAMES[m.position];
        return { key: member.staffNo, name: member.name, detail: tx(`${college.code}: ${position.en}`, `${college.code}：${position.zh}`) };
      },
    );
    run.tick(i + 1);
  });
};
