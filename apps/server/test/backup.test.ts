import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../src/db/orm.js';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, freshDatabase, importCsv, snapshot, startServer, type TestServer } from './harness.js';

/** The PostgreSQL client tools that match the server (Debian keeps them per major version). */
function pgTool(name: string): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  return name;
}

async function rowsOf(url: string) {
  const orm = await openOrm(url);
  try {
    const em = orm.em.fork() as EntityManager;
    const s = { sql: <T>(q: string) => em.getConnection().execute<T[]>(q, [], 'all') } as unknown as TestServer;
    const rows = await snapshot(s);
    const audit = await em.getConnection().execute('select * from audit_event order by id', [], 'all');
    let appendOnly = false;
    await em.getConnection().execute(`update audit_event set action = 'x'`).catch(() => {
      appendOnly = true;
    });
    return { rows, audit, appendOnly };
  } finally {
    await orm.close(true);
  }
}

// docs/operations.md: the documented backup and restore procedures, carried out for real.
describe.each(ENGINES)('backup and restore on %s', (engine) => {
  let s: TestServer;
  let dbUrl: string;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    dbUrl = s.dbUrl;
  });
  afterAll(() => s?.close());

  it('a restored copy holds every row and keeps the audit log append-only', async () => {
    const target = await freshDatabase(engine);
    try {
      if (engine === 'sqlite') {
        await s.sql(`vacuum into '${target.url}'`);
      } else {
        const dump = join(tmpdir(), `carenet-backup-${process.pid}.dump`);
        execFileSync(pgTool('pg_dump'), ['-Fc', '-f', dump, dbUrl]);
        execFileSync(pgTool('pg_restore'), ['--no-owner', '-d', target.url, dump]);
        rmSync(dump, { force: true });
      }
      const original = await rowsOf(dbUrl);
      const restored = await rowsOf(target.url);
      expect(restored.rows).toEqual(original.rows);
      expect(restored.audit).toEqual(original.audit);
      expect(restored.rows.student?.length).toBe(8);
      expect(restored.appendOnly).toBe(true);
    } finally {
      await target.drop();
    }
  });
});
