import { Migration } from '@mikro-orm/migrations';

export class Migration20261128195144 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "college" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null);`);
    this.addSql(`alter table "college" add constraint "college_code_unique" unique ("code");`);

    this.addSql(`create table "dormitory" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "building" varchar(100) not null, "room" varchar(50) not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null);`);
    this.addSql(`alter table "dormitory" add constraint "dormitory_code_unique" unique ("code");`);
    this.addSql(`create index "dormitory_college_id_level_index" on "dormitory" ("college_id", "level");`);

    this.addSql(`create table "staff" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "staff_no" varchar(20) not null, "name" varchar(100) not null, "college_id" int null);`);
    this.addSql(`alter table "staff" add constraint "staff_staff_no_unique" unique ("staff_no");`);

    this.addSql(`create table "class_group" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(200) not null, "grade" varchar(20) not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "college_id" int not null, "counselor_id" int null);`);
    this.addSql(`alter table "class_group" add constraint "class_group_code_unique" unique ("code");`);
    this.addSql(`create index "class_group_college_id_level_index" on "class_group" ("college_id", "level");`);

    this.addSql(`create table "student" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "student_no" varchar(20) not null, "name" varchar(100) not null, "gender" text check ("gender" in ('M', 'F')) not null, "status" text check ("status" in ('ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) not null, "is_dorm_head" boolean not null default false, "class_group_id" int not null, "dormitory_id" int null);`);
    this.addSql(`alter table "student" add constraint "student_student_no_unique" unique ("student_no");`);
    this.addSql(`create index "student_dormitory_id_status_index" on "student" ("dormitory_id", "status");`);
    this.addSql(`create index "student_class_group_id_status_index" on "student" ("class_group_id", "status");`);

    this.addSql(`create table "dorm_officer_appointment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "dormitory_id" int not null, "student_id" int not null, "started_on" varchar(10) not null, "ended_on" varchar(10) null, "end_reason" text check ("end_reason" in ('DISMISSED', 'RESIGNED', 'CLASS_CHANGED', 'DORM_CHANGED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) null);`);
    this.addSql(`create index "dorm_officer_appointment_dormitory_id_ended_on_index" on "dorm_officer_appointment" ("dormitory_id", "ended_on");`);
    this.addSql(`create unique index "dorm_officer_active_student_unique" on "dorm_officer_appointment" ("student_id") where "ended_on" is null;`);
    this.addSql(`create unique index "dorm_officer_active_dorm_unique" on "dorm_officer_appointment" ("dormitory_id") where "ended_on" is null;`);

    this.addSql(`create table "committee_appointment" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "class_group_id" int not null, "student_id" int not null, "slot" smallint not null, "started_on" varchar(10) not null, "ended_on" varchar(10) null, "end_reason" text check ("end_reason" in ('DISMISSED', 'RESIGNED', 'CLASS_CHANGED', 'DORM_CHANGED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) null, "attests_service" boolean not null default false, "attests_wellbeing" boolean not null default false, constraint committee_appointment_slot_check check (slot in (1, 2)));`);
    this.addSql(`create index "committee_appointment_class_group_id_ended_on_index" on "committee_appointment" ("class_group_id", "ended_on");`);
    this.addSql(`create unique index "committee_appointment_active_student_unique" on "committee_appointment" ("student_id") where "ended_on" is null;`);
    this.addSql(`create unique index "committee_appointment_active_slot_unique" on "committee_appointment" ("class_group_id", "slot") where "ended_on" is null;`);

    this.addSql(`create table "working_group_member" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "college_id" int not null, "staff_id" int not null, "position" text check ("position" in ('PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER')) not null, "serves_undergraduate" boolean not null, "serves_graduate" boolean not null);`);
    this.addSql(`alter table "working_group_member" add constraint "working_group_member_college_id_staff_id_position_unique" unique ("college_id", "staff_id", "position");`);

    this.addSql(`create table "workstation" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "college_id" int not null, "room" varchar(200) null, "talk_table_chairs" boolean not null default false, "sofa" boolean not null default false, "tea_table" boolean not null default false, "books" boolean not null default false, "version" int not null default 1);`);
    this.addSql(`alter table "workstation" add constraint "workstation_college_id_unique" unique ("college_id");`);

    this.addSql(`alter table "dormitory" add constraint "dormitory_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "staff" add constraint "staff_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "class_group" add constraint "class_group_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "class_group" add constraint "class_group_counselor_id_foreign" foreign key ("counselor_id") references "staff" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "student" add constraint "student_class_group_id_foreign" foreign key ("class_group_id") references "class_group" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "student" add constraint "student_dormitory_id_foreign" foreign key ("dormitory_id") references "dormitory" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "dorm_officer_appointment" add constraint "dorm_officer_appointment_dormitory_id_foreign" foreign key ("dormitory_id") references "dormitory" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dorm_officer_appointment" add constraint "dorm_officer_appointment_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "committee_appointment" add constraint "committee_appointment_class_group_id_foreign" foreign key ("class_group_id") references "class_group" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "committee_appointment" add constraint "committee_appointment_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "working_group_member" add constraint "working_group_member_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "working_group_member" add constraint "working_group_member_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "workstation" add constraint "workstation_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dormitory" drop constraint "dormitory_college_id_foreign";`);

    this.addSql(`alter table "staff" drop constraint "staff_college_id_foreign";`);

    this.addSql(`alter table "class_group" drop constraint "class_group_college_id_foreign";`);

    this.addSql(`alter table "working_group_member" drop constraint "working_group_member_college_id_foreign";`);

    this.addSql(`alter table "workstation" drop constraint "workstation_college_id_foreign";`);

    this.addSql(`alter table "student" drop constraint "student_dormitory_id_foreign";`);

    this.addSql(`alter table "dorm_officer_appointment" drop constraint "dorm_officer_appointment_dormitory_id_foreign";`);

    this.addSql(`alter table "class_group" drop constraint "class_group_counselor_id_foreign";`);

    this.addSql(`alter table "working_group_member" drop constraint "working_group_member_staff_id_foreign";`);

    this.addSql(`alter table "student" drop constraint "student_class_group_id_foreign";`);

    this.addSql(`alter table "committee_appointment" drop constraint "committee_appointment_class_group_id_foreign";`);

    this.addSql(`alter table "dorm_officer_appointment" drop constraint "dorm_officer_appointment_student_id_foreign";`);

    this.addSql(`alter table "committee_appointment" drop constraint "committee_appointment_student_id_foreign";`);

    this.addSql(`drop table if exists "college" cascade;`);

    this.addSql(`drop table if exists "dormitory" cascade;`);

    this.addSql(`drop table if exists "staff" cascade;`);

    this.addSql(`drop table if exists "class_group" cascade;`);

    this.addSql(`drop table if exists "student" cascade;`);

    this.addSql(`drop table if exists "dorm_officer_appointment" cascade;`);

    this.addSql(`drop table if exists "committee_appointment" cascade;`);

    this.addSql(`drop table if exists "working_group_member" cascade;`);

    this.addSql(`drop table if exists "workstation" cascade;`);
  }

}
