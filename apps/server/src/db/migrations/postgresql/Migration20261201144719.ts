import { Migration } from '@mikro-orm/migrations';

export class Migration20261201144719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "semester" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(100) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "version" int not null default 1);`);
    this.addSql(`alter table "semester" add constraint "semester_code_unique" unique ("code");`);

    this.addSql(`create table "module_completion" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "semester" varchar(20) not null, "student_id" int not null, "module_code" varchar(32) not null, "completed_on" varchar(10) not null);`);
    this.addSql(`create index "module_completion_student_id_index" on "module_completion" ("student_id");`);
    this.addSql(`alter table "module_completion" add constraint "module_completion_semester_student_id_module_code_unique" unique ("semester", "student_id", "module_code");`);

    this.addSql(`create table "training_programme" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "semester" varchar(20) not null, "module_codes" varchar(700) not null, "min_self_designed_attendance" smallint not null, "version" int not null default 1);`);
    this.addSql(`alter table "training_programme" add constraint "training_programme_semester_unique" unique ("semester");`);

    this.addSql(`create table "training_session" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "semester" varchar(20) not null, "college_id" int not null, "code" varchar(32) not null, "title" varchar(200) not null, "for_undergraduate" boolean not null, "for_graduate" boolean not null, "for_committee_members" boolean not null, "for_dorm_officers" boolean not null, "for_working_group" boolean not null, "form" text check ("form" in ('LECTURE', 'WORKSHOP', 'CASE_DISCUSSION', 'PRACTICE')) not null, "speaker" varchar(100) null, "place" varchar(200) null, "planned_on" varchar(10) null, "status" text check ("status" in ('PLANNED', 'HELD')) not null, "held_on" varchar(10) null, "version" int not null default 1);`);
    this.addSql(`create index "training_session_college_id_semester_index" on "training_session" ("college_id", "semester");`);
    this.addSql(`alter table "training_session" add constraint "training_session_semester_code_unique" unique ("semester", "code");`);

    this.addSql(`create table "session_attendance" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" int not null, "student_id" int not null);`);
    this.addSql(`create index "session_attendance_student_id_index" on "session_attendance" ("student_id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_student_id_unique" unique ("session_id", "student_id");`);

    this.addSql(`alter table "module_completion" add constraint "module_completion_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_session" add constraint "training_session_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session_attendance" drop constraint "session_attendance_session_id_foreign";`);

    this.addSql(`drop table if exists "semester" cascade;`);

    this.addSql(`drop table if exists "module_completion" cascade;`);

    this.addSql(`drop table if exists "training_programme" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "session_attendance" cascade;`);

  }

}
