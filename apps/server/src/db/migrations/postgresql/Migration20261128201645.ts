import { Migration } from '@mikro-orm/migrations';

export class Migration20261128201645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" serial primary key, "at" timestamptz not null, "actor_kind" varchar(16) not null, "actor_name" varchar(100) not null, "actor_roles" varchar(200) not null, "action" varchar(64) not null, "record_type" varchar(64) not null, "record_id" varchar(64) null, "student_no" varchar(20) null, "detail" text null);`);
    this.addSql(`create index "audit_event_student_no_at_index" on "audit_event" ("student_no", "at");`);
    this.addSql(`create index "audit_event_actor_name_at_index" on "audit_event" ("actor_name", "at");`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);

    this.addSql(`create table "login_attempt" ("id" serial primary key, "username" varchar(64) not null, "at" timestamptz not null, "success" boolean not null);`);
    this.addSql(`create index "login_attempt_username_at_index" on "login_attempt" ("username", "at");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(64) not null, "password_hash" varchar(255) not null, "staff_id" int null, "student_id" int null, "active" boolean not null default true);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "user_session" ("id" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "ended_at" timestamptz null, constraint "user_session_pkey" primary key ("id"));`);

    this.addSql(`create table "role_grant" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "role" text check ("role" in ('SCHOOL_ADMIN', 'CENTER_STAFF', 'COLLEGE_LEADER')) not null, "college_id" int null);`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_role_college_id_unique" unique ("user_id", "role", "college_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "scopes" varchar(200) not null, "college_id" int null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "app_user" add constraint "app_user_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_student_id_foreign" foreign key ("student_id") references "student" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_college_id_foreign" foreign key ("college_id") references "college" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "student" add column "phone" varchar(30) null, add column "emergency_contact" varchar(100) null, add column "emergency_phone" varchar(30) null;`);


    // The audit log is append-only, in the database too.
    this.addSql(`create or replace function audit_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit events are append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "login_attempt" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`alter table "student" drop column "phone", drop column "emergency_contact", drop column "emergency_phone";`);
  }

}
