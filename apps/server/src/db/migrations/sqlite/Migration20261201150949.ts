import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150949 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`screening_campaign\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`instrument\` text check (\`instrument\` in ('UPI', 'PHQ9', 'GAD7')) not null, \`semester\` text not null, \`for_undergraduate\` integer not null, \`for_graduate\` integer not null, \`opens_on\` text null, \`closes_on\` text null, \`follow_up_days\` integer not null, \`version\` integer not null default 1);`);

    this.addSql(`create table \`screening_result\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` integer not null, \`student_id\` integer not null, \`taken_at\` datetime not null, \`answers\` text not null, \`rule_version\` text not null, \`total\` integer not null, \`tier\` text check (\`tier\` in ('I', 'II', 'III')) null, \`flagged\` integer not null, \`urgent\` integer not null, \`reasons\` text not null, constraint \`screening_result_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`screening_campaign\`(\`id\`) on delete restrict on update cascade, constraint \`screening_result_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`screening_result_campaign_id_index\` on \`screening_result\` (\`campaign_id\`);`);
    this.addSql(`create index \`screening_result_student_id_index\` on \`screening_result\` (\`student_id\`);`);
    this.addSql(`create unique index \`screening_result_campaign_id_student_id_unique\` on \`screening_result\` (\`campaign_id\`, \`student_id\`);`);

    this.addSql(`create table \`follow_up\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`result_id\` integer not null, \`student_id\` integer not null, \`campaign_id\` integer not null, \`status\` text check (\`status\` in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, \`urgent\` integer not null, \`due_at\` datetime not null, \`referred_to\` text check (\`referred_to\` in ('CENTER', 'HOSPITAL')) null, \`version\` integer not null default 1, constraint \`follow_up_result_id_foreign\` foreign key(\`result_id\`) references \`screening_result\`(\`id\`) on delete restrict on update cascade, constraint \`follow_up_student_id_foreign\` foreign key(\`student_id\`) references \`student\`(\`id\`) on delete restrict on update cascade, constraint \`follow_up_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`screening_campaign\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create unique index \`follow_up_result_id_unique\` on \`follow_up\` (\`result_id\`);`);
    this.addSql(`create index \`follow_up_campaign_id_index\` on \`follow_up\` (\`campaign_id\`);`);
    this.addSql(`create index \`follow_up_student_id_index\` on \`follow_up\` (\`student_id\`);`);
    this.addSql(`create index \`follow_up_campaign_id_status_index\` on \`follow_up\` (\`campaign_id\`, \`status\`);`);
    this.addSql(`create index \`follow_up_status_due_at_index\` on \`follow_up\` (\`status\`, \`due_at\`);`);

    this.addSql(`create table \`follow_up_step\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`follow_up_id\` integer not null, \`from_status\` text check (\`from_status\` in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, \`to_status\` text check (\`to_status\` in ('PENDING', 'IN_PROGRESS', 'REFERRED', 'CLOSED')) not null, \`referred_to\` text check (\`referred_to\` in ('CENTER', 'HOSPITAL')) null, \`note\` text not null, \`actor_name\` text not null, constraint \`follow_up_step_follow_up_id_foreign\` foreign key(\`follow_up_id\`) references \`follow_up\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`follow_up_step_follow_up_id_index\` on \`follow_up_step\` (\`follow_up_id\`);`);

    this.addSql(`create table \`alert\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`follow_up_id\` integer not null, \`kind\` text not null, constraint \`alert_follow_up_id_foreign\` foreign key(\`follow_up_id\`) references \`follow_up\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`alert_follow_up_id_index\` on \`alert\` (\`follow_up_id\`);`);

    this.addSql(`create table \`alert_read\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`alert_id\` integer not null, \`user_id\` integer not null, constraint \`alert_read_alert_id_foreign\` foreign key(\`alert_id\`) references \`alert\`(\`id\`) on delete cascade on update cascade, constraint \`alert_read_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`alert_read_alert_id_index\` on \`alert_read\` (\`alert_id\`);`);
    this.addSql(`create index \`alert_read_user_id_index\` on \`alert_read\` (\`user_id\`);`);
    this.addSql(`create unique index \`alert_read_alert_id_user_id_unique\` on \`alert_read\` (\`alert_id\`, \`user_id\`);`);
  }

}
