import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`semester\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`version\` integer not null default 1);`);
    this.addSql(`create unique index \`semester_code_unique\` on \`semester\` (\`code\`);`);

    this.addSql(`create table \`module_completion\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`semester\` text not null, \`student_id\` integer not null, \`module_code\` text not null, \`completed_on\` text not null, constraint \`module_completion_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`module_completion_student_id_index\` on \`module_completion\` (\`student_id\`);`);
    this.addSql(`create unique index \`module_completion_semester_student_id_module_code_unique\` on \`module_completion\` (\`semester\`, \`student_id\`, \`module_code\`);`);

    this.addSql(`create table \`training_programme\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`semester\` text not null, \`module_codes\` text not null, \`min_self_designed_attendance\` integer not null, \`version\` integer not null default 1);`);
    this.addSql(`create unique index \`training_programme_semester_unique\` on \`training_programme\` (\`semester\`);`);

    this.addSql(`create table \`training_session\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`semester\` text not null, \`college_id\` integer not null, \`code\` text not null, \`title\` text not null, \`for_undergraduate\` integer not null, \`for_graduate\` integer not null, \`for_committee_members\` integer not null, \`for_dorm_officers\` integer not null, \`for_working_group\` integer not null, \`form\` text check (\`form\` in ('LECTURE', 'WORKSHOP', 'CASE_DISCUSSION', 'PRACTICE')) not null, \`speaker\` text null, \`place\` text null, \`planned_on\` text null, \`status\` text check (\`status\` in ('PLANNED', 'HELD')) not null, \`held_on\` text null, \`version\` integer not null default 1, constraint \`training_session_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`training_session_college_id_index\` on \`training_session\` (\`college_id\`);`);
    this.addSql(`create index \`training_session_college_id_semester_index\` on \`training_session\` (\`college_id\`, \`semester\`);`);
    this.addSql(`create unique index \`training_session_semester_code_unique\` on \`training_session\` (\`semester\`, \`code\`);`);

    this.addSql(`create table \`session_attendance\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`session_id\` integer not null, \`student_id\` integer not null, constraint \`session_attendance_session_id_foreign\` foreign key(\`session_id\`) references \`training_session\`(\`id\`) on delete cascade on update cascade, constraint \`session_attendance_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`session_attendance_session_id_index\` on \`session_attendance\` (\`session_id\`);`);
    this.addSql(`create index \`session_attendance_student_id_index\` on \`session_attendance\` (\`student_id\`);`);
    this.addSql(`create unique index \`session_attendance_session_id_student_id_unique\` on \`session_attendance\` (\`session_id\`, \`student_id\`);`);
  }

}
