import { Migration } from '@mikro-orm/migrations';

// SQLite text columns carry no length: the longer student/staff numbers need no change here.
export class Migration20261201110459 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_event\` add column \`client_address\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`audit_event\` drop column \`client_address\`;`);
  }
}
