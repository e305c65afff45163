import { Migration } from '@mikro-orm/migrations';
import { ALL, COVERAGE_UNITS, POST_COLUMNS, refreshEdges, UNIT_COLUMNS } from '../coverage-edge-sql.js';

const TRIGGERS: { name: string; sql: string }[] = [];
const trigger = (name: string, event: string, body: string[], when?: string) =>
  TRIGGERS.push({ name, sql: `create trigger ${name} ${event} for each row${when ? ` when ${when}` : ''}\nbegin\n  ${body.join(';\n  ')};\nend;` });
const changed = (cols: readonly string[]) => cols.map((c) => `old.${c} is not new.${c}`).join(' or ');

for (const k of COVERAGE_UNITS) {
  trigger(`unit_edges_${k.posts}_insert`, `after insert on ${k.posts}`, refreshEdges(k, (c) => `${c} = new.${k.col}`));
  trigger(`unit_edges_${k.posts}_delete`, `after delete on ${k.posts}`, refreshEdges(k, (c) => `${c} = old.${k.col}`));
  trigger(
    `unit_edges_${k.posts}_update`,
    `after update of ${[k.col, ...POST_COLUMNS].join(', ')} on ${k.posts}`,
    refreshEdges(k, (c) => `${c} in (old.${k.col}, new.${k.col})`),
    changed([k.col, ...POST_COLUMNS]),
  );
  // A unit counts while it is active: its edges come and go when its first student enrols or its last leaves.
  trigger(
    `unit_edges_${k.units}_update`,
    `after update of ${UNIT_COLUMNS.join(', ')} on ${k.units}`,
    refreshEdges(k, (c) => `${c} = new.id`),
    `(old.enrolled_count > 0) is not (new.enrolled_count > 0) or old.level is not new.level or old.college_id is not new.college_id`,
  );
  trigger(`unit_edges_${k.units}_delete`, `after delete on ${k.units}`, [`delete from coverage_edge where kind = '${k.kind}' and unit_id = old.id`]);
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
      "create table `coverage_edge` (`level` text check (`level` in ('UNDERGRADUATE', 'GRADUATE')) not null, `kind` text check (`kind` in ('CLASS', 'DORM')) not null, `college_id` integer not null, `unit_id` integer not null, `day` text not null, `delta` integer not null, primary key (`kind`, `unit_id`, `day`));",
    );
    this.addSql('create index `coverage_edge_report` on `coverage_edge` (`level`, `kind`, `day`, `college_id`, `delta`);');
    for (const k of COVERAGE_UNITS) for (const sql of refreshEdges(k, ALL)) this.addSql(`${sql};`);
    for (const t of TRIGGERS) this.addSql(t.sql);
  }

  override async down(): Promise<void> {
    for (const t of TRIGGERS) this.addSql(`drop trigger if exists ${t.name};`);
    this.addSql('drop table if exists `coverage_edge`;');
  }
}
