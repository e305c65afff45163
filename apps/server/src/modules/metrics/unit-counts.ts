import type { EntityManager } from '@mikro-orm/knex';
import { recountUnitsSql, unitDriftSql } from './coverage.sql.js';
import type { SqlRow } from './coverage.service.js';

/** A class or dorm whose kept counts differ from what its source rows say. */
export interface UnitDrift {
  kind: 'CLASS' | 'DORM';
  code: string;
  keptEnrolled: number;
  enrolled: number;
  keptPosts: number;
  posts: number;
}

/** Recomputes every unit's counts from the students and appointments and lists the ones that differ. */
export async function findUnitDrift(em: EntityManager): Promise<{ checked: number; drift: UnitDrift[] }> {
  const conn = em.getConnection();
  const [rows, total] = await Promise.all([
    conn.execute<SqlRow[]>(unitDriftSql(), [], 'all'),
    conn.execute<SqlRow[]>('select (select count(*) from class_group) + (select count(*) from dormitory) as n', [], 'all'),
  ]);
  return {
    checked: Number(total[0]?.n ?? 0),
    drift: rows.map((r) => ({
      kind: r.kind as UnitDrift['kind'],
      code: String(r.code),
      keptEnrolled: Number(r.kept_enrolled),
      enrolled: Number(r.enrolled),
      keptPosts: Number(r.kept_posts),
      posts: Number(r.posts),
    })),
  };
}

/** Sets every unit's counts from the source rows, in one transaction. */
export async function repairUnitCounts(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of recountUnitsSql()) await (tx as EntityManager).execute(sql, [], 'run');
  });
}
