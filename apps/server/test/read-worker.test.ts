import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../src/db/reads.js';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, importCsv, startServer, type TestServer } from './harness.js';

// SQLite's driver blocks while a statement runs, so the server reads its reports in a worker thread:
// a long report leaves other requests free, and a report that cannot start in time is refused.

/** A statement that keeps SQLite busy for a good while (counting to n in a recursive CTE). */
const slow = (n: number) => `with recursive c(x) as (select 1 union all select x + 1 from c where x < ${n}) select count(*) as n from c`;

describe('reports on SQLite run in a read worker (SQLITE_READ_WORKER=on)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer('sqlite', { DB_WAIT_SECONDS: '1', SQLITE_READ_WORKER: 'on' });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
  });
  afterAll(() => s?.close());

  it('a long report does not hold up other requests', async () => {
    const order: string[] = [];
    const report = readRows<{ n: number }>(s.em(), slow(4_000_000)).then((rows) => {
      order.push('report');
      return rows;
    });
    // Answered while the report is still counting (inline, the event loop would wait for it).
    const health = await fetch(`${s.url}/healthz`);
    order.push('healthz');
    expect(health.status).toBe(200);
    expect(Number((await report)[0]!.n)).toBe(4_000_000);
    expect(order).toEqual(['healthz', 'report']);
  });

  it('reads what was just committed, as the main connection does', async () => {
    const before = await s.ok<{ networkCoverage: { total: { committeeMembers: number } } }>('{ networkCoverage(level: UNDERGRADUATE) { total { committeeMembers } } }');
    expect((await importCsv(s, 'COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U2,2023000004,2024-11-01\n')).errors).toEqual([]);
    const after = await s.ok<{ networkCoverage: { total: { committeeMembers: number } } }>('{ networkCoverage(level: UNDERGRADUATE) { total { committeeMembers } } }');
    expect(after.networkCoverage.total.committeeMembers).toBe(before.networkCoverage.total.committeeMembers + 1);
  });

  it('a report that cannot start within DB_WAIT_SECONDS is refused with 503 SERVER_BUSY', async () => {
    const { token } = await s.login(ADMIN.username, ADMIN.password);
    const hog = readRows(s.em(), slow(12_000_000));
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: '{ networkCoverage(level: UNDERGRADUATE) { total { classes } } }' }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(body.errors?.[0]?.extensions.code).toBe('SERVER_BUSY');
    expect(body.errors?.[0]?.message).toMatch(/繁忙/);
    await hog;
    // Free again: the same report is answered.
    expect((await s.ok<{ networkCoverage: { total: { classes: number } } }>('{ networkCoverage(level: UNDERGRADUATE) { total { classes } } }')).networkCoverage.total.classes).toBeGreaterThan(0);
  });
});
