import type { NetworkLevel } from '@carenet/domain';
import { activeCollegesSql, ids, type UnitFilter } from './coverage.sql.js';

// The one home of the screening follow-up rule (docs/metrics.md, "Screening follow-up"). A result
// counts under the student's current class (college and level); rows are the coverage rows.

/**
 * Follow-up status per college. `by` chooses one campaign or every campaign of a semester.
 * Parameters, in order: the campaign id or semester (twice), then the time overdue is measured at.
 * Columns: college_id, college_code, college_name, screened, flagged, pending, in_progress,
 * referred, closed, overdue.
 */
export function followUpByCollegeSql(level: NetworkLevel, f: UnitFilter, by: 'campaign' | 'semester'): string {
  const which = by === 'campaign' ? 'sc.id = ?' : 'sc.semester = ?';
  const joins = `join student s on s.id = x.student_id
  join class_group c on c.id = s.class_group_id
  join screening_campaign sc on sc.id = x.campaign_id`;
  return `
with rowset as (${activeCollegesSql(level, f)}),
res as (
  select c.college_id, x.student_id, x.flagged from screening_result x
  ${joins}
  where c.level = '${level}'${f.classes} and ${which}
),
fu as (
  select c.college_id, x.status, x.due_at from follow_up x
  ${joins}
  where c.level = '${level}'${f.classes} and ${which}
)
select r.college_id, r.college_code, r.college_name,
  coalesce(a.screened, 0) as screened, coalesce(a.flagged, 0) as flagged,
  coalesce(b.pending, 0) as pending, coalesce(b.in_progress, 0) as in_progress,
  coalesce(b.referred, 0) as referred, coalesce(b.closed, 0) as closed, coalesce(b.overdue, 0) as overdue
from rowset r
left join (
  select college_id, count(distinct student_id) as screened, count(distinct case when flagged then student_id end) as flagged
  from res group by college_id
) a on a.college_id = r.college_id
left join (
  select college_id,
    sum(case when status = 'PENDING' then 1 else 0 end) as pending,
    sum(case when status = 'IN_PROGRESS' then 1 else 0 end) as in_progress,
    sum(case when status = 'REFERRED' then 1 else 0 end) as referred,
    sum(case when status = 'CLOSED' then 1 else 0 end) as closed,
    sum(case when status = 'PENDING' and due_at < ? then 1 else 0 end) as overdue
  from fu group by college_id
) b on b.college_id = r.college_id
order by r.college_code`;
}

const FOLLOW_UP_STATUS_COLUMNS: [string, string][] = [
  ['PENDING', 'pending'],
  ['IN_PROGRESS', 'in_progress'],
  ['REFERRED', 'referred'],
  ['CLOSED', 'closed'],
];

/**
 * Per campaign, level and college, from the source rows: results, flagged results and follow-ups by
 * status, each under the student's current class. What `screening_tally` keeps (database triggers).
 * Columns: campaign_id, level, college_id, screened, flagged, pending, in_progress, referred, closed.
 */
export function campaignTallySql(): string {
  const zero = FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `0 as ${c}`).join(', ');
  const statuses = FOLLOW_UP_STATUS_COLUMNS.map(([s, c]) => `case when f.status = '${s}' then 1 else 0 end as ${c}`).join(', ');
  return `
select u.campaign_id, c.level, c.college_id, sum(u.screened) as screened, sum(u.flagged) as flagged,
  ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `sum(u.${c}) as ${c}`).join(', ')}
from (
  select x.campaign_id, x.student_id, 1 as screened, case when x.flagged then 1 else 0 end as flagged, ${zero} from screening_result x
  union all
  select f.campaign_id, f.student_id, 0, 0, ${statuses} from follow_up f
) u join student s on s.id = u.student_id join class_group c on c.id = s.class_group_id
group by u.campaign_id, c.level, c.college_id`;
}

/**
 * Per semester, level and college, from the source rows: students with a result, and with a flagged
 * result, in any campaign of the semester (each student once). What `screening_semester_tally`
 * keeps. Columns: semester, level, college_id, screened, flagged.
 */
export function semesterTallySql(): string {
  return `
select sc.semester, c.level, c.college_id, count(distinct x.student_id) as screened, count(distinct case when x.flagged then x.student_id end) as flagged
from screening_result x join screening_campaign sc on sc.id = x.campaign_id
join student s on s.id = x.student_id join class_group c on c.id = s.class_group_id
group by sc.semester, c.level, c.college_id`;
}

const TALLY_KEPT = `select campaign_id, level, college_id, screened, flagged, ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => c).join(', ')} from screening_tally
  where screened <> 0 or flagged <> 0 or ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `${c} <> 0`).join(' or ')}`;
const SEMESTER_KEPT = 'select semester, level, college_id, screened, flagged from screening_semester_tally where screened <> 0 or flagged <> 0';

/** Follow-ups kept at a class other than their student's (KEPT), or not kept at all (SOURCE), and kept rows of no follow-up (KEPT). */
const FOLLOW_UP_CLASS_DRIFT = `select 'FOLLOW_UP', case when k.follow_up_id is null then 'SOURCE' else 'KEPT' end, f.campaign_id, cast(null as varchar(20)), c.level, c.college_id, 0, 0, f.id
from follow_up f join student s on s.id = f.student_id join class_group c on c.id = s.class_group_id
left join follow_up_class k on k.follow_up_id = f.id
where k.follow_up_id is null or k.class_group_id <> s.class_group_id
union all
select 'FOLLOW_UP', 'KEPT', cast(null as integer), cast(null as varchar(20)), c.level, c.college_id, 0, 0, k.follow_up_id
from follow_up_class k left join class_group c on c.id = k.class_group_id
where not exists (select 1 from follow_up f where f.id = k.follow_up_id)`;

/**
 * Kept tally rows that differ from the source rows, both ways (rows of zeros are no rows), and
 * follow-ups kept at a class other than their student's, at most 100. Columns: kind ('CAMPAIGN' |
 * 'SEMESTER' | 'FOLLOW_UP'), side ('KEPT' | 'SOURCE'), campaign_id, semester, level, college_id,
 * screened, flagged, follow_up_id (a follow-up's level and college are its student's class's).
 */
export function screeningDriftSql(): string {
  const campaign = `select campaign_id, level, college_id, screened, flagged, ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => c).join(', ')} from (${campaignTallySql()}) s`;
  const semester = `select semester, level, college_id, screened, flagged from (${semesterTallySql()}) s`;
  const c = (side: string, a: string, b: string) =>
    `select 'CAMPAIGN' as kind, '${side}' as side, campaign_id, cast(null as varchar(20)) as semester, level, college_id, screened, flagged, cast(null as integer) as follow_up_id from (${a} except ${b}) q`;
  const s = (side: string, a: string, b: string) =>
    `select 'SEMESTER', '${side}', cast(null as integer), semester, level, college_id, screened, flagged, cast(null as integer) from (${a} except ${b}) q`;
  return `select * from (
${c('KEPT', TALLY_KEPT, campaign)}
union all
${c('SOURCE', campaign, TALLY_KEPT)}
union all
${s('KEPT', SEMESTER_KEPT, semester)}
union all
${s('SOURCE', semester, SEMESTER_KEPT)}
union all
${FOLLOW_UP_CLASS_DRIFT}
) d limit 100`;
}

/** Sets both tallies and the follow-ups' kept classes from the source rows (`cli verify --repair`). */
export function recountScreeningSql(): string[] {
  return [
    'delete from screening_tally',
    'delete from screening_semester_tally',
    `insert into screening_tally (campaign_id, level, college_id, screened, flagged, ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => c).join(', ')}) ${campaignTallySql()}`,
    `insert into screening_semester_tally (semester, level, college_id, screened, flagged) ${semesterTallySql()}`,
    'delete from follow_up_class',
    'insert into follow_up_class (follow_up_id, class_group_id) select f.id, s.class_group_id from follow_up f join student s on s.id = f.student_id',
  ];
}

/**
 * Follow-up status per college from the kept tallies: the rule of followUpByCollegeSql, reading
 * one tally row per campaign and college instead of every result. Overdue depends on the time, so
 * it counts the PENDING follow-ups, at the class kept for each (follow_up_class: the student's
 * current class) rather than through the students. Whole colleges only (`colleges` null for every college).
 * Parameters: see keptFollowUpParams. Same columns.
 */
export function keptFollowUpByCollegeSql(level: NetworkLevel, f: UnitFilter, colleges: readonly number[] | null, by: 'campaign' | 'semester'): string {
  const which = colleges === null ? '' : ` and college_id in (${ids(colleges)})`;
  const statuses = FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `sum(t.${c}) as ${c}`).join(', ');
  const counts =
    by === 'campaign'
      ? `select college_id, sum(screened) as screened, sum(flagged) as flagged, ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `sum(${c}) as ${c}`).join(', ')}
  from screening_tally where campaign_id = ? and level = '${level}'${which} group by college_id`
      : `select st.college_id, st.screened, st.flagged, ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `coalesce(b.${c}, 0) as ${c}`).join(', ')}
  from screening_semester_tally st left join (
    select t.college_id, ${statuses} from screening_tally t join screening_campaign sc on sc.id = t.campaign_id
    where sc.semester = ? and t.level = '${level}'${which.replace('college_id', 't.college_id')} group by t.college_id
  ) b on b.college_id = st.college_id
  where st.semester = ? and st.level = '${level}'${which.replace('college_id', 'st.college_id')}`;
  return `
with rowset as (${activeCollegesSql(level, f)}),
k as (${counts}),
o as (
  select c.college_id, count(*) as overdue from follow_up x
  join follow_up_class fc on fc.follow_up_id = x.id join class_group c on c.id = fc.class_group_id
  join screening_campaign sc on sc.id = x.campaign_id
  where x.status = 'PENDING' and x.due_at < ? and c.level = '${level}'${which.replace('college_id', 'c.college_id')} and ${by === 'campaign' ? 'sc.id = ?' : 'sc.semester = ?'}
  group by c.college_id
)
select r.college_id, r.college_code, r.college_name,
  coalesce(k.screened, 0) as screened, coalesce(k.flagged, 0) as flagged,
  ${FOLLOW_UP_STATUS_COLUMNS.map(([, c]) => `coalesce(k.${c}, 0) as ${c}`).join(', ')}, coalesce(o.overdue, 0) as overdue
from rowset r
left join k on k.college_id = r.college_id
left join o on o.college_id = r.college_id
order by r.college_code`;
}

/** Parameters of keptFollowUpByCollegeSql, in order. */
export function keptFollowUpParams(by: 'campaign' | 'semester', key: number | string, asOf: unknown): unknown[] {
  return by === 'campaign' ? [key, asOf, key] : [key, key, asOf, key];
}
