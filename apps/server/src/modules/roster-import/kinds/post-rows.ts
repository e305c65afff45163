import type { EntityManager } from '@mikro-orm/core';
import type { StudentPlacement, StudentStatus } from '@carenet/domain';
import { rowsByKeys } from '../../../common/lookup.js';

// What a committee-member or dorm-officer file is checked against, read as rows: the students it
// names with their placement, its classes or dorms, and the posts they hold now. As entities (each
// student with their class and dorm) they were most of such an import's time.

type Row = Record<string, string | number | null>;

/** Students (alias `s`) with their class (`c`) and dorm (`d`), for imports that read them by number. */
export const STUDENTS_PLACED = 'from student s join class_group c on c.id = s.class_group_id left join dormitory d on d.id = s.dormitory_id';

/** A student a post row names: who they are and where they are placed. */
export interface PostHolder {
  id: number;
  studentNo: string;
  name: string;
  placement: StudentPlacement;
}

export async function holdersByNo(tx: EntityManager, studentNos: Iterable<string>): Promise<Map<string, PostHolder>> {
  const rows = await rowsByKeys<Row>(
    tx,
    `select s.id, s.student_no, s.name, s.status, c.code as class_code, d.code as dorm_code
     ${STUDENTS_PLACED}`,
    's.student_no',
    studentNos,
  );
  return new Map(
    rows.map((r) => [
      String(r.student_no),
      {
        id: Number(r.id),
        studentNo: String(r.student_no),
        name: String(r.name),
        placement: { studentNo: String(r.student_no), status: r.status as StudentStatus, classCode: String(r.class_code), dormCode: r.dorm_code === null ? null : String(r.dorm_code) },
      },
    ]),
  );
}

/** A class or dorm a post row names, with what the result lists say of it. */
export interface PostUnit {
  id: number;
  code: string;
  /** The class's name, or the dorm's building and room. */
  name: string;
  college: { id: number };
}

export async function unitsByCode(tx: EntityManager, kind: 'CLASS' | 'DORM', codes: Iterable<string>): Promise<Map<string, PostUnit>> {
  const select =
    kind === 'CLASS'
      ? 'select u.id, u.code, u.name, u.college_id from class_group u'
      : `select u.id, u.code, u.building || ' ' || u.room as name, u.college_id from dormitory u`;
  const rows = await rowsByKeys<Row>(tx, select, 'u.code', codes);
  return new Map(rows.map((r) => [String(r.code), { id: Number(r.id), code: String(r.code), name: String(r.name), college: { id: Number(r.college_id) } }]));
}

/** The posts held now in these units: unit id, holder's student number, and the committee slot. */
export async function activePosts(tx: EntityManager, kind: 'CLASS' | 'DORM', unitIds: readonly number[]): Promise<{ unitId: number; studentNo: string; slot: number }[]> {
  const select =
    kind === 'CLASS'
      ? 'select a.class_group_id as unit_id, s.student_no, a.slot from committee_appointment a join student s on s.id = a.student_id'
      : 'select a.dormitory_id as unit_id, s.student_no, 1 as slot from dorm_officer_appointment a join student s on s.id = a.student_id';
  const rows = await rowsByKeys<Row>(tx, select, kind === 'CLASS' ? 'a.class_group_id' : 'a.dormitory_id', unitIds, ' and a.ended_on is null');
  return rows.map((r) => ({ unitId: Number(r.unit_id), studentNo: String(r.student_no), slot: Number(r.slot) }));
}
