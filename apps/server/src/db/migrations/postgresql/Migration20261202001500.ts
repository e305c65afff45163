import { Migration } from '@mikro-orm/migrations';
import { ALL, refreshSemesters, refreshStudents, SESSION_COLUMNS, STUDENT_COLUMNS, STUDENT_TABLES } from '../trainee-sql.js';

// EXECUTE plans each statement for the array at hand; a cached generic plan would be made once per
// connection, perhaps for a table that was empty then.
const execute = (xs: string[], arg: string) => xs.map((x) => `  execute $q$${x}$q$ using ${arg};`).join('\n');
const distinct = (cols: readonly string[]) => `(${cols.map((c) => `o.${c}`).join(', ')}) is distinct from (${cols.map((c) => `n.${c}`).join(', ')})`;

// Statement-level triggers (one recompute per statement, set-based, for imports of thousands of
// rows); PostgreSQL allows no column list and one event per trigger with transition tables.
const TRIGGERS: { table: string; name: string; event: 'insert' | 'update' | 'delete'; ids: string; fn: string }[] = [];
for (const { table, col, columns } of STUDENT_TABLES) {
  TRIGGERS.push({ table, name: `${table}_trainees_insert`, event: 'insert', fn: 'carenet_refresh_trainees', ids: `select ${col} from new_rows` });
  TRIGGERS.push({ table, name: `${table}_trainees_delete`, event: 'delete', fn: 'carenet_refresh_trainees', ids: `select ${col} from old_rows` });
  TRIGGERS.push({
    table,
    name: `${table}_trainees_update`,
    event: 'update',
    fn: 'carenet_refresh_trainees',
    ids: `select x from old_rows o join new_rows n on n.id = o.id, lateral (values (o.${col}), (n.${col})) v(x) where ${distinct(columns)}`,
  });
}
TRIGGERS.push({
  table: 'student',
  name: 'student_trainees_update',
  event: 'update',
  fn: 'carenet_refresh_trainees',
  ids: `select n.id from old_rows o join new_rows n on n.id = o.id where ${distinct(STUDENT_COLUMNS)}`,
});
TRIGGERS.push({
  table: 'training_session',
  name: 'training_session_trainees_update',
  event: 'update',
  fn: 'carenet_refresh_trainees',
  ids: `select sa.student_id from session_attendance sa where sa.session_id in (select n.id from old_rows o join new_rows n on n.id = o.id where ${distinct(SESSION_COLUMNS)})`,
});
TRIGGERS.push({ table: 'training_programme', name: 'training_programme_trainees_insert', event: 'insert', fn: 'carenet_refresh_trainee_semesters', ids: 'select semester from new_rows' });
TRIGGERS.push({ table: 'training_programme', name: 'training_programme_trainees_delete', event: 'delete', fn: 'carenet_refresh_trainee_semesters', ids: 'select semester from old_rows' });
TRIGGERS.push({
  table: 'training_programme',
  name: 'training_programme_trainees_update',
  event: 'update',
  fn: 'carenet_refresh_trainee_semesters',
  ids: `select x from old_rows o join new_rows n on n.id = o.id, lateral (values (o.semester), (n.semester)) v(x) where ${distinct(['semester', 'module_codes'])}`,
});

/**
 * Kept trainees and their progress per semester (issue: metrics whose cost does not grow with the
 * number of students). Triggers recompute a student's rows on every write to their posts, status,
 * class, dorm, completions or attendance, to a session they attended and to a programme; training
 * completion reads these rows. `cli verify` recomputes them from the source rows.
 */
export class Migration20261202001500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "trainee" ("level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null, "student_id" int not null, constraint "trainee_pkey" primary key ("level", "college_id", "student_id"));`);
    this.addSql(`create index "trainee_student" on "trainee" ("student_id");`);
    this.addSql(`create table "trainee_progress" ("semester" varchar(20) not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null, "student_id" int not null, "modules_done" int not null, "attended" int not null, constraint "trainee_progress_pkey" primary key ("semester", "level", "college_id", "student_id"));`);
    this.addSql(`create index "trainee_progress_report" on "trainee_progress" ("semester", "level", "college_id", "modules_done", "attended");`);
    this.addSql(`create index "trainee_progress_student" on "trainee_progress" ("student_id");`);
    for (const sql of refreshStudents('postgresql', ALL)) this.addSql(`${sql};`);
    // Concurrent writers touching one student take turns, so each recompute's statements see what
    // the other committed: an advisory lock per student (in id order) while a transaction has
    // touched few students, the kept tables' lock beyond that (the lock table is small: 20,000
    // students in one import would exhaust it).
    this.addSql(`create or replace function carenet_lock_students(ns int, ids int[], tables text) returns void language plpgsql as $$
declare n int;
begin
  n := coalesce(nullif(current_setting('carenet.student_locks_' || ns, true), ''), '0')::int + cardinality(ids);
  perform set_config('carenet.student_locks_' || ns, n::text, true);
  if n > 256 then
    execute 'lock table ' || tables || ' in share row exclusive mode';
  else
    perform pg_advisory_xact_lock(ns, q.i) from (select distinct unnest(ids) as i order by 1) q;
  end if;
end $$;`);
    this.addSql(`create or replace function carenet_refresh_trainees(ids int[]) returns void language plpgsql as $$
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  perform carenet_lock_students(74017, ids, 'trainee, trainee_progress');
${execute(refreshStudents('postgresql', (c) => `${c} = any($1)`), 'ids')}
end $$;`);
    // A programme change recomputes its semester for everyone; it waits for writers of the table.
    this.addSql(`create or replace function carenet_refresh_trainee_semesters(sems text[]) returns void language plpgsql as $$
begin
  if sems is null or cardinality(sems) = 0 then return; end if;
  lock table trainee_progress in share row exclusive mode;
${execute(refreshSemesters('postgresql', (c) => `${c} = any($1)`), 'sems')}
end $$;`);
    for (const t of TRIGGERS) {
      this.addSql(`create or replace function carenet_${t.name}() returns trigger language plpgsql as $$
begin
  perform ${t.fn}(array(${t.ids}));
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
    this.addSql('drop function if exists carenet_refresh_trainees(int[]);');
    this.addSql('drop function if exists carenet_lock_students(int, int[], text);');
    this.addSql('drop function if exists carenet_refresh_trainee_semesters(text[]);');
    this.addSql('drop table if exists "trainee_progress";');
    this.addSql('drop table if exists "trainee";');
  }
}
