import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm } from '../src/db/orm.js';

interface RawConnection {
  __created?: number;
  __knexUid?: string;
}
interface KnexClient {
  acquireConnection(): Promise<RawConnection>;
  releaseConnection(c: RawConnection): Promise<void>;
}

// SQLite keeps busy_timeout and foreign_keys per connection: a connection the pool opens later must
// have them too, or a second writer (the CLI beside the server) fails at once with SQLITE_BUSY.
describe('SQLite connections of the pool', () => {
  const file = join(tmpdir(), `carenet-connections-${process.pid}.db`);
  let orm: MikroORM;
  const client = () => (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
  const pragmas = async () => {
    const conn = orm.em.getConnection();
    const [fk] = await conn.execute<{ foreign_keys: number }[]>('pragma foreign_keys', [], 'all');
    const [busy] = await conn.execute<{ timeout: number }[]>('pragma busy_timeout', [], 'all');
    return { foreignKeys: Number(fk?.foreign_keys), busyTimeout: Number(busy?.timeout) };
  };
  beforeAll(async () => {
    orm = await openOrm(file);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm.close(true);
    for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  });

  it('the connection is never counted stale, and has its settings', async () => {
    const c = await client().acquireConnection();
    const uid = c.__knexUid;
    await client().releaseConnection(c);
    // MikroORM's dialect replaces a connection whose __created is over 10 s old; ours never ages.
    const again = await client().acquireConnection();
    expect(again.__knexUid).toBe(uid);
    expect(again.__created ?? 0).toBeGreaterThan(Date.now());
    await client().releaseConnection(again);
    expect(await pragmas()).toEqual({ foreignKeys: 1, busyTimeout: 5000 });
  });

  it('a connection the pool replaces gets the same settings', async () => {
    const c = await client().acquireConnection();
    const uid = c.__knexUid;
    c.__created = Date.now() - 11_000; // stale by the dialect's rule: the pool replaces it
    await client().releaseConnection(c);
    expect(await pragmas()).toEqual({ foreignKeys: 1, busyTimeout: 5000 });
    const next = await client().acquireConnection();
    expect(next.__knexUid).not.toBe(uid);
    await client().releaseConnection(next);
  });
});
