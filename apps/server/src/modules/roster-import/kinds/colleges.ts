import { loadByKeys } from '../../../common/lookup.js';
import { CollegeEntity } from '../../org/org.entities.js';

import { s, uniqueRows, type Handler } from '../import-run.js';

/** COLLEGES rows. */
export const importColleges: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'code'), 'code');
  const existing = await loadByKeys(run.tx, CollegeEntity, 'code', rows.map((x) => s(x.r, 'code')));
  rows.forEach((row, i) => {
    if (!run.mayWrite(row, 'code', null)) return;
    run.upsert(
      row,
      existing.get(s(row.r, 'code')),
      { code: s(row.r, 'code'), name: s(row.r, 'name') },
      () => new CollegeEntity(),
      (c) => ({ key: c.code, name: c.name }),
    );
    run.tick(i + 1);
  });
};
