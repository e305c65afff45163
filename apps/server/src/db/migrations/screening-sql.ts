// Frozen SQL for the screening tally triggers of Migration20261202003000 (both engines). A change to
// the rule is a new migration with its own copy; the live rule for `cli verify` is in
// modules/metrics/screening.sql.ts. A result and its follow-up count under the student's current
// class (its level and college).

const b = (x: string) => `case when ${x} then 1 else 0 end`;

const TALLY_UPSERT = `on conflict (campaign_id, level, college_id) do update set
    screened = screening_tally.screened + excluded.screened, flagged = screening_tally.flagged + excluded.flagged,
    pending = screening_tally.pending + excluded.pending, in_progress = screening_tally.in_progress + excluded.in_progress,
    referred = screening_tally.referred + excluded.referred, closed = screening_tally.closed + excluded.closed`;
const SEMESTER_UPSERT = `on conflict (semester, level, college_id) do update set
    screened = screening_semester_tally.screened + excluded.screened, flagged = screening_semester_tally.flagged + excluded.flagged`;
const TALLY_COLUMNS = 'screening_tally (campaign_id, level, college_id, screened, flagged, pending, in_progress, referred, closed)';

/** Follow-up status counts of rows `f`, times `sign`: pending, in_progress, referred, closed. */
const statuses = (f: string, sign: string) =>
  (
    [
      ['PENDING', 'p'],
      ['IN_PROGRESS', 'ip'],
      ['REFERRED', 'rf'],
      ['CLOSED', 'cl'],
    ] as const
  )
    .map(([s, as]) => `${sign} * ${b(`${f}.status = '${s}'`)} as ${as}`)
    .join(', ');

/**
 * Deltas of result and follow-up rows into the campaign tally, at each student's current class.
 * `rows` yields (campaign_id, student_id, sg, fl, p, ip, rf, cl).
 */
export function tallyDeltas(rows: string): string {
  return `insert into ${TALLY_COLUMNS}
select d.campaign_id, c.level, c.college_id, sum(d.sg), sum(d.fl), sum(d.p), sum(d.ip), sum(d.rf), sum(d.cl)
from (${rows}) d join student s on s.id = d.student_id join class_group c on c.id = s.class_group_id
where 1 = 1
group by d.campaign_id, c.level, c.college_id
${TALLY_UPSERT}`;
}
/** Result rows from `source` (named `t`) as deltas (sign 1 or -1). */
export const resultRows = (source: string, t: string, sign: string) =>
  `select ${t}.campaign_id, ${t}.student_id, ${sign} as sg, ${sign} * ${b(`${t}.flagged`)} as fl, 0 as p, 0 as ip, 0 as rf, 0 as cl from ${source}`;
/** Follow-up rows from `source` (named `t`) as deltas. */
export const followUpRows = (source: string, t: string, sign: string) =>
  `select ${t}.campaign_id, ${t}.student_id, 0 as sg, 0 as fl, ${statuses(t, sign)} from ${source}`;
/** SQLite: a trigger's row (`new` or `old`) as a one-row table named `t`. */
export const rowOf = (r: string, t: string, columns: string[]) => `(select ${columns.map((c) => `${r}.${c} as ${c}`).join(', ')}) ${t}`;

/**
 * SQLite, one result row `r` ('new' or 'old') added (sign 1) or removed (-1): the semester tally
 * changes when it is the student's only result (only flagged result) of the semester.
 */
export function semesterDeltaRow(r: string, sign: string): string {
  const others = (extra: string) =>
    `exists (select 1 from screening_result r2 join screening_campaign c2 on c2.id = r2.campaign_id where r2.student_id = ${r}.student_id and c2.semester = sc.semester and r2.id <> ${r}.id${extra})`;
  return `insert into screening_semester_tally (semester, level, college_id, screened, flagged)
select sc.semester, c.level, c.college_id, ${sign} * ${b(`not ${others('')}`)}, ${sign} * ${b(`${r}.flagged and not ${others(' and r2.flagged')}`)}
from screening_campaign sc, student s join class_group c on c.id = s.class_group_id
where sc.id = ${r}.campaign_id and s.id = ${r}.student_id
${SEMESTER_UPSERT}`;
}

/**
 * PostgreSQL, a statement's result rows (new_rows added, old_rows removed; either may be absent):
 * per (semester, student), screened before = now − net rows added, and the tally moves by
 * (now > 0) − (before > 0); the same for flagged results.
 */
export function semesterDeltaSet(changed: string): string {
  return `insert into screening_semester_tally (semester, level, college_id, screened, flagged)
select q.semester, c.level, c.college_id, sum(sign(q.n) - sign(q.n - q.k)), sum(sign(q.nf) - sign(q.nf - q.kf))
from (
  select d.semester, d.student_id, d.k, d.kf,
    (select count(*) from screening_result r join screening_campaign c2 on c2.id = r.campaign_id where r.student_id = d.student_id and c2.semester = d.semester) as n,
    (select count(*) from screening_result r join screening_campaign c2 on c2.id = r.campaign_id where r.student_id = d.student_id and c2.semester = d.semester and r.flagged) as nf
  from (
    select sc.semester, x.student_id, sum(x.sg) as k, sum(x.fl) as kf from (${changed}) x join screening_campaign sc on sc.id = x.campaign_id
    group by sc.semester, x.student_id
  ) d
) q join student s on s.id = q.student_id join class_group c on c.id = s.class_group_id
where 1 = 1
group by q.semester, c.level, c.college_id
${SEMESTER_UPSERT}`;
}

/**
 * Students that changed class, as `mv` rows (id, cls, sgn): their old class with -1 and new class
 * with +1. Moves every result, follow-up and semester contribution of theirs.
 */
export function moveStudents(mv: string): string[] {
  return [
    `insert into ${TALLY_COLUMNS}
select u.campaign_id, c.level, c.college_id, sum(u.sg), sum(u.fl), sum(u.p), sum(u.ip), sum(u.rf), sum(u.cl)
from (
  select x.campaign_id, mv.cls, mv.sgn as sg, mv.sgn * ${b('x.flagged')} as fl, 0 as p, 0 as ip, 0 as rf, 0 as cl
    from ${mv} mv join screening_result x on x.student_id = mv.id
  union all
  select f.campaign_id, mv.cls, 0, 0, ${statuses('f', 'mv.sgn')}
    from ${mv} mv join follow_up f on f.student_id = mv.id
) u join class_group c on c.id = u.cls
where 1 = 1
group by u.campaign_id, c.level, c.college_id
${TALLY_UPSERT}`,
    `insert into screening_semester_tally (semester, level, college_id, screened, flagged)
select y.semester, c.level, c.college_id, sum(mv.sgn), sum(mv.sgn * y.fl)
from ${mv} mv join (
  select x.student_id, sc.semester, max(${b('x.flagged')}) as fl from screening_result x join screening_campaign sc on sc.id = x.campaign_id
  where x.student_id in (select mv2.id from ${mv} mv2)
  group by x.student_id, sc.semester
) y on y.student_id = mv.id join class_group c on c.id = mv.cls
where 1 = 1
group by y.semester, c.level, c.college_id
${SEMESTER_UPSERT}`,
  ];
}

/** The semester tally of the semesters `pred` picks, recomputed from the source rows (a campaign changed semester). */
export function recountSemesters(pred: (col: string) => string): string[] {
  return [
    `delete from screening_semester_tally where ${pred('semester')}`,
    `insert into screening_semester_tally (semester, level, college_id, screened, flagged)
select sc.semester, c.level, c.college_id, count(distinct x.student_id), count(distinct case when x.flagged then x.student_id end)
from screening_result x join screening_campaign sc on sc.id = x.campaign_id join student s on s.id = x.student_id join class_group c on c.id = s.class_group_id
where ${pred('sc.semester')}
group by sc.semester, c.level, c.college_id`,
  ];
}

/** Both tallies from the source rows (the migration's first fill). */
export function fillAll(): string[] {
  return [
    tallyDeltas(`${resultRows('screening_result', 'screening_result', '1')} union all ${followUpRows('follow_up', 'follow_up', '1')}`),
    ...recountSemesters(() => '1 = 1'),
  ];
}
