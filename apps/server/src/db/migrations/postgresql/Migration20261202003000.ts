import { Migration } from '@mikro-orm/migrations';
import { fillAll, followUpRows, moveStudents, recountSemesters, resultRows, semesterDeltaSet, tallyDeltas } from '../screening-sql.js';

const distinct = (cols: readonly string[]) => `(${cols.map((c) => `o.${c}`).join(', ')}) is distinct from (${cols.map((c) => `n.${c}`).join(', ')})`;
const R = ['campaign_id', 'student_id', 'flagged'];
const F = ['campaign_id', 'student_id', 'status'];
// An update's rows whose counted columns changed, before and after.
const before = (cols: string[]) => `(select o.* from old_rows o join new_rows n on n.id = o.id where ${distinct(cols)}) x`;
const after = (cols: string[]) => `(select n.* from old_rows o join new_rows n on n.id = o.id where ${distinct(cols)}) x`;
const results = {
  insert: resultRows('new_rows x', 'x', '1'),
  delete: resultRows('old_rows x', 'x', '-1'),
  update: `${resultRows(before(R), 'x', '-1')} union all ${resultRows(after(R), 'x', '1')}`,
};
const followUps = {
  insert: followUpRows('new_rows x', 'x', '1'),
  delete: followUpRows('old_rows x', 'x', '-1'),
  update: `${followUpRows(before(F), 'x', '-1')} union all ${followUpRows(after(F), 'x', '1')}`,
};
const MOVED = `(select o.id, o.class_group_id as cls, -1 as sgn from old_rows o join new_rows n on n.id = o.id where o.class_group_id is distinct from n.class_group_id
  union all select n.id, n.class_group_id, 1 from old_rows o join new_rows n on n.id = o.id where o.class_group_id is distinct from n.class_group_id)`;

// Writers touching one student take turns (carenet_lock_students, Migration20261202001500), so a
// result counted at a class and a move of its student see each other.
const lock = (students: string) => `perform carenet_lock_students(74018, array(select distinct z.student_id from (${students}) z), 'screening_tally, screening_semester_tally')`;
const TRIGGERS: { table: string; name: string; event: 'insert' | 'update' | 'delete'; body: string[] }[] = [];
for (const event of ['insert', 'delete', 'update'] as const) {
  TRIGGERS.push({ table: 'screening_result', name: `screening_result_tally_${event}`, event, body: [lock(results[event]), tallyDeltas(results[event]), semesterDeltaSet(results[event])] });
  TRIGGERS.push({ table: 'follow_up', name: `follow_up_tally_${event}`, event, body: [lock(followUps[event]), tallyDeltas(followUps[event])] });
}
TRIGGERS.push({
  table: 'student',
  name: 'student_screening_tally_update',
  event: 'update',
  body: [lock(`select id as student_id from ${MOVED} m`), ...moveStudents(MOVED)],
});
TRIGGERS.push({
  table: 'screening_campaign',
  name: 'screening_campaign_tally_update',
  event: 'update',
  body: [
    'lock table screening_semester_tally in share row exclusive mode',
    ...recountSemesters((c) => `${c} in (select x from old_rows o join new_rows n on n.id = o.id, lateral (values (o.semester), (n.semester)) v(x) where o.semester is distinct from n.semester)`),
  ],
});

/**
 * Kept screening tallies (issue: metrics whose cost does not grow with the number of students):
 * per campaign, level and college the results, flagged results and follow-ups by status; per
 * semester, level and college the students screened and flagged. Triggers keep them on every write
 * to results, follow-ups, a student's class and a campaign's semester; the follow-up report reads
 * them. `cli verify` recomputes them from the source rows.
 */
export class Migration20261202003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "screening_tally" ("campaign_id" int not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null, "screened" int not null, "flagged" int not null, "pending" int not null, "in_progress" int not null, "referred" int not null, "closed" int not null, constraint "screening_tally_pkey" primary key ("campaign_id", "level", "college_id"));`);
    this.addSql(`create table "screening_semester_tally" ("semester" varchar(20) not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null, "screened" int not null, "flagged" int not null, constraint "screening_semester_tally_pkey" primary key ("semester", "level", "college_id"));`);
    for (const sql of fillAll()) this.addSql(`${sql};`);
    for (const t of TRIGGERS) {
      // EXECUTE plans each statement for the rows at hand: a statement that reads only transition
      // tables has no parameters, so plpgsql would keep the plan made for the first (perhaps empty)
      // table for the life of the connection.
      this.addSql(`create or replace function carenet_${t.name}() returns trigger language plpgsql as $$
begin
${t.body.map((x) => (x.startsWith('perform ') ? `  ${x};` : `  execute $q$${x}$q$;`)).join('\n')}
  return null;
end $$;`);
      const refs = t.event === 'insert' ? 'new table as new_rows' : t.event === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(`create trigger ${t.name} after ${t.event} on ${t.table} referencing ${refs} for each statement execute function carenet_${t.name}();`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) {
      this.addSql(`drop trigger if exists ${t.name} on ${t.table};`);
      this.addSql(`drop function if exists carenet_${t.name}();`);
    }
    this.addSql('drop table if exists "screening_semester_tally";');
    this.addSql('drop table if exists "screening_tally";');
  }
}
