import { type NetworkLevel, tx } from '@carenet/domain';
import { loadByKeys } from '../../../common/lookup.js';
import { DormitoryEntity } from '../../org/org.entities.js';

import { s, uniqueRows, colleges, needCollege, type Handler } from '../import-run.js';

/** DORMITORIES rows. */
export const importDormitories: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'code'), 'code');
  const cols = await colleges(run, rows);
  const existing = await loadByKeys(run.tx, DormitoryEntity, 'code', rows.map((x) => s(x.r, 'code')));
  rows.forEach((row, i) => {
    const college = needCollege(run, cols, row);
    if (!college) return;
    if (!run.mayWrite(row, 'college_code', college.id, existing.get(s(row.r, 'code'))?.college.id)) return;
    run.upsert(
      row,
      existing.get(s(row.r, 'code')),
      {
        code: s(row.r, 'code'),
        building: s(row.r, 'building'),
        room: s(row.r, 'room'),
        college,
        level: row.r.level as NetworkLevel,
      },
      () => new DormitoryEntity(),
      (d) => ({ key: d.code, name: `${d.building} ${d.room}`, detail: tx(`college ${college.code}`, `学院 ${college.code}`) }),
    );
    run.tick(i + 1);
  });
};
