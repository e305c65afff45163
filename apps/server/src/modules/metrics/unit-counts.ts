import type { EntityManager } from '@mikro-orm/knex';
import { isSqlite } from '../../common/dates.js';
import { edgeDriftSql, recountEdgesSql, recountUnitsSql, unitDriftSql } from './coverage.sql.js';
import { recountScreeningSql, screeningDriftSql } from './screening.sql.js';
import { recountTraineesSql, traineeDriftSql } from './training.sql.js';
import type { SqlRow } from './coverage.service.js';

// The three kinds of kept figures share one shape: a drift statement listing the differences, a count
// of the kept rows checked, and recount statements run in one transaction.
async function check<T>(em: EntityManager, driftSql: string, keptSql: string, map: (r: SqlRow) => T): Promise<{ checked: number; drift: T[] }> {
  const conn = em.getConnection();
  const [rows, total] = await Promise.all([conn.execute<SqlRow[]>(driftSql, [], 'all'), conn.execute<SqlRow[]>(`select ${keptSql} as n`, [], 'all')]);
  return { checked: Number(total[0]?.n ?? 0), drift: rows.map(map) };
}

async function recount(em: EntityManager, statements: string[]): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of statements) await (tx as EntityManager).execute(sql, [], 'run');
  });
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

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
export function findUnitDrift(em: EntityManager): Promise<{ checked: number; drift: UnitDrift[] }> {
  return check(em, unitDriftSql(), '(select count(*) from class_group) + (select count(*) from dormitory)', (r) => ({
    kind: r.kind as UnitDrift['kind'],
    code: String(r.code),
    keptEnrolled: Number(r.kept_enrolled),
    enrolled: Number(r.enrolled),
    keptPosts: Number(r.kept_posts),
    posts: Number(r.posts),
  }));
}

/** Sets every unit's counts from the source rows, in one transaction. */
export function repairUnitCounts(em: EntityManager): Promise<void> {
  return recount(em, recountUnitsSql());
}

/** A kept coverage edge the posts do not give (KEPT), or one they give that is not kept (SOURCE). */
export interface EdgeDrift {
  side: 'KEPT' | 'SOURCE';
  kind: 'CLASS' | 'DORM';
  code: string | null;
  day: string;
  delta: number;
}

/** Compares the kept coverage edges (coverage history) with the posts; at most 100 differences. */
export function findEdgeDrift(em: EntityManager): Promise<{ checked: number; drift: EdgeDrift[] }> {
  return check(em, edgeDriftSql(), '(select count(*) from coverage_edge)', (r) => ({
    side: r.side as EdgeDrift['side'],
    kind: r.kind as EdgeDrift['kind'],
    code: r.code === null ? null : String(r.code),
    day: String(r.day),
    delta: Number(r.delta),
  }));
}

/** Sets the kept coverage edges from the posts, in one transaction. */
export function repairEdges(em: EntityManager): Promise<void> {
  return recount(em, recountEdgesSql());
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
export function findTraineeDrift(em: EntityManager): Promise<{ checked: number; drift: TraineeDrift[] }> {
  return check(em, traineeDriftSql(isSqlite(em)), '(select count(*) from trainee) + (select count(*) from trainee_progress)', (r) => ({
    kind: r.kind as TraineeDrift['kind'],
    side: r.side as TraineeDrift['side'],
    semester: r.semester === null ? null : String(r.semester),
    level: String(r.level),
    collegeId: Number(r.college_id),
    studentId: Number(r.student_id),
    modulesDone: num(r.modules_done),
    attended: num(r.attended),
  }));
}

/** Sets the kept trainee rows from the source rows, in one transaction. */
export function repairTrainees(em: EntityManager): Promise<void> {
  return recount(em, recountTraineesSql(isSqlite(em)));
}

/**
 * A kept screening tally row the source rows do not give (KEPT), or one they give that is not kept
 * (SOURCE); or (FOLLOW_UP) a follow-up kept at a class other than its student's, or kept or not as it should not be.
 */
export interface TallyDrift {
  kind: 'CAMPAIGN' | 'SEMESTER' | 'FOLLOW_UP';
  side: 'KEPT' | 'SOURCE';
  campaignId: number | null;
  semester: string | null;
  level: string;
  collegeId: number;
  screened: number;
  flagged: number;
  followUpId: number | null;
}

/** Compares the kept screening tallies and follow-up classes (follow-up report) with the source rows; at most 100 differences. */
export function findTallyDrift(em: EntityManager): Promise<{ checked: number; drift: TallyDrift[] }> {
  const kept = '(select count(*) from screening_tally) + (select count(*) from screening_semester_tally) + (select count(*) from follow_up_class)';
  return check(em, screeningDriftSql(), kept, (r) => ({
    kind: r.kind as TallyDrift['kind'],
    side: r.side as TallyDrift['side'],
    campaignId: num(r.campaign_id),
    semester: r.semester === null ? null : String(r.semester),
    level: String(r.level),
    collegeId: Number(r.college_id),
    screened: Number(r.screened),
    flagged: Number(r.flagged),
    followUpId: num(r.follow_up_id),
  }));
}

/** Sets the kept screening tallies from the source rows, in one transaction. */
export function repairTallies(em: EntityManager): Promise<void> {
  return recount(em, recountScreeningSql());
}
