// Frozen SQL for the coverage-history triggers of Migration20261202060000 (both engines), and the rule
// `cli verify` recomputes them with. A change to the rule is a new migration with its own copy.
//
// Coverage over time (docs/metrics.md): a unit is covered on day D when one of its posts started on or
// before D and had not ended by D; only today's active units count. Each active unit keeps the edges of
// its covered spans (its posts merged where they overlap or touch): +1 on the first day of a span, −1
// on the day it stops (none while it runs on), so the units covered on D are the sum of the edges up to
// D. History then reads one or two rows per unit through an index, whatever the number of students.

/** A condition on a unit id column: which units to recompute. */
export type Pred = (col: string) => string;
export const ALL: Pred = () => '1 = 1';

/** Far beyond any real date: the end of a span still running. Dates are 'YYYY-MM-DD' text on both engines. */
const OPEN = '9999-12-31';

export const COVERAGE_UNITS = [
  { kind: 'CLASS', units: 'class_group', posts: 'committee_appointment', col: 'class_group_id' },
  { kind: 'DORM', units: 'dormitory', posts: 'dorm_officer_appointment', col: 'dormitory_id' },
] as const;
export type CoverageUnit = (typeof COVERAGE_UNITS)[number];

/**
 * The edges of the units `pred` picks, from their posts. Columns: level, kind, college_id, unit_id,
 * day, delta. No common table expressions: SQLite allows none inside a trigger.
 */
export function edgeSource(k: CoverageUnit, pred: Pred): string {
  // Gaps and islands: a post opens a new span when no earlier post (ordered by start) runs up to its start.
  return `select u.level, '${k.kind}' as kind, u.college_id, sp.unit_id, case when x.delta = 1 then sp.s else sp.e end as day, x.delta
from (
  select unit_id, min(s) as s, max(e) as e from (
    select unit_id, s, e, sum(case when prev is null or prev < s then 1 else 0 end) over (partition by unit_id order by s, e rows unbounded preceding) as span from (
      select unit_id, s, e, max(e) over (partition by unit_id order by s, e rows between unbounded preceding and 1 preceding) as prev from (
        select a.${k.col} as unit_id, a.started_on as s, coalesce(a.ended_on, '${OPEN}') as e from ${k.posts} a
        where ${pred(`a.${k.col}`)} and (a.ended_on is null or a.ended_on > a.started_on)
      ) p
    ) o
  ) g group by unit_id, span
) sp
join ${k.units} u on u.id = sp.unit_id and u.enrolled_count > 0
join (select 1 as delta union all select -1) x on x.delta = 1 or sp.e <> '${OPEN}'`;
}

/** Recompute the edges of the units `pred` picks (by unit id). */
export function refreshEdges(k: CoverageUnit, pred: Pred): string[] {
  return [
    `delete from coverage_edge where kind = '${k.kind}' and ${pred('unit_id')}`,
    `insert into coverage_edge (level, kind, college_id, unit_id, day, delta) ${edgeSource(k, pred)}`,
  ];
}

/** Post columns whose change moves a unit's edges; unit columns likewise (activity is enrolled_count > 0). */
export const POST_COLUMNS = ['started_on', 'ended_on'] as const;
export const UNIT_COLUMNS = ['enrolled_count', 'level', 'college_id'] as const;
