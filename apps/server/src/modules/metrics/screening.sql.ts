import type { NetworkLevel } from '@carenet/domain';
import { coverageByCollegeSql, type UnitFilter } from './coverage.sql.js';

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
with rowset as (${coverageByCollegeSql(level, f)}),
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
