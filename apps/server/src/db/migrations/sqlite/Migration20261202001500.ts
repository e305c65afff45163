import { Migration } from '@mikro-orm/migrations';
import { ALL, refreshSemesters, refreshStudents, SESSION_COLUMNS, STUDENT_COLUMNS, STUDENT_TABLES } from '../trainee-sql.js';

const TRIGGERS: { name: string; sql: string }[] = [];
const trigger = (name: string, event: string, body: string[], when?: string) =>
  TRIGGERS.push({ name, sql: `create trigger ${name} ${event} for each row${when ? ` when ${when}` : ''}\nbegin\n  ${body.join(';\n  ')};\nend;` });
const changed = (cols: readonly string[]) => cols.map((c) => `old.${c} is not new.${c}`).join(' or ');

for (const { table, col, columns } of STUDENT_TABLES) {
  trigger(`${table}_trainees_insert`, `after insert on ${table}`, refreshStudents('sqlite', (c) => `${c} = new.${col}`));
  trigger(`${table}_trainees_delete`, `after delete on ${table}`, refreshStudents('sqlite', (c) => `${c} = old.${col}`));
  trigger(
    `${table}_trainees_update`,
    `after update of ${columns.join(', ')} on ${table}`,
    refreshStudents('sqlite', (c) => `${c} in (old.${col}, new.${col})`),
    changed(columns),
  );
}
trigger(`student_trainees_update`, `after update of ${STUDENT_COLUMNS.join(', ')} on student`, refreshStudents('sqlite', (c) => `${c} = new.id`), changed(STUDENT_COLUMNS));
trigger(
  `training_session_trainees_update`,
  `after update of ${SESSION_COLUMNS.join(', ')} on training_session`,
  refreshStudents('sqlite', (c) => `${c} in (select sa.student_id from session_attendance sa where sa.session_id = new.id)`),
  changed(SESSION_COLUMNS),
);
trigger(`training_programme_trainees_insert`, 'after insert on training_programme', refreshSemesters('sqlite', (c) => `${c} = new.semester`));
trigger(`training_programme_trainees_delete`, 'after delete on training_programme', refreshSemesters('sqlite', (c) => `${c} = old.semester`));
trigger(
  `training_programme_trainees_update`,
  'after update of semester, module_codes on training_programme',
  refreshSemesters('sqlite', (c) => `${c} in (old.semester, new.semester)`),
  'old.semester is not new.semester or old.module_codes is not new.module_codes',
);

/**
 * Kept trainees and their progress per semester (issue: metrics whose cost does not grow with the
 * number of students). Triggers recompute a student's rows on every write to their posts, status,
 * class, dorm, completions or attendance, to a session they attended and to a programme; training
 * completion reads these rows. `cli verify` recomputes them from the source rows.
 */
export class Migration20261202001500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`trainee\` (\`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, \`student_id\` integer not null, primary key (\`level\`, \`college_id\`, \`student_id\`));`);
    this.addSql(`create index \`trainee_student\` on \`trainee\` (\`student_id\`);`);
    this.addSql(`create table \`trainee_progress\` (\`semester\` text not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, \`student_id\` integer not null, \`modules_done\` integer not null, \`attended\` integer not null, primary key (\`semester\`, \`level\`, \`college_id\`, \`student_id\`));`);
    this.addSql(`create index \`trainee_progress_report\` on \`trainee_progress\` (\`semester\`, \`level\`, \`college_id\`, \`modules_done\`, \`attended\`);`);
    this.addSql(`create index \`trainee_progress_student\` on \`trainee_progress\` (\`student_id\`);`);
    for (const sql of refreshStudents('sqlite', ALL)) this.addSql(`${sql};`);
    for (const t of TRIGGERS) this.addSql(t.sql);
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) this.addSql(`drop trigger if exists ${t.name};`);
    this.addSql('drop table if exists `trainee_progress`;');
    this.addSql('drop table if exists `trainee`;');
  }
}
