import { type Facility, tx } from '@carenet/domain';
import { WorkstationEntity } from '../../org/org.entities.js';

import { s, uniqueRows, colleges, needCollege, type Handler } from '../import-run.js';

/** WORKSTATIONS rows. */
export const importWorkstations: Handler = async (run, rowsIn) => {
  const rows = uniqueRows(run, rowsIn, (r) => s(r, 'college_code'), 'college_code');
  const cols = await colleges(run, rows);
  const existing = await run.tx.find(WorkstationEntity, { college: { $in: [...cols.values()].map((c) => c.id) } });
  const byCollege = new Map(existing.map((w) => [w.college.id, w]));
  rows.forEach((row, i) => {
    const college = needCollege(run, cols, row);
    if (!college) return;
    if (!run.mayWrite(row, 'college_code', college.id)) return;
    const f = (row.r.facilities as Facility[] | null) ?? [];
    run.upsert(
      row,
      byCollege.get(college.id),
      {
        college,
        room: s(row.r, 'room'),
        talkTableChairs: f.includes('TALK_TABLE_CHAIRS'),
        sofa: f.includes('SOFA'),
        teaTable: f.includes('TEA_TABLE'),
        books: f.includes('BOOKS'),
      },
      () => new WorkstationEntity(),
      (w) => ({ key: college.code, name: college.name, detail: tx(`room ${w.room}`, `地点 ${w.room}`) }),
    );
    run.tick(i + 1);
  });
};
