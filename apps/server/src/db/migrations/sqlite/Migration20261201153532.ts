import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153532 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`submission_deadline\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`semester\` text not null, \`kind\` text check (\`kind\` in ('NETWORK_ROSTER', 'TRAINING_PLAN')) not null, \`due_on\` text not null);`);
    this.addSql(`create unique index \`submission_deadline_semester_kind_unique\` on \`submission_deadline\` (\`semester\`, \`kind\`);`);

    this.addSql(`create table \`submission\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`college_id\` integer not null, \`semester\` text not null, \`kind\` text check (\`kind\` in ('NETWORK_ROSTER', 'TRAINING_PLAN')) not null, \`scope\` text not null, \`level\` text check (\`level\` in ('UNDERGRADUATE', 'GRADUATE')) null, \`state\` text check (\`state\` in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, \`version\` integer not null, \`first_submitted_at\` datetime null, \`submitted_at\` datetime null, \`late\` integer not null default false, \`paper_received_on\` text null, \`return_reason\` text null, \`digest\` text null, \`revision\` integer not null default 1, constraint \`submission_college_id_foreign\` foreign key(\`college_id\`) references \`college\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`submission_college_id_index\` on \`submission\` (\`college_id\`);`);
    this.addSql(`create index \`submission_semester_state_index\` on \`submission\` (\`semester\`, \`state\`);`);
    this.addSql(`create unique index \`submission_college_id_semester_kind_scope_unique\` on \`submission\` (\`college_id\`, \`semester\`, \`kind\`, \`scope\`);`);

    this.addSql(`create table \`submission_event\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`submission_id\` integer not null, \`from_state\` text check (\`from_state\` in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, \`to_state\` text check (\`to_state\` in ('NOT_STARTED', 'SUBMITTED', 'PAPER_RECEIVED', 'ACCEPTED', 'RETURNED')) not null, \`version\` integer not null, \`note\` text null, \`actor_name\` text not null, constraint \`submission_event_submission_id_foreign\` foreign key(\`submission_id\`) references \`submission\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`submission_event_submission_id_index\` on \`submission_event\` (\`submission_id\`);`);

    this.addSql(`create table \`submission_snapshot\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`submission_id\` integer not null, \`version\` integer not null, \`content\` text not null, \`digest\` text not null, \`actor_name\` text not null, constraint \`submission_snapshot_submission_id_foreign\` foreign key(\`submission_id\`) references \`submission\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`submission_snapshot_submission_id_index\` on \`submission_snapshot\` (\`submission_id\`);`);
    this.addSql(`create unique index \`submission_snapshot_submission_id_version_unique\` on \`submission_snapshot\` (\`submission_id\`, \`version\`);`);
  }

}
