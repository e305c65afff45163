import { Migration } from '@mikro-orm/migrations';

// Each follow-up's student's current class is kept in `follow_up_class`, so the overdue count of the
// follow-up report reads follow-ups and classes, not the students: PostgreSQL planned that join as a
// scan of all 800,000 students (40–80 ms).
//
// Only these triggers write `follow_up_class`, and each runs after the screening tally trigger of the
// same event (PostgreSQL fires a table's triggers by name: `follow_up_tally_insert_class` after
// `follow_up_tally_insert`, `student_screening_tally_update_class` after
// `student_screening_tally_update`). Those have taken the students' turn locks
// (carenet_lock_students), so a follow-up written while its student moves is kept at the class the
// mover committed, and the kept table is locked after the turn, as the tallies are, never before.
// It has no foreign key to follow_up: a cascade would lock it before the turn.

const MOVED = 'old_rows o join new_rows n on n.id = o.id where o.class_group_id is distinct from n.class_group_id';
const RESTUDENTED = '(select n.id, n.student_id from old_rows o join new_rows n on n.id = o.id where o.student_id is distinct from n.student_id) r';

// A statement trigger fires even when its statement changed no row; each function does its work only
// when there is some.
const TRIGGERS = [
  {
    table: 'follow_up',
    name: 'follow_up_tally_insert_class',
    event: 'insert',
    refs: 'new table as new_rows',
    when: 'select 1 from new_rows',
    sql: 'insert into follow_up_class (follow_up_id, class_group_id) select r.id, s.class_group_id from new_rows r join student s on s.id = r.student_id',
  },
  {
    table: 'follow_up',
    name: 'follow_up_tally_delete_class',
    event: 'delete',
    refs: 'old table as old_rows',
    when: 'select 1 from old_rows',
    sql: 'delete from follow_up_class k using old_rows o where k.follow_up_id = o.id',
  },
  {
    table: 'follow_up',
    name: 'follow_up_tally_update_class',
    event: 'update',
    refs: 'old table as old_rows new table as new_rows',
    when: `select 1 from ${RESTUDENTED}`,
    sql: `update follow_up_class k set class_group_id = s.class_group_id from ${RESTUDENTED} join student s on s.id = r.student_id where k.follow_up_id = r.id`,
  },
  {
    table: 'student',
    name: 'student_screening_tally_update_class',
    event: 'update',
    refs: 'old table as old_rows new table as new_rows',
    when: `select 1 from ${MOVED}`,
    sql: `update follow_up_class k set class_group_id = n.class_group_id from ${MOVED} and exists (select 1 from follow_up f where f.id = k.follow_up_id and f.student_id = n.id)`,
  },
];

export class Migration20261202180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_class" ("follow_up_id" int not null, "class_group_id" int not null, constraint "follow_up_class_pkey" primary key ("follow_up_id"));`);
    this.addSql(`insert into follow_up_class (follow_up_id, class_group_id) select f.id, s.class_group_id from follow_up f join student s on s.id = f.student_id;`);
    for (const t of TRIGGERS) {
      // EXECUTE plans the statement for the transition tables at hand (see Migration20261202010000).
      this.addSql(`create or replace function carenet_${t.name}() returns trigger language plpgsql as $$
begin
  if exists (${t.when}) then
    execute $q$${t.sql}$q$;
  end if;
  return null;
end $$;`);
      this.addSql(`create trigger ${t.name} after ${t.event} on ${t.table} referencing ${t.refs} for each statement execute function carenet_${t.name}();`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) {
      this.addSql(`drop trigger if exists ${t.name} on ${t.table};`);
      this.addSql(`drop function if exists carenet_${t.name}();`);
    }
    this.addSql('drop table if exists "follow_up_class";');
  }
}
