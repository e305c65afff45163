import { Migration } from '@mikro-orm/migrations';

export class Migration20261128195144 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`college\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null);`);
    this.addSql(`create unique index \`college_code_unique\` on \`college\` (\`code\`);`);

    this.addSql(`create table \`dormitory\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`building\` text not null, \`room\` text not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, constraint \`dormitory_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`dormitory_code_unique\` on \`dormitory\` (\`code\`);`);
    this.addSql(`create index \`dormitory_college_id_index\` on \`dormitory\` (\`college_id\`);`);
    this.addSql(`create index \`dormitory_college_id_level_index\` on \`dormitory\` (\`college_id\`, \`level\`);`);

    this.addSql(`create table \`staff\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`staff_no\` text not null, \`name\` text not null, \`college_id\` integer null, constraint \`staff_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`staff_staff_no_unique\` on \`staff\` (\`staff_no\`);`);
    this.addSql(`create index \`staff_college_id_index\` on \`staff\` (\`college_id\`);`);

    this.addSql(`create table \`class_group\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`grade\` text not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) not null, \`college_id\` integer not null, \`counselor_id\` integer null, constraint \`class_group_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade, constraint \`class_group_counselor_id_foreign\` foreign key(\`counselor_id\`) references \`staff\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`class_group_code_unique\` on \`class_group\` (\`code\`);`);
    this.addSql(`create index \`class_group_college_id_index\` on \`class_group\` (\`college_id\`);`);
    this.addSql(`create index \`class_group_counselor_id_index\` on \`class_group\` (\`counselor_id\`);`);
    this.addSql(`create index \`class_group_college_id_level_index\` on \`class_group\` (\`college_id\`, \`level\`);`);

    this.addSql(`create table \`student\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`student_no\` text not null, \`name\` text not null, \`gender\` text check (\`gender\` in ('M', 'F')) not null, \`status\` text check (\`status\` in ('ENROLLED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) not null, \`is_dorm_head\` integer not null default false, \`class_group_id\` integer not null, \`dormitory_id\` integer null, constraint \`student_class_group_id_foreign\` foreign key(\`class_group_id\`) references \`class_group\`(\`id\`) on delete restrict on update cascade, constraint \`student_dormitory_id_foreign\` foreign key(\`dormitory_id\`) references \`dormitory\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`student_student_no_unique\` on \`student\` (\`student_no\`);`);
    this.addSql(`create index \`student_class_group_id_index\` on \`student\` (\`class_group_id\`);`);
    this.addSql(`create index \`student_dormitory_id_index\` on \`student\` (\`dormitory_id\`);`);
    this.addSql(`create index \`student_dormitory_id_status_index\` on \`student\` (\`dormitory_id\`, \`status\`);`);
    this.addSql(`create index \`student_class_group_id_status_index\` on \`student\` (\`class_group_id\`, \`status\`);`);

    this.addSql(`create table \`dorm_officer_appointment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`dormitory_id\` integer not null, \`student_id\` integer not null, \`started_on\` text not null, \`ended_on\` text null, \`end_reason\` text check (\`end_reason\` in ('DISMISSED', 'RESIGNED', 'CLASS_CHANGED', 'DORM_CHANGED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) null, constraint \`dorm_officer_appointment_dormitory_id_foreign\` foreign key(\`dormitory_id\`) references \`dormitory\`(\`id\`) on delete restrict on update cascade, constraint \`dorm_officer_appointment_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`dorm_officer_appointment_dormitory_id_index\` on \`dorm_officer_appointment\` (\`dormitory_id\`);`);
    this.addSql(`create index \`dorm_officer_appointment_student_id_index\` on \`dorm_officer_appointment\` (\`student_id\`);`);
    this.addSql(`create index \`dorm_officer_appointment_dormitory_id_ended_on_index\` on \`dorm_officer_appointment\` (\`dormitory_id\`, \`ended_on\`);`);
    this.addSql(`create unique index "dorm_officer_active_student_unique" on "dorm_officer_appointment" ("student_id") where "ended_on" is null;`);
    this.addSql(`create unique index "dorm_officer_active_dorm_unique" on "dorm_officer_appointment" ("dormitory_id") where "ended_on" is null;`);

    this.addSql(`create table \`committee_appointment\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`class_group_id\` integer not null, \`student_id\` integer not null, \`slot\` integer not null, \`started_on\` text not null, \`ended_on\` text null, \`end_reason\` text check (\`end_reason\` in ('DISMISSED', 'RESIGNED', 'CLASS_CHANGED', 'DORM_CHANGED', 'SUSPENDED', 'GRADUATED', 'WITHDRAWN', 'TRANSFERRED')) null, \`attests_service\` integer not null default false, \`attests_wellbeing\` integer not null default false, constraint \`committee_appointment_class_group_id_foreign\` foreign key(\`class_group_id\`) references \`class_group\`(\`id\`) on delete restrict on update cascade, constraint \`committee_appointment_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade, constraint committee_appointment_slot_check check (slot in (1, 2)));`);
    this.addSql(`create index \`committee_appointment_class_group_id_index\` on \`committee_appointment\` (\`class_group_id\`);`);
    this.addSql(`create index \`committee_appointment_student_id_index\` on \`committee_appointment\` (\`student_id\`);`);
    this.addSql(`create index \`committee_appointment_class_group_id_ended_on_index\` on \`committee_appointment\` (\`class_group_id\`, \`ended_on\`);`);
    this.addSql(`create unique index "committee_appointment_active_student_unique" on "committee_appointment" ("student_id") where "ended_on" is null;`);
    this.addSql(`create unique index "committee_appointment_active_slot_unique" on "committee_appointment" ("class_group_id", "slot") where "ended_on" is null;`);

    this.addSql(`create table \`working_group_member\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`college_id\` integer not null, \`staff_id\` integer not null, \`position\` text check (\`position\` in ('PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER')) not null, \`serves_undergraduate\` integer not null, \`serves_graduate\` integer not null, constraint \`working_group_member_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade, constraint \`working_group_member_staff_id_foreign\` foreign key(\`staff_id\`) references \`staff\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`working_group_member_college_id_index\` on \`working_group_member\` (\`college_id\`);`);
    this.addSql(`create index \`working_group_member_staff_id_index\` on \`working_group_member\` (\`staff_id\`);`);
    this.addSql(`create unique index \`working_group_member_college_id_staff_id_position_unique\` on \`working_group_member\` (\`college_id\`, \`staff_id\`, \`position\`);`);

    this.addSql(`create table \`workstation\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`college_id\` integer not null, \`room\` text null, \`talk_table_chairs\` integer not null default false, \`sofa\` integer not null default false, \`tea_table\` integer not null default false, \`books\` integer not null default false, \`version\` integer not null default 1, constraint \`workstation_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`workstation_college_id_index\` on \`workstation\` (\`college_id\`);`);
    this.addSql(`create unique index \`workstation_college_id_unique\` on \`workstation\` (\`college_id\`);`);
  }

}
