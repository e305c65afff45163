import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

describe.each(ENGINES)('a busy database on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { DB_WAIT_SECONDS: '0.3' });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  it('refuses a request that would wait longer than DB_WAIT_SECONDS with 503 and Retry-After, then serves again', async () => {
    const { token } = await s.login(ADMIN.username, ADMIN.password);
    const pool = (s.orm.em.getConnection() as unknown as { getKnex(): { client: { pool: { max: number } } } }).getKnex().client.pool;
    // Every connection is taken by a long transaction (a long import would do the same).
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holders = Array.from({ length: pool.max }, () => (s.em() as EntityManager).transactional(() => held));
    await new Promise((r) => setTimeout(r, 100));
    try {
      const started = Date.now();
      const res = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' },
        body: JSON.stringify({ query: '{ networkCoverage(level: UNDERGRADUATE) { level } }' }),
      });
      const waited = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ message: '服务器繁忙，请稍后重试', extensions: { code: 'SERVER_BUSY' } });
      // Refused after the configured wait, not after knex's default minute.
      expect(waited).toBeLessThan(3000);
    } finally {
      release();
      await Promise.all(holders);
    }
    const again = await s.as(token).ok<{ networkCoverage: { level: string } }>('{ networkCoverage(level: UNDERGRADUATE) { level } }');
    expect(again.networkCoverage.level).toBe('UNDERGRADUATE');
  });
});
