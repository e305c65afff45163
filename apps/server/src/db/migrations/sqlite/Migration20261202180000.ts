import { Migration } from '@mikro-orm/migrations';

// Each follow-up's student's current class is kept in `follow_up_class`, so the overdue count of the
// follow-up report reads follow-ups and classes, not every student. Triggers keep it when a
// follow-up is written or deleted and when its student changes class.
const TRIGGERS: [string, string][] = [
  [
    'follow_up_class_insert',
    `after insert on follow_up for each row
begin
  insert into follow_up_class (follow_up_id, class_group_id) select new.id, s.class_group_id from student s where s.id = new.student_id;
end;`,
  ],
  [
    'follow_up_class_delete',
    `after delete on follow_up for each row
begin
  delete from follow_up_class where follow_up_id = old.id;
end;`,
  ],
  [
    'follow_up_class_update',
    `after update of student_id on follow_up for each row when old.student_id is not new.student_id
begin
  update follow_up_class set class_group_id = (select s.class_group_id from student s where s.id = new.student_id) where follow_up_id = new.id;
end;`,
  ],
  [
    'student_follow_up_class_update',
    `after update of class_group_id on student for each row when old.class_group_id is not new.class_group_id
begin
  update follow_up_class set class_group_id = new.class_group_id where follow_up_id in (select f.id from follow_up f where f.student_id = new.id);
end;`,
  ],
];

export class Migration20261202180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `follow_up_class` (`follow_up_id` integer not null, `class_group_id` integer not null, primary key (`follow_up_id`));');
    this.addSql('insert into follow_up_class (follow_up_id, class_group_id) select f.id, s.class_group_id from follow_up f join student s on s.id = f.student_id;');
    for (const [name, body] of TRIGGERS) this.addSql(`create trigger ${name} ${body}`);
  }

  override async down(): Promise<void> {
    for (const [name] of TRIGGERS) this.addSql(`drop trigger if exists ${name};`);
    this.addSql('drop table if exists `follow_up_class`;');
  }
}
