import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150950 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "screening_campaign" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "instrument" text check ("instrument" in ('UPI', 'PHQ9', 'GAD7')) not null, "semester" varchar(20) not null, "for_undergraduate" boolean not null, "for_graduate" boolean not null, "opens_on" varchar(10) null, "closes_on" varchar(10) null, "follow_up_days" smallint not null, "version" int not null default 1);`);

    this.addSql(`create table "screening_result" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "student_id" int not null, "taken_at" timestamptz not null, "answers" varchar(200) not null, "rule_version" varchar(20) not null, "total" smallint not null, "tier" text check ("tier" in ('I', 'II', 'III')) null, "flagged" boolean not null, "urgent" boolean not null, "reasons" varchar(200) not null);`);
    this.addSql(`create index "screening_result_student_id_index" on "screening_result" ("student_id");`);
    this.addSql(`alter table "screening_result" add constraint "screening_result_campaign_id_student_id_unique" unique ("campaign_id", "student_id");`);

    this.addSql(`create table "follow_up" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "result_id" int not null, "student_id" int not null, "campaign_id" int not null, "status" text check ("status" in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, "urgent" boolean not null, "due_at" timestamptz not null, "referred_to" text check ("referred_to" in ('CENTER', 'HOSPITAL')) null, "version" int not null default 1);`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_result_id_unique" unique ("result_id");`);
    this.addSql(`create index "follow_up_student_id_index" on "follow_up" ("student_id");`);
    this.addSql(`create index "follow_up_campaign_id_status_index" on "follow_up" ("campaign_id", "status");`);
    this.addSql(`create index "follow_up_status_due_at_index" on "follow_up" ("status", "due_at");`);

    this.addSql(`create table "follow_up_step" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "follow_up_id" int not null, "from_status" text check ("from_status" in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, "to_status" text check ("to_status" in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, "referred_to" text check ("referred_to" in ('CENTER', 'HOSPITAL')) null, "note" text not null, "actor_name" varchar(100) not null);`);
    this.addSql(`create index "follow_up_step_follow_up_id_index" on "follow_up_step" ("follow_up_id");`);

    this.addSql(`create table "alert" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "follow_up_id" int not null, "kind" varchar(20) not null);`);

    this.addSql(`create table "alert_read" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "alert_id" int not null, "user_id" int not null);`);
    this.addSql(`alter table "alert_read" add constraint "alert_read_alert_id_user_id_unique" unique ("alert_id", "user_id");`);

    this.addSql(`alter table "screening_result" add constraint "screening_result_campaign_id_foreign" foreign key ("campaign_id") references "screening_campaign" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "screening_result" add constraint "screening_result_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "follow_up" add constraint "follow_up_result_id_foreign" foreign key ("result_id") references "screening_result" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_campaign_id_foreign" foreign key ("campaign_id") references "screening_campaign" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "follow_up_step" add constraint "follow_up_step_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "alert" add constraint "alert_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "alert_read" add constraint "alert_read_alert_id_foreign" foreign key ("alert_id") references "alert" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alert_read" add constraint "alert_read_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "screening_result" drop constraint "screening_result_campaign_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_campaign_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_result_id_foreign";`);

    this.addSql(`alter table "follow_up_step" drop constraint "follow_up_step_follow_up_id_foreign";`);

    this.addSql(`alter table "alert" drop constraint "alert_follow_up_id_foreign";`);

    this.addSql(`alter table "alert_read" drop constraint "alert_read_alert_id_foreign";`);

    this.addSql(`drop table if exists "screening_campaign" cascade;`);

    this.addSql(`drop table if exists "screening_result" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "follow_up_step" cascade;`);

    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "alert_read" cascade;`);

  }

}
