import { Migration } from '@mikro-orm/migrations';

/**
 * Per-unit counts (issue: metrics whose cost does not grow with the number of students). Every class
 * and dorm keeps its ENROLLED students and its active posts (not ended, held by a student still
 * ENROLLED in that unit), maintained by triggers in the same transaction as every write to students
 * and appointments, whatever path makes it. `cli verify` recomputes them from the source rows.
 */
export class Migration20261201211120 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "class_group" add column "enrolled_count" int not null default 0, add column "active_posts" int not null default 0;`);
    this.addSql(`alter table "dormitory" add column "enrolled_count" int not null default 0, add column "active_posts" int not null default 0;`);
    this.addSql(`update class_group set
  enrolled_count = (select count(*) from student s where s.class_group_id = class_group.id and s.status = 'ENROLLED'),
  active_posts = (select count(*) from committee_appointment a join student s on s.id = a.student_id
    where a.class_group_id = class_group.id and a.ended_on is null and s.status = 'ENROLLED' and s.class_group_id = a.class_group_id);`);
    this.addSql(`update dormitory set
  enrolled_count = (select count(*) from student s where s.dormitory_id = dormitory.id and s.status = 'ENROLLED'),
  active_posts = (select count(*) from dorm_officer_appointment a join student s on s.id = a.student_id
    where a.dormitory_id = dormitory.id and a.ended_on is null and s.status = 'ENROLLED' and s.dormitory_id = a.dormitory_id);`);
    this.addSql(`create index "class_group_level_units" on "class_group" ("level", "college_id", "enrolled_count", "active_posts");`);
    this.addSql(`create index "dormitory_level_units" on "dormitory" ("level", "college_id", "enrolled_count", "active_posts");`);
    this.addSql(`create or replace function carenet_student_units_insert() returns trigger language plpgsql as $$
begin
  update class_group u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.old_unit) as p
        from (select n.id, null::text as old_status, null::int as old_unit, n.status as new_status, n.class_group_id as new_unit from new_rows n) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.new_unit)
        from (select n.id, null::text as old_status, null::int as old_unit, n.status as new_status, n.class_group_id as new_unit from new_rows n) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  update dormitory u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.old_unit) as p
        from (select n.id, null::text as old_status, null::int as old_unit, n.status as new_status, n.dormitory_id as new_unit from new_rows n) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.new_unit)
        from (select n.id, null::text as old_status, null::int as old_unit, n.status as new_status, n.dormitory_id as new_unit from new_rows n) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  return null;
end $$;`);
    this.addSql(`create trigger student_units_insert after insert on student referencing new table as new_rows for each statement execute function carenet_student_units_insert();`);
    this.addSql(`create or replace function carenet_student_units_update() returns trigger language plpgsql as $$
begin
  update class_group u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.old_unit) as p
        from (select o.id, o.status as old_status, o.class_group_id as old_unit, n.status as new_status, n.class_group_id as new_unit from old_rows o join new_rows n on n.id = o.id where o.status is distinct from n.status or o.class_group_id is distinct from n.class_group_id) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.new_unit)
        from (select o.id, o.status as old_status, o.class_group_id as old_unit, n.status as new_status, n.class_group_id as new_unit from old_rows o join new_rows n on n.id = o.id where o.status is distinct from n.status or o.class_group_id is distinct from n.class_group_id) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  update dormitory u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.old_unit) as p
        from (select o.id, o.status as old_status, o.dormitory_id as old_unit, n.status as new_status, n.dormitory_id as new_unit from old_rows o join new_rows n on n.id = o.id where o.status is distinct from n.status or o.dormitory_id is distinct from n.dormitory_id) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.new_unit)
        from (select o.id, o.status as old_status, o.dormitory_id as old_unit, n.status as new_status, n.dormitory_id as new_unit from old_rows o join new_rows n on n.id = o.id where o.status is distinct from n.status or o.dormitory_id is distinct from n.dormitory_id) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  return null;
end $$;`);
    this.addSql(`create trigger student_units_update after update on student referencing old table as old_rows new table as new_rows for each statement execute function carenet_student_units_update();`);
    this.addSql(`create or replace function carenet_student_units_delete() returns trigger language plpgsql as $$
begin
  update class_group u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.old_unit) as p
        from (select o.id, o.status as old_status, o.class_group_id as old_unit, null::text as new_status, null::int as new_unit from old_rows o) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from committee_appointment a where a.student_id = ch.id and a.ended_on is null and a.class_group_id = ch.new_unit)
        from (select o.id, o.status as old_status, o.class_group_id as old_unit, null::text as new_status, null::int as new_unit from old_rows o) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  update dormitory u set enrolled_count = u.enrolled_count + x.e, active_posts = u.active_posts + x.p
    from (
      select unit, sum(e) as e, sum(p) as p from (
        select ch.old_unit as unit, -1 as e, -(select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.old_unit) as p
        from (select o.id, o.status as old_status, o.dormitory_id as old_unit, null::text as new_status, null::int as new_unit from old_rows o) ch where ch.old_status = 'ENROLLED' and ch.old_unit is not null
        union all
        select ch.new_unit, 1, (select count(*) from dorm_officer_appointment a where a.student_id = ch.id and a.ended_on is null and a.dormitory_id = ch.new_unit)
        from (select o.id, o.status as old_status, o.dormitory_id as old_unit, null::text as new_status, null::int as new_unit from old_rows o) ch where ch.new_status = 'ENROLLED' and ch.new_unit is not null
      ) d group by unit
    ) x where u.id = x.unit;
  return null;
end $$;`);
    this.addSql(`create trigger student_units_delete after delete on student referencing old table as old_rows for each statement execute function carenet_student_units_delete();`);
    this.addSql(`create or replace function carenet_committee_posts() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.ended_on is null then
    perform 1 from student where id = old.student_id for share;
    update class_group set active_posts = active_posts - 1 where id = old.class_group_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.class_group_id = old.class_group_id);
  end if;
  if tg_op <> 'DELETE' and new.ended_on is null then
    perform 1 from student where id = new.student_id for share;
    update class_group set active_posts = active_posts + 1 where id = new.class_group_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.class_group_id = new.class_group_id);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger committee_posts after insert or delete on committee_appointment for each row execute function carenet_committee_posts();`);
    this.addSql(`create trigger committee_posts_update after update of ended_on, class_group_id, student_id on committee_appointment for each row
  when (old.ended_on is distinct from new.ended_on or old.class_group_id is distinct from new.class_group_id or old.student_id is distinct from new.student_id)
  execute function carenet_committee_posts();`);
    this.addSql(`create or replace function carenet_dorm_officer_posts() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.ended_on is null then
    perform 1 from student where id = old.student_id for share;
    update dormitory set active_posts = active_posts - 1 where id = old.dormitory_id and exists (select 1 from student s where s.id = old.student_id and s.status = 'ENROLLED' and s.dormitory_id = old.dormitory_id);
  end if;
  if tg_op <> 'DELETE' and new.ended_on is null then
    perform 1 from student where id = new.student_id for share;
    update dormitory set active_posts = active_posts + 1 where id = new.dormitory_id and exists (select 1 from student s where s.id = new.student_id and s.status = 'ENROLLED' and s.dormitory_id = new.dormitory_id);
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger dorm_officer_posts after insert or delete on dorm_officer_appointment for each row execute function carenet_dorm_officer_posts();`);
    this.addSql(`create trigger dorm_officer_posts_update after update of ended_on, dormitory_id, student_id on dorm_officer_appointment for each row
  when (old.ended_on is distinct from new.ended_on or old.dormitory_id is distinct from new.dormitory_id or old.student_id is distinct from new.student_id)
  execute function carenet_dorm_officer_posts();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists student_units_insert on student;`);
    this.addSql(`drop function if exists carenet_student_units_insert();`);
    this.addSql(`drop trigger if exists student_units_update on student;`);
    this.addSql(`drop function if exists carenet_student_units_update();`);
    this.addSql(`drop trigger if exists student_units_delete on student;`);
    this.addSql(`drop function if exists carenet_student_units_delete();`);
    this.addSql(`drop trigger if exists committee_posts on committee_appointment;`);
    this.addSql(`drop trigger if exists committee_posts_update on committee_appointment;`);
    this.addSql(`drop function if exists carenet_committee_posts();`);
    this.addSql(`drop trigger if exists dorm_officer_posts on dorm_officer_appointment;`);
    this.addSql(`drop trigger if exists dorm_officer_posts_update on dorm_officer_appointment;`);
    this.addSql(`drop function if exists carenet_dorm_officer_posts();`);
    this.addSql(`drop index if exists "class_group_level_units";`);
    this.addSql(`drop index if exists "dormitory_level_units";`);
    this.addSql(`alter table "class_group" drop column "enrolled_count", drop column "active_posts";`);
    this.addSql(`alter table "dormitory" drop column "enrolled_count", drop column "active_posts";`);
  }
}
