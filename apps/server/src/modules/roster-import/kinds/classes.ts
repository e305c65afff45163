import { type NetworkLevel, tx } from '@carenet/domain';
import { loadByKeys } from '../../../common/lookup.js';
import { ClassGroupEntity, StaffEntity } from '../../org/org.entities.js';

import { s, sn, uniqueRows, colleges, needCollege, staffOf, type Handler } from '../import-run.js';

/** CLASSES rows. */
export const importClasses: Handler = async (run, rowsIn) => {
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
      row,
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
      (c) => ({ key: c.code, name: c.name, detail: tx(`college ${college.code}`, `学院 ${college.code}`) }),
    );
    run.tick(i + 1);
  });
};
