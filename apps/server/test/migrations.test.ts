import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import type { Engine } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { ENGINES, freshDatabase } from './harness.js';

const INTROSPECT: Record<Engine, string[]> = {
  // Columns, indexes and foreign keys (ALTER TABLE rewrites a table's stored SQL text, so that is not compared).
  sqlite: [
    `select m.name as tbl, c.name, c.type, c."notnull", c.dflt_value, c.pk from sqlite_master m, pragma_table_info(m.name) c
       where m.type = 'table' and m.name not like 'mikro_orm%' and m.name not like 'sqlite_%' order by m.name, c.name`,
    `select name, tbl_name, sql from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name`,
    `select m.name as tbl, f."table", f."from", f."to", f.on_delete from sqlite_master m, pragma_foreign_key_list(m.name) f
       where m.type = 'table' and m.name not like 'mikro_orm%' order by m.name, f."from"`,
  ],
  postgresql: [
    `select table_name, column_name, data_type, is_nullable, column_default, character_maximum_length from information_schema.columns
       where table_schema = 'public' and table_name not like 'mikro_orm%' order by table_name, column_name`,
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename not like 'mikro_orm%' order by indexname`,
    `select conname, pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = 'public' and conname not like 'mikro_orm%' order by conname`,
  ],
};

async function describeSchema(engine: Engine, url: string, build: 'migrations' | 'entities') {
  const orm = await openOrm(url);
  try {
    if (build === 'migrations') await migrate(orm);
    else await orm.schema.createSchema();
    const em = orm.em.fork() as EntityManager;
    const out: unknown[] = [];
    for (const q of INTROSPECT[engine]) out.push(await em.getConnection().execute(q, [], 'all'));
    return out;
  } finally {
    await orm.close(true);
  }
}

describe.each(ENGINES)('migrations on %s', (engine) => {
  it('create exactly the schema the entities describe (no migration is missing)', async () => {
    const a = await freshDatabase(engine);
    const b = await freshDatabase(engine);
    try {
      const fromMigrations = await describeSchema(engine, a.url, 'migrations');
      const fromEntities = await describeSchema(engine, b.url, 'entities');
      expect(fromMigrations).toEqual(fromEntities);
    } finally {
      await a.drop();
      await b.drop();
    }
  });

  it('are idempotent: a second run applies nothing', async () => {
    const db = await freshDatabase(engine);
    const orm = await openOrm(db.url);
    try {
      expect((await migrate(orm)).length).toBeGreaterThan(0);
      expect(await migrate(orm)).toEqual([]);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});
