import { Migration } from '@mikro-orm/migrations';

// One-time activation codes for accounts of student post holders (only the code's hash is stored);
// the partial unique index keeps at most one outstanding code per account.
export class Migration20261201144319 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "activation_code" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`alter table "activation_code" add constraint "activation_code_code_hash_unique" unique ("code_hash");`);
    this.addSql(`create index "activation_code_user_id_index" on "activation_code" ("user_id");`);
    this.addSql(`create unique index "activation_code_outstanding_unique" on "activation_code" ("user_id") where "used_at" is null and "revoked_at" is null;`);
    this.addSql(`alter table "activation_code" add constraint "activation_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activation_code" add constraint "activation_code_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activation_code" cascade;`);
  }
}
