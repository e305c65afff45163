import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153535 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "submission_deadline" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "semester" varchar(20) not null, "kind" text check ("kind" in ('NETWORK_ROSTER', 'TRAINING_PLAN')) not null, "due_on" varchar(10) not null);`);
    this.addSql(`alter table "submission_deadline" add constraint "submission_deadline_semester_kind_unique" unique ("semester", "kind");`);

    this.addSql(`create table "submission" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "college_id" int not null, "semester" varchar(20) not null, "kind" text check ("kind" in ('NETWORK_ROSTER', 'TRAINING_PLAN')) not null, "scope" varchar(20) not null, "level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) null, "state" text check ("state" in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, "version" int not null, "first_submitted_at" timestamptz null, "submitted_at" timestamptz null, "late" boolean not null default false, "paper_received_on" varchar(10) null, "return_reason" varchar(500) null, "digest" varchar(64) null, "revision" int not null default 1);`);
    this.addSql(`create index "submission_semester_state_index" on "submission" ("semester", "state");`);
    this.addSql(`alter table "submission" add constraint "submission_college_id_semester_kind_scope_unique" unique ("college_id", "semester", "kind", "scope");`);

    this.addSql(`create table "submission_event" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submission_id" int not null, "from_state" text check ("from_state" in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, "to_state" text check ("to_state" in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, "version" int not null, "note" varchar(500) null, "actor_name" varchar(100) not null);`);
    this.addSql(`create index "submission_event_submission_id_index" on "submission_event" ("submission_id");`);

    this.addSql(`create table "submission_snapshot" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "submission_id" int not null, "version" int not null, "content" text not null, "digest" varchar(64) not null, "actor_name" varchar(100) not null);`);
    this.addSql(`alter table "submission_snapshot" add constraint "submission_snapshot_submission_id_version_unique" unique ("submission_id", "version");`);

    this.addSql(`alter table "submission" add constraint "submission_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "submission_event" add constraint "submission_event_submission_id_foreign" foreign key ("submission_id") references "submission" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "submission_snapshot" add constraint "submission_snapshot_submission_id_foreign" foreign key ("submission_id") references "submission" ("id") on update cascade on delete restrict;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "submission_event" drop constraint "submission_event_submission_id_foreign";`);

    this.addSql(`alter table "submission_snapshot" drop constraint "submission_snapshot_submission_id_foreign";`);

    this.addSql(`drop table if exists "submission_deadline" cascade;`);

    this.addSql(`drop table if exists "submission" cascade;`);

    this.addSql(`drop table if exists "submission_event" cascade;`);

    this.addSql(`drop table if exists "submission_snapshot" cascade;`);

  }

}
