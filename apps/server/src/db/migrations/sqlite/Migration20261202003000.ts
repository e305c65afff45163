import { Migration } from '@mikro-orm/migrations';
import { fillAll, followUpRows, moveStudents, recountSemesters, resultRows, rowOf, semesterDeltaRow, tallyDeltas } from '../screening-sql.js';

const TRIGGERS: { name: string; sql: string }[] = [];
const trigger = (name: string, event: string, body: string[], when?: string) =>
  TRIGGERS.push({ name, sql: `create trigger ${name} ${event} for each row${when ? ` when ${when}` : ''}\nbegin\n  ${body.join(';\n  ')};\nend;` });
const changed = (cols: readonly string[]) => cols.map((c) => `old.${c} is not new.${c}`).join(' or ');

const R = ['campaign_id', 'student_id', 'flagged'];
const F = ['campaign_id', 'student_id', 'status'];
const result = (r: string, sign: string) => resultRows(rowOf(r, 'x', R), 'x', sign);
const followUp = (r: string, sign: string) => followUpRows(rowOf(r, 'x', F), 'x', sign);

trigger('screening_result_tally_insert', 'after insert on screening_result', [tallyDeltas(result('new', '1')), semesterDeltaRow('new', '1')]);
trigger('screening_result_tally_delete', 'after delete on screening_result', [tallyDeltas(result('old', '-1')), semesterDeltaRow('old', '-1')]);
trigger(
  'screening_result_tally_update',
  `after update of ${R.join(', ')} on screening_result`,
  [tallyDeltas(`${result('old', '-1')} union all ${result('new', '1')}`), semesterDeltaRow('old', '-1'), semesterDeltaRow('new', '1')],
  changed(R),
);
trigger('follow_up_tally_insert', 'after insert on follow_up', [tallyDeltas(followUp('new', '1'))]);
trigger('follow_up_tally_delete', 'after delete on follow_up', [tallyDeltas(followUp('old', '-1'))]);
trigger('follow_up_tally_update', `after update of ${F.join(', ')} on follow_up`, [tallyDeltas(`${followUp('old', '-1')} union all ${followUp('new', '1')}`)], changed(F));
trigger(
  'student_screening_tally_update',
  'after update of class_group_id on student',
  moveStudents('(select new.id as id, old.class_group_id as cls, -1 as sgn union all select new.id, new.class_group_id, 1)'),
  'old.class_group_id is not new.class_group_id',
);
trigger(
  'screening_campaign_tally_update',
  'after update of semester on screening_campaign',
  recountSemesters((c) => `${c} in (old.semester, new.semester)`),
  'old.semester is not new.semester',
);

/**
 * Kept screening tallies (issue: metrics whose cost does not grow with the number of students):
 * per campaign, level and college the results, flagged results and follow-ups by status; per
 * semester, level and college the students screened and flagged. Triggers keep them on every write
 * to results, follow-ups, a student's class and a campaign's semester; the follow-up report reads
 * them. `cli verify` recomputes them from the source rows.
 */
export class Migration20261202003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`screening_tally\` (\`campaign_id\` integer not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, \`screened\` integer not null, \`flagged\` integer not null, \`pending\` integer not null, \`in_progress\` integer not null, \`referred\` integer not null, \`closed\` integer not null, primary key (\`campaign_id\`, \`level\`, \`college_id\`));`);
    this.addSql(`create table \`screening_semester_tally\` (\`semester\` text not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, \`screened\` integer not null, \`flagged\` integer not null, primary key (\`semester\`, \`level\`, \`college_id\`));`);
    for (const sql of fillAll()) this.addSql(`${sql};`);
    for (const t of TRIGGERS) this.addSql(t.sql);
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) this.addSql(`drop trigger if exists ${t.name};`);
    this.addSql('drop table if exists `screening_semester_tally`;');
    this.addSql('drop table if exists `screening_tally`;');
  }
}
