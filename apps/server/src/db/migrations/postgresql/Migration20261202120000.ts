import { Migration } from '@mikro-orm/migrations';

// The kept active-post counts of Migration20261201211120, per statement instead of per row: an
// import of 20,000 posts called the row trigger 20,000 times (1.8 s), and each call's unit update
// fired the unit's statement triggers once more. The rule is the same: a post counts while it is not
// ended and its holder is ENROLLED in that very unit, judged against the student as stored now.
//
// Order of locks, as before: the holders' student rows (share, by id), then the units' rows (by id),
// then, in the later statement triggers, the advisory locks of the trainee rows and coverage edges.
// PostgreSQL fires a table's statement triggers by name, so these are named `…_posts_…`, before
// `…_trainees_…` and `unit_edges_…`. The row triggers they replace fired before all of those.

/** One post table: its name, its unit table and unit column, and the trigger names' stem. */
interface PostTable {
  table: string;
  unitTable: string;
  unit: string;
  stem: string;
  oldRow: string;
}

const TABLES: PostTable[] = [
  { table: 'committee_appointment', unitTable: 'class_group', unit: 'class_group_id', stem: 'committee_appointment_posts', oldRow: 'committee_posts' },
  { table: 'dorm_officer_appointment', unitTable: 'dormitory', unit: 'dormitory_id', stem: 'dorm_officer_appointment_posts', oldRow: 'dorm_officer_posts' },
];

/**
 * The statements of one trigger function: `gone` and `came` are the post rows that stop and start
 * counting (transition tables, or a join of both for updates). Run through EXECUTE so that each
 * call plans them for its own transition tables (see Migration20261202010000).
 */
function body(t: PostTable, gone: string | null, came: string | null): string {
  const parts = [
    gone ? `select g.${t.unit} as unit, -1 as p from (${gone}) g join student s on s.id = g.student_id and s.status = 'ENROLLED' and s.${t.unit} = g.${t.unit}` : null,
    came ? `select c.${t.unit} as unit, 1 as p from (${came}) c join student s on s.id = c.student_id and s.status = 'ENROLLED' and s.${t.unit} = c.${t.unit}` : null,
  ].filter((p): p is string => p !== null);
  const holders = [gone, came]
    .filter((p): p is string => p !== null)
    .map((p) => `select student_id from (${p}) h`)
    .join(' union ');
  return `
  execute $q$select 1 from student where id in (${holders}) order by id for share$q$;
  execute $q$select 1 from ${t.unitTable} where id in (select unit from (${parts.join(' union all ')}) d) order by id for update$q$;
  execute $q$update ${t.unitTable} u set active_posts = u.active_posts + x.p
    from (select unit, sum(p) as p from (${parts.join(' union all ')}) d group by unit having sum(p) <> 0) x
    where u.id = x.unit$q$;`;
}

function statementTriggers(t: PostTable): string[] {
  const active = (rows: string) => `select * from ${rows} where ended_on is null`;
  // An update counts only when what the rule reads changed: the end, the unit or the holder.
  const changed = `select o.id from old_rows o join new_rows n on n.id = o.id
    where o.ended_on is distinct from n.ended_on or o.${t.unit} is distinct from n.${t.unit} or o.student_id is distinct from n.student_id`;
  return [
    `create or replace function carenet_${t.stem}_insert() returns trigger language plpgsql as $$
begin${body(t, null, active('new_rows'))}
  return null;
end $$;`,
    `create or replace function carenet_${t.stem}_update() returns trigger language plpgsql as $$
begin${body(t, `${active('old_rows')} and id in (${changed})`, `${active('new_rows')} and id in (${changed})`)}
  return null;
end $$;`,
    `create or replace function carenet_${t.stem}_delete() returns trigger language plpgsql as $$
begin${body(t, active('old_rows'), null)}
  return null;
end $$;`,
    `drop trigger if exists ${t.oldRow} on ${t.table};`,
    `drop trigger if exists ${t.oldRow}_update on ${t.table};`,
    `create trigger ${t.stem}_insert after insert on ${t.table} referencing new table as new_rows for each statement execute function carenet_${t.stem}_insert();`,
    `create trigger ${t.stem}_update after update on ${t.table} referencing old table as old_rows new table as new_rows for each statement execute function carenet_${t.stem}_update();`,
    `create trigger ${t.stem}_delete after delete on ${t.table} referencing old table as old_rows for each statement execute function carenet_${t.stem}_delete();`,
  ];
}

export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) for (const sql of statementTriggers(t)) this.addSql(sql);
    this.addSql(`drop function if exists carenet_committee_posts();`);
    this.addSql(`drop function if exists carenet_dorm_officer_posts();`);
  }

  override async down(): Promise<void> {
    for (const t of TABLES) {
      for (const op of ['insert', 'update', 'delete']) {
        this.addSql(`drop trigger if exists ${t.stem}_${op} on ${t.table};`);
        this.addSql(`drop function if exists carenet_${t.stem}_${op}();`);
      }
      for (const sql of rowTriggers(t)) this.addSql(sql);
    }
  }
}

/** The row triggers of Migration20261201211120, for down(). */
function rowTriggers(t: PostTable): string[] {
  const step = (row: 'old' | 'new', sign: '-' | '+') => `perform 1 from student where id = ${row}.student_id for share;
    update ${t.unitTable} set active_posts = active_posts ${sign} 1 where id = ${row}.${t.unit} and exists (select 1 from student s where s.id = ${row}.student_id and s.status = 'ENROLLED' and s.${t.unit} = ${row}.${t.unit});`;
  return [
    `create or replace function carenet_${t.oldRow}() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' and old.ended_on is null then
    ${step('old', '-')}
  end if;
  if tg_op <> 'DELETE' and new.ended_on is null then
    ${step('new', '+')}
  end if;
  return null;
end $$;`,
    `create trigger ${t.oldRow} after insert or delete on ${t.table} for each row execute function carenet_${t.oldRow}();`,
    `create trigger ${t.oldRow}_update after update of ended_on, ${t.unit}, student_id on ${t.table} for each row
  when (old.ended_on is distinct from new.ended_on or old.${t.unit} is distinct from new.${t.unit} or old.student_id is distinct from new.student_id)
  execute function carenet_${t.oldRow}();`,
  ];
}
