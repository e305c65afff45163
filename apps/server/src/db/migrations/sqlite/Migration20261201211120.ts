import { Migration } from '@mikro-orm/migrations';

/**
 * Per-unit counts (issue: metrics whose cost does not grow with the number of students). Every class
 * and dorm keeps its ENROLLED students and its active posts (not ended, held by a student still
 * ENROLLED in that unit), maintained by triggers in the same transaction as every write to students
 * and appointments, whatever path makes it. `cli verify` recomputes them from the source rows.
 */
export class Migration20261201211120 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`class_group\` add column \`enrolled_count\` integer not null default 0;`);
    this.addSql(`alter table \`class_group\` add column \`active_posts\` integer not null default 0;`);
    this.addSql(`alter table \`dormitory\` add column \`enrolled_count\` integer not null default 0;`);
    this.addSql(`alter table \`dormitory\` add column \`active_posts\` integer not null default 0;`);
    this.addSql(`update class_group set
  enrolled_count = (select count(*) from student s where s.class_group_id = class_group.id and s.status = 'ENROLLED'),
  active_posts = (select count(*) from committee_appointment a join student s on s.id = a.student_id
    where a.class_group_id = class_group.id and a.ended_on is null and s.status = 'ENROLLED' and s.class_group_id = a.class_group_id);`);
    this.addSql(`update dormitory set
  enrolled_count = (select count(*) from student s where s.dormitory_id = dormitory.id and s.status = 'ENROLLED'),
  active_posts = (select count(*) from dorm_officer_appointment a join student s on s.id = a.student_id
    where a.dormitory_id = dormitory.id and a.ended_on is null and s.status = 'ENROLLED' and s.dormitory_id = a.dormitory_id);`);
    this.addSql(`create index \`class_group_level_units\` on \`class_group\` (\`level\`, \`college_id\`, \`enrolled_count\`, \`active_posts\`);`);
    this.addSql(`create index \`dormitory_level_units\` on \`dormitory\` (\`level\`, \`college_id\`, \`enrolled_count\`, \`active_posts\`);`);
    this.addSql(`create trigger student_units_insert after insert on student for each row when new.status = 'ENROLLED'
begin
  update class_group set enrolled_count = enrolled_count + 1, active_posts = active_posts + (select count(*) from committee_appointment a where a.student_id = new.id and a.ended_on is null and a.class_group_id = new.class_group_id) where id = new.class_group_id;
  update dormitory set enrolled_count = enrolled_count + 1, active_posts = active_posts + (select count(*) from dorm_officer_appointment a where a.student_id = new.id and a.ended_on is null and a.dormitory_id = new.dormitory_id) where id = new.dormitory_id;
end;`);
    this.addSql(`create trigger student_units_delete after delete on student for each row when old.status = 'ENROLLED'
begin
  update class_group set enrolled_count = enrolled_count - 1, active_posts = active_posts - (select count(*) from committee_appointment a where a.student_id = old.id and a.ended_on is null and a.class_group_id = old.class_group_id) where id = old.class_group_id;
  update dormitory set enrolled_count = enrolled_count - 1, active_posts = active_posts - (select count(*) from dorm_officer_appointment a where a.student_id = old.id and a.ended_on is null and a.dormitory_id = old.dormitory_id) where id = old.dormitory_id;
end;`);
    this.addSql(`create trigger student_units_update after update of status, class_group_id, dormitory_id on student for each row when old.status is not new.status or old.class_group_id is not new.class_group_id or old.dormitory_id is not new.dormitory_id
begin
  update class_group set enrolled_count = enrolled_count - 1, active_posts = active_posts - (select count(*) from committee_appointment a where a.student_id = old.id and a.ended_on is null and a.class_group_id = old.class_group_id) where id = old.class_group_id and old.status = 'ENROLLED';
  update dormitory set enrolled_count = enrolled_count - 1, active_posts = active_posts - (select count(*) from dorm_officer_appointment a where a.student_id = old.id and a.ended_on is null and a.dormitory_id = old.dormitory_id) where id = old.dormitory_id and old.status = 'ENROLLED';
  update class_group set enrolled_count = enrolled_count + 1, active_posts = active_posts + (select count(*) from committee_appointment a where a.student_id = new.id and a.ended_on is null and a.class_group_id = new.class_group_id) where id = new.class_group_id and new.status = 'ENROLLED';
  update dormitory set enrolled_count = enrolled_count + 1, active_posts = active_posts + (select count(*) from dorm_officer_appointment a where a.student_id = new.id and a.ended_on is null and a.dormitory_id = new.dormitory_id) where id = new.dormitory_id and new.status = 'ENROLLED';
end;`);
    this.addSql(`create trigger committee_posts_insert after insert on committee_appointment for each row when new.ended_on is null
begin
  update class_group set active_posts = active_posts + 1 where id = new.class_group_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.class_group_id = new.class_group_id);
end;`);
    this.addSql(`create trigger committee_posts_delete after delete on committee_appointment for each row when old.ended_on is null
begin
  update class_group set active_posts = active_posts - 1 where id = old.class_group_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.class_group_id = old.class_group_id);
end;`);
    this.addSql(`create trigger committee_posts_update after update of ended_on, class_group_id, student_id on committee_appointment for each row
begin
  update class_group set active_posts = active_posts - 1 where id = old.class_group_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.class_group_id = old.class_group_id) and old.ended_on is null;
  update class_group set active_posts = active_posts + 1 where id = new.class_group_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.class_group_id = new.class_group_id) and new.ended_on is null;
end;`);
    this.addSql(`create trigger dorm_officer_posts_insert after insert on dorm_officer_appointment for each row when new.ended_on is null
begin
  update dormitory set active_posts = active_posts + 1 where id = new.dormitory_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.dormitory_id = new.dormitory_id);
end;`);
    this.addSql(`create trigger dorm_officer_posts_delete after delete on dorm_officer_appointment for each row when old.ended_on is null
begin
  update dormitory set active_posts = active_posts - 1 where id = old.dormitory_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.dormitory_id = old.dormitory_id);
end;`);
    this.addSql(`create trigger dorm_officer_posts_update after update of ended_on, dormitory_id, student_id on dorm_officer_appointment for each row
begin
  update dormitory set active_posts = active_posts - 1 where id = old.dormitory_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.dormitory_id = old.dormitory_id) and old.ended_on is null;
  update dormitory set active_posts = active_posts + 1 where id = new.dormitory_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.dormitory_id = new.dormitory_id) and new.ended_on is null;
end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists student_units_insert;`);
    this.addSql(`drop trigger if exists student_units_delete;`);
    this.addSql(`drop trigger if exists student_units_update;`);
    this.addSql(`drop trigger if exists committee_posts_insert;`);
    this.addSql(`drop trigger if exists committee_posts_delete;`);
    this.addSql(`drop trigger if exists committee_posts_update;`);
    this.addSql(`drop trigger if exists dorm_officer_posts_insert;`);
    this.addSql(`drop trigger if exists dorm_officer_posts_delete;`);
    this.addSql(`drop trigger if exists dorm_officer_posts_update;`);
    this.addSql(`drop index if exists \`class_group_level_units\`;`);
    this.addSql(`drop index if exists \`dormitory_level_units\`;`);
    this.addSql(`alter table \`class_group\` drop column \`enrolled_count\`;`);
    this.addSql(`alter table \`class_group\` drop column \`active_posts\`;`);
    this.addSql(`alter table \`dormitory\` drop column \`enrolled_count\`;`);
    this.addSql(`alter table \`dormitory\` drop column \`active_posts\`;`);
  }
}
