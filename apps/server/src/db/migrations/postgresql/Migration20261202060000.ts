import { Migration } from '@mikro-orm/migrations';
import { ALL, COVERAGE_UNITS, POST_COLUMNS, refreshEdges, UNIT_COLUMNS } from '../coverage-edge-sql.js';

const distinct = (cols: readonly string[]) => `(${cols.map((c) => `o.${c}`).join(', ')}) is distinct from (${cols.map((c) => `n.${c}`).join(', ')})`;
// EXECUTE plans each statement for the array at hand, and with a snapshot taken after the lock.
const execute = (xs: string[]) => xs.map((x) => `  execute $q$${x}$q$ using ids;`).join('\n');

// Statement-level triggers (one recompute per statement, set-based, for imports of thousands of rows).
// They run after the kept counts' row triggers (PostgreSQL fires row triggers first) and, named
// unit_edges_…, after the table's other statement triggers: every writer takes the unit's row lock
// before its advisory lock.
const TRIGGERS: { table: string; name: string; event: 'insert' | 'update' | 'delete'; fn: string; ids: string }[] = [];
for (const k of COVERAGE_UNITS) {
  const fn = `carenet_refresh_${k.units}_edges`;
  TRIGGERS.push({ table: k.posts, name: `unit_edges_${k.posts}_insert`, event: 'insert', fn, ids: `select ${k.col} from new_rows` });
  TRIGGERS.push({ table: k.posts, name: `unit_edges_${k.posts}_delete`, event: 'delete', fn, ids: `select ${k.col} from old_rows` });
  TRIGGERS.push({
    table: k.posts,
    name: `unit_edges_${k.posts}_update`,
    event: 'update',
    fn,
    ids: `select x from old_rows o join new_rows n on n.id = o.id, lateral (values (o.${k.col}), (n.${k.col})) v(x) where ${distinct([k.col, ...POST_COLUMNS])}`,
  });
  // A unit counts while it is active: its edges come and go when its first student enrols or its last leaves.
  TRIGGERS.push({
    table: k.units,
    name: `unit_edges_${k.units}_update`,
    event: 'update',
    fn,
    ids: `select n.id from old_rows o join new_rows n on n.id = o.id where (o.enrolled_count > 0) <> (n.enrolled_count > 0) or ${distinct(UNIT_COLUMNS.filter((c) => c !== 'enrolled_count'))}`,
  });
  TRIGGERS.push({ table: k.units, name: `unit_edges_${k.units}_delete`, event: 'delete', fn, ids: 'select id from old_rows' });
}

/**
 * Kept coverage edges (issue: metrics whose cost does not grow with the number of students): each
 * active class and dorm keeps the first and last days of its covered spans, recomputed by triggers on
 * every write to its posts and whenever it becomes active or inactive; coverageHistory sums them.
 * `cli verify` recomputes them from the posts.
 */
export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "coverage_edge" ("level" text check ("level" in ('UNDERGRADUATE', 'GRADUATE')) not null, "kind" text check ("kind" in ('CLASS', 'DORM')) not null, "college_id" int not null, "unit_id" int not null, "day" varchar(10) not null, "delta" int not null, constraint "coverage_edge_pkey" primary key ("kind", "unit_id", "day"));`,
    );
    this.addSql(`create index "coverage_edge_report" on "coverage_edge" ("level", "kind", "day", "college_id", "delta");`);
    for (const k of COVERAGE_UNITS) for (const sql of refreshEdges(k, ALL)) this.addSql(`${sql};`);
    // Writers touching one unit take turns (carenet_lock_students, Migration20261202001500: an
    // advisory lock per unit, the table's lock beyond 256), so each recompute sees the posts the other
    // committed instead of both writing the edges of their own snapshot.
    COVERAGE_UNITS.forEach((k, i) => {
      this.addSql(`create or replace function carenet_refresh_${k.units}_edges(ids int[]) returns void language plpgsql as $$
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  perform carenet_lock_students(${74031 + i}, ids, 'coverage_edge');
${execute(refreshEdges(k, (c) => `${c} = any($1)`))}
end $$;`);
    });
    for (const t of TRIGGERS) {
      // Most updates of a unit change only its posts' count (a row trigger of the kept counts, once
      // per post of an import): those call nothing.
      this.addSql(`create or replace function carenet_${t.name}() returns trigger language plpgsql as $$
declare ids int[] := array(${t.ids});
begin
  if cardinality(ids) > 0 then perform ${t.fn}(ids); end if;
  return null;
end $$;`);
      const refs = t.event === 'insert' ? 'new table as new_rows' : t.event === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(`create trigger ${t.name} after ${t.event} on ${t.table} referencing ${refs} for each statement execute function carenet_${t.name}();`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) {
      this.addSql(`drop trigger if exists ${t.name} on ${t.table};`);
      this.addSql(`drop function if exists carenet_${t.name}();`);
    }
    for (const k of COVERAGE_UNITS) this.addSql(`drop function if exists carenet_refresh_${k.units}_edges(int[]);`);
    this.addSql('drop table if exists "coverage_edge";');
  }
}
