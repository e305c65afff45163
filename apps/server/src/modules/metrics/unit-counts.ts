import type { EntityManager } from '@mikro-orm/knex';
import { isSqlite } from '../../common/dates.js';
import { recountUnitsSql, unitDriftSql } from './coverage.sql.js';
import { recountScreeningSql, screeningDriftSql } from './screening.sql.js';
import { recountTraineesSql, traineeDriftSql } from './training.sql.js';
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

/** A kept trainee or progress row the source rows do not give (KEPT), or one they give that is not kept (SOURCE). */
export interface TraineeDrift {
  kind: 'TRAINEE' | 'PROGRESS';
  side: 'KEPT' | 'SOURCE';
  semester: string | null;
  level: string;
  collegeId: number;
  studentId: number;
  modulesDone: number | null;
  attended: number | null;
}

/** Compares the kept trainee rows (training completion) with the source rows; at most 100 differences. */
export async function findTraineeDrift(em: EntityManager): Promise<{ checked: number; drift: TraineeDrift[] }> {
  const conn = em.getConnection();
  const [rows, total] = await Promise.all([
    conn.execute<SqlRow[]>(traineeDriftSql(isSqlite(em)), [], 'all'),
    conn.execute<SqlRow[]>('select (select count(*) from trainee) + (select count(*) from trainee_progress) as n', [], 'all'),
  ]);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    checked: Number(total[0]?.n ?? 0),
    drift: rows.map((r) => ({
      kind: r.kind as TraineeDrift['kind'],
      side: r.side as TraineeDrift['side'],
      semester: r.semester === null ? null : String(r.semester),
      level: String(r.level),
      collegeId: Number(r.college_id),
      studentId: Number(r.student_id),
      modulesDone: num(r.modules_done),
      attended: num(r.attended),
    })),
  };
}

/** Sets the kept trainee rows from the source rows, in one transaction. */
export async function repairTrainees(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of recountTraineesSql(isSqlite(em))) await (tx as EntityManager).execute(sql, [], 'run');
  });
}

/** A kept screening tally row the source rows do not give (KEPT), or one they give that is not kept (SOURCE). */
export interface TallyDrift {
  kind: 'CAMPAIGN' | 'SEMESTER';
  side: 'KEPT' | 'SOURCE';
  campaignId: number | null;
  semester: string | null;
  level: string;
  collegeId: number;
  screened: number;
  flagged: number;
}

/** Compares the kept screening tallies (follow-up report) with the source rows; at most 100 differences. */
export async function findTallyDrift(em: EntityManager): Promise<{ checked: number; drift: TallyDrift[] }> {
  const conn = em.getConnection();
  const [rows, total] = await Promise.all([
    conn.execute<SqlRow[]>(screeningDriftSql(), [], 'all'),
    conn.execute<SqlRow[]>('select (select count(*) from screening_tally) + (select count(*) from screening_semester_tally) as n', [], 'all'),
  ]);
  return {
    checked: Number(total[0]?.n ?? 0),
    drift: rows.map((r) => ({
      kind: r.kind as TallyDrift['kind'],
      side: r.side as TallyDrift['side'],
      campaignId: r.campaign_id === null ? null : Number(r.campaign_id),
      semester: r.semester === null ? null : String(r.semester),
      level: String(r.level),
      collegeId: Number(r.college_id),
      screened: Number(r.screened),
      flagged: Number(r.flagged),
    })),
  };
}

/** Sets the kept screening tallies from the source rows, in one transaction. */
export async function repairTallies(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of recountScreeningSql()) await (tx as EntityManager).execute(sql, [], 'run');
  });
}
