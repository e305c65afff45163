import { Migration } from '@mikro-orm/migrations';

// One-time activation codes for accounts of student post holders (only the code's hash is stored);
// the partial unique index keeps at most one outstanding code per account.
export class Migration20261201144319 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`activation_code\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` integer not null, \`code_hash\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`revoked_at\` datetime null, \`created_by_id\` integer null, constraint \`activation_code_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`activation_code_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`activation_code_code_hash_unique\` on \`activation_code\` (\`code_hash\`);`);
    this.addSql(`create index \`activation_code_created_by_id_index\` on \`activation_code\` (\`created_by_id\`);`);
    this.addSql(`create index \`activation_code_user_id_index\` on \`activation_code\` (\`user_id\`);`);
    this.addSql(`create unique index "activation_code_outstanding_unique" on "activation_code" ("user_id") where "used_at" is null and "revoked_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`activation_code\`;`);
  }
}
