import { tx } from '@carenet/domain';
import { loadByKeys } from '../../../common/lookup.js';
import { StaffEntity } from '../../org/org.entities.js';

import { s, sn, uniqueRows, colleges, needCollege, OUTSIDE_EVERY_COLLEGE, type Handler } from '../import-run.js';

/** STAFF rows. */
export const importStaff: Handler = async (run, rowsIn) => {
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
      row,
      prev,
      { staffNo: s(row.r, 'staff_no'), name: s(row.r, 'name'), college },
      () => new StaffEntity(),
      (m) => ({ key: m.staffNo, name: m.name, detail: code ? tx(`college ${code}`, `学院 ${code}`) : null }),
    );
    run.tick(i + 1);
  });
};
