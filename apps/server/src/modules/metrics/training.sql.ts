import { DEFAULT_MODULE_CODES, type NetworkLevel } from '@carenet/domain';
import { activeCollegesSql, activeHolderJoin, ids, scopeFilter, type UnitFilter } from './coverage.sql.js';

// The one home of the training completion rule (docs/metrics.md, "Training completion"). Rows are the
// coverage report's rows (colleges with an active class or dorm at the level); trainees are the
// active posts of the unit rows' rule, so a lapsed post stops counting at once.

const levelColumn = (level: NetworkLevel) => (level === 'UNDERGRADUATE' ? 'for_undergraduate' : 'for_graduate');

/**
 * Active committee members and dorm officers, one row per (level, college, student): a student
 * holding both posts in one college is one trainee. A post counts while its holder is ENROLLED in
 * the post's unit. `level` null gives both levels. Columns: level, college_id, student_id.
 */
export function traineesSql(level: NetworkLevel | null, f: UnitFilter): string {
  const at = (u: string) => (level ? ` and ${u}.level = '${level}'` : '');
  return `
select c.level, c.college_id, s.id as student_id
from committee_appointment a
${activeHolderJoin('class_group_id')}
join class_group c on c.id = a.class_group_id
where a.ended_on is null${at('c')}${f.classes}
union
select d.level, d.college_id, s.id as student_id
from dorm_officer_appointment a
${activeHolderJoin('dormitory_id')}
join dormitory d on d.id = a.dormitory_id
where a.ended_on is null${at('d')}${f.officers ?? f.dorms}`;
}

/**
 * Each trainee's progress per semester, from the source rows, where there is some: the semester
 * programme's modules done (the default modules without a programme row) and counting sessions of
 * the trainee's own college attended. This is what the `trainee` / `trainee_progress` rows keep
 * (maintained by database triggers); `cli verify` compares the two. Columns: semester, level,
 * college_id, student_id, modules_done, attended.
 */
export function traineeProgressSql(sqlite: boolean): string {
  const codes = `',' || coalesce(p.module_codes, '${DEFAULT_MODULE_CODES.join(',')}') || ','`;
  const code = `',' || mc.module_code || ','`;
  return `
select x.semester, t.level, t.college_id, t.student_id, sum(x.m) as modules_done, sum(x.a) as attended
from (${traineesSql(null, scopeFilter({ all: true }))}) t join (
  select mc.student_id, mc.semester, null as college_id, null as for_ug, null as for_g, 1 as m, 0 as a
    from module_completion mc left join training_programme p on p.semester = mc.semester
    where ${sqlite ? `instr(${codes}, ${code})` : `strpos(${codes}, ${code})`} > 0
  union all
  select sa.student_id, h.semester, h.college_id, h.for_undergraduate, h.for_graduate, 0, 1
    from session_attendance sa join training_session h on h.id = sa.session_id
    where h.status = 'HELD' and (h.for_committee_members or h.for_dorm_officers)
) x on x.student_id = t.student_id
  and (x.college_id is null or (x.college_id = t.college_id and case when t.level = 'UNDERGRADUATE' then x.for_ug else x.for_g end))
group by x.semester, t.level, t.college_id, t.student_id`;
}

/**
 * Kept trainee rows that differ from the source rows, both ways (at most 100). Columns: kind
 * ('TRAINEE' | 'PROGRESS'), side ('KEPT' a kept row the sources do not give, 'SOURCE' the reverse),
 * semester (null for TRAINEE), level, college_id, student_id, modules_done, attended.
 */
export function traineeDriftSql(sqlite: boolean): string {
  const trainees = traineesSql(null, scopeFilter({ all: true }));
  const progress = traineeProgressSql(sqlite);
  const t = (side: string, a: string, b: string) =>
    `select 'TRAINEE' as kind, '${side}' as side, cast(null as varchar(20)) as semester, level, college_id, student_id, cast(null as integer) as modules_done, cast(null as integer) as attended from (${a} except ${b}) q`;
  const p = (side: string, a: string, b: string) =>
    `select 'PROGRESS', '${side}', semester, level, college_id, student_id, modules_done, attended from (${a} except ${b}) q`;
  const keptT = 'select level, college_id, student_id from trainee';
  const keptP = 'select semester, level, college_id, student_id, modules_done, attended from trainee_progress';
  // Each side a single select, so `except` applies to the whole of the other.
  const srcT = `select level, college_id, student_id from (${trainees}) s`;
  const srcP = `select semester, level, college_id, student_id, modules_done, attended from (${progress}) s`;
  return `select * from (
${t('KEPT', keptT, srcT)}
union all
${t('SOURCE', srcT, keptT)}
union all
${p('KEPT', keptP, srcP)}
union all
${p('SOURCE', srcP, keptP)}
) d limit 100`;
}

/** Sets the kept trainee rows from the source rows (`cli verify --repair`). */
export function recountTraineesSql(sqlite: boolean): string[] {
  return [
    'delete from trainee_progress',
    'delete from trainee',
    `insert into trainee (level, college_id, student_id) ${traineesSql(null, scopeFilter({ all: true }))}`,
    `insert into trainee_progress (semester, level, college_id, student_id, modules_done, attended) ${traineeProgressSql(sqlite)}`,
  ];
}

/**
 * Sessions that count for trainees of a level: a college's self-designed sessions of the semester,
 * HELD, for the level, with committee members or officers in the audience (working-group study does
 * not count for trainees). Parameter: semester. Columns: id, college_id.
 */
export function countingSessionsSql(level: NetworkLevel): string {
  return `select id, college_id from training_session
where semester = ? and status = 'HELD' and ${levelColumn(level)} and (for_committee_members or for_dorm_officers)`;
}

/**
 * Training completion per college (SPEC §4). Parameters, in order: semester (sessions), semester
 * (completions), then the programme's module codes. `moduleCount` is their number (≥ 1) and
 * `minAttendance` the programme's minSelfDesignedAttendance. Attendance counts only at a counting
 * session of the trainee's own college. Columns: college_id, college_code, college_name, trainees,
 * basic_completed, sessions_held, attended_self_designed, completed.
 */
export function trainingCompletionSql(level: NetworkLevel, f: UnitFilter, moduleCount: number, minAttendance: number): string {
  const modules = Array.from({ length: moduleCount }, () => '?').join(', ');
  const min = Math.max(0, Math.trunc(minAttendance));
  return `
with rowset as (${activeCollegesSql(level, f)}),
trainee as (${traineesSql(level, f)}),
held as (${countingSessionsSql(level)}),
attended as (
  select t.college_id, t.student_id, count(h.id) as n
  from trainee t
  left join session_attendance sa on sa.student_id = t.student_id
  left join held h on h.id = sa.session_id and h.college_id = t.college_id
  group by t.college_id, t.student_id
),
per_trainee as (
  select a.college_id, a.student_id,
    -- One index lookup per trainee (semester, student_id, module_code): a join with the completions
    -- grouped per student let PostgreSQL misjudge the trainees as a handful and loop over all of them.
    case when (
      select count(distinct mc.module_code) from module_completion mc
      where mc.semester = ? and mc.student_id = a.student_id and mc.module_code in (${modules})
    ) = ${Math.trunc(moduleCount)} then 1 else 0 end as basic_done,
    case when a.n >= ${min} then 1 else 0 end as attended_done
  from attended a
)
select r.college_id, r.college_code, r.college_name,
  coalesce(p.trainees, 0) as trainees, coalesce(p.basic_completed, 0) as basic_completed,
  coalesce(hs.n, 0) as sessions_held,
  coalesce(p.attended_self_designed, 0) as attended_self_designed, coalesce(p.completed, 0) as completed
from rowset r
left join (
  select college_id, count(*) as trainees, sum(basic_done) as basic_completed, sum(attended_done) as attended_self_designed,
    sum(basic_done * attended_done) as completed
  from per_trainee group by college_id
) p on p.college_id = r.college_id
left join (select college_id, count(*) as n from held group by college_id) hs on hs.college_id = r.college_id
order by r.college_code`;
}

/**
 * Training completion per college from the kept trainee rows: the rule of trainingCompletionSql,
 * reading one row per trainee at most instead of their posts, completions and attendance. Whole
 * colleges only (`colleges` null for every college); a scope of single classes uses
 * trainingCompletionSql. Parameters: semester (sessions), semester (progress). Same columns.
 */
export function keptTrainingCompletionSql(
  level: NetworkLevel,
  f: UnitFilter,
  colleges: readonly number[] | null,
  moduleCount: number,
  minAttendance: number,
): string {
  const n = Math.trunc(moduleCount);
  const min = Math.max(0, Math.trunc(minAttendance));
  const which = colleges === null ? '' : ` and college_id in (${ids(colleges)})`;
  return `
with rowset as (${activeCollegesSql(level, f)}),
held as (${countingSessionsSql(level)}),
tr as (select college_id, count(*) as n from trainee where level = '${level}'${which} group by college_id),
pr as (
  select college_id,
    sum(case when modules_done >= ${n} then 1 else 0 end) as basic,
    sum(case when attended >= ${min} then 1 else 0 end) as att,
    sum(case when modules_done >= ${n} and attended >= ${min} then 1 else 0 end) as done
  from trainee_progress where semester = ? and level = '${level}'${which} group by college_id
)
select r.college_id, r.college_code, r.college_name,
  coalesce(tr.n, 0) as trainees, coalesce(pr.basic, 0) as basic_completed, coalesce(hs.n, 0) as sessions_held,
  -- Trainees without a progress row attended nothing: they count as attended only when 0 is enough.
  ${min === 0 ? 'coalesce(tr.n, 0)' : 'coalesce(pr.att, 0)'} as attended_self_designed,
  ${min === 0 ? 'coalesce(pr.basic, 0)' : 'coalesce(pr.done, 0)'} as completed
from rowset r
left join tr on tr.college_id = r.college_id
left join pr on pr.college_id = r.college_id
left join (select college_id, count(*) as n from held group by college_id) hs on hs.college_id = r.college_id
order by r.college_code`;
}
