import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { openServerDatabase } from '../src/db/runtime-role.js';
import { freshDatabase } from './harness.js';

describe('PG_PARALLEL_WORKERS', () => {
  it('defaults to 0 and takes a whole number from 0 to 64', () => {
    expect(loadConfig({}).pgParallelWorkers).toBe(0);
    expect(loadConfig({ PG_PARALLEL_WORKERS: '4' }).pgParallelWorkers).toBe(4);
    for (const bad of ['-1', '65', '1.5', 'two']) {
      expect(() => loadConfig({ PG_PARALLEL_WORKERS: bad })).toThrow(/PG_PARALLEL_WORKERS must be a whole number from 0 to 64/);
    }
  });
});

// Parallel workers are a per-session setting: every connection the pool opens, not only the first,
// must carry it (the reports were 2–4 times slower at 800,000 students with PostgreSQL's default).
describe.runIf(process.env.TEST_PG_URL)('PostgreSQL connections of the pool', () => {
  let db: { url: string; drop: () => Promise<void> };
  const opened: MikroORM[] = [];
  beforeAll(async () => {
    db = await freshDatabase('postgresql');
    const first = await openOrm(db.url);
    opened.push(first);
    await migrate(first);
  });
  afterAll(async () => {
    for (const o of opened) await o.close(true);
    await db?.drop();
  });

  // Four statements at once make the pool open four connections.
  const settingsOf = async (orm: MikroORM) =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        const [row] = await orm.em
          .fork()
          .getConnection()
          .execute<{ w: string; pid: number }[]>(`select current_setting('max_parallel_workers_per_gather') as w, pg_backend_pid() as pid from pg_sleep(0.1)`, [], 'all');
        return row!;
      }),
    );

  it('every connection runs statements without parallel workers by default', async () => {
    const rows = await settingsOf(opened[0]!);
    expect(new Set(rows.map((r) => r.pid)).size).toBe(4);
    expect(rows.map((r) => r.w)).toEqual(['0', '0', '0', '0']);
  });

  it("the server's setting reaches every connection", async () => {
    const { orm } = await openServerDatabase(db.url, null, { parallelWorkers: 3 });
    opened.push(orm);
    const rows = await settingsOf(orm);
    expect(new Set(rows.map((r) => r.pid)).size).toBe(4);
    expect(rows.map((r) => r.w)).toEqual(['3', '3', '3', '3']);
  });
});
