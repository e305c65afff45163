import { Migration } from '@mikro-orm/migrations';

// Student and staff numbers are opaque identifiers of up to 32 characters; audit events keep the client address.
export class Migration20261201110459 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "client_address" varchar(64) null;`);
    this.addSql(`alter table "audit_event" alter column "student_no" type varchar(32);`);
    this.addSql(`alter table "staff" alter column "staff_no" type varchar(32);`);
    this.addSql(`alter table "student" alter column "student_no" type varchar(32);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop column "client_address";`);
    this.addSql(`alter table "audit_event" alter column "student_no" type varchar(20);`);
    this.addSql(`alter table "staff" alter column "staff_no" type varchar(20);`);
    this.addSql(`alter table "student" alter column "student_no" type varchar(20);`);
  }
}
