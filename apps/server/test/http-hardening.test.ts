import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { grantRuntimeRole, openServerDatabase } from '../src/db/runtime-role.js';
import { CollegeEntity } from '../src/modules/org/org.entities.js';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, type Client, ENGINES, importCsv, startServer, type TestServer, withRuntimeRole } from './harness.js';

const PW = 'a-long-password-1';
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

interface AuditRow {
  actorName: string;
  action: string;
  recordId: string | null;
  clientAddress: string | null;
  detail: string | null;
}
const AUDIT = `query($a: String) { auditEvents(filter: { action: $a }, first: 100) { items { actorName action recordId clientAddress detail } } }`;

async function post(s: TestServer, body: string, headers: Record<string, string> = {}) {
  return fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers }, body });
}

describe('configuration', () => {
  it('behaves as production unless NODE_ENV=development', () => {
    expect(loadConfig({}).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
  });
});

describe.each(ENGINES)('HTTP hardening on %s', (engine) => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    // NODE_ENV unset: what `npm start` gets without configuration.
    s = await startServer(engine, { NODE_ENV: '' });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    token = (await s.login(ADMIN.username, ADMIN.password)).token;
  });
  afterAll(() => s?.close());

  it('a malformed JSON body gets a JSON error, not an HTML stack trace with paths', async () => {
    const res = await post(s, '{"query": "{ me { id } ', {});
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/node_modules|\/work\/|at .*\(/);
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/graphql', '/healthz', '/templates/colleges.csv', '/']) {
      const res = path === '/graphql' ? await post(s, JSON.stringify({ query: '{ me { id } }' })) : await fetch(`${s.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      // Plain HTTP: HSTS would be meaningless (and wrong for the demo on localhost).
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('the cost limit counts page sizes that arrive as variables and defaults', async () => {
    const aliases = (arg: string) => Array.from({ length: 30 }, (_, i) => `a${i}: students(first: ${arg}) { edges { node { studentNo name } } }`).join(' ');
    const byVariable = await s.gql(`query($n: Int) { ${aliases('$n')} }`, { n: 500 });
    expect(code(byVariable)).toBe('BAD_USER_INPUT');
    expect(byVariable.errors?.[0]?.message).toMatch(/more than the limit/);
    expect(byVariable.data).toBeUndefined();
    const byDefault = await s.gql(`query($n: Int = 500) { ${aliases('$n')} }`);
    expect(code(byDefault)).toBe('BAD_USER_INPUT');
    const literal = await s.gql(`{ ${aliases('500')} }`);
    expect(code(literal)).toBe('BAD_USER_INPUT');
    // One full page is an ordinary request.
    const one = await s.ok<{ students: { totalCount: number } }>(`query($n: Int) { students(first: $n) { totalCount edges { node { studentNo } } } }`, { n: 500 });
    expect(one.students.totalCount).toBe(8);
    // Lists without a page size count too: thirty rosters at once are refused, one is served.
    const rosters = Array.from({ length: 30 }, (_, i) => `r${i}: roster(collegeCode: "CS", level: UNDERGRADUATE) { dormitories { dormitory { code building room } officer { student { studentNo name } } } }`).join(' ');
    expect(code(await s.gql(`{ ${rosters} }`))).toBe('BAD_USER_INPUT');
    expect(code(await s.gql(`{ roster(collegeCode: "CS", level: UNDERGRADUATE) { dormitories { dormitory { code } } } }`))).toBeUndefined();
  });

  it('only imports may send large bodies, and only when signed in', async () => {
    const pad = 'x'.repeat(300 * 1024);
    const big = JSON.stringify({ query: 'query($p: String) { colleges { code } }', variables: { p: pad } });
    const anonymous = await post(s, big);
    expect(anonymous.status).toBe(413);
    expect(JSON.stringify(await anonymous.json())).toMatch(/too large/);
    const notImport = await post(s, big, { authorization: `Bearer ${token}` });
    expect(notImport.status).toBe(413);
    expect(JSON.stringify(await notImport.json())).toMatch(/accepted only for imports/);
    // A 2 MB roster file is an ordinary import.
    const rows = Array.from({ length: 40_000 }, (_, i) => `Z${i},学院${i}`).join('\n');
    const csv = `code,name\n${rows}\n`;
    expect(csv.length).toBeGreaterThan(300 * 1024);
    const res = await post(
      s,
      JSON.stringify({ query: 'mutation($csv: String!) { importRoster(kind: COLLEGES, csv: $csv, dryRun: true) { created errors { row } } }', variables: { csv } }),
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { importRoster: { created: number } } }).data.importRoster.created).toBe(40_000);
  });

  it('every audit event carries the client address; reading the log is itself audited', async () => {
    const events = (await s.ok<{ auditEvents: { items: AuditRow[] } }>(AUDIT, { a: 'auth.login' })).auditEvents.items;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.clientAddress).toMatch(/127\.0\.0\.1/);
    await s.ok(`{ auditEventsCsv(filter: { action: "roster." }) }`);
    const reads = (await s.ok<{ auditEvents: { items: AuditRow[] } }>(AUDIT, { a: 'audit.' })).auditEvents.items;
    expect(reads.map((e) => e.action)).toEqual(expect.arrayContaining(['audit.read', 'audit.export']));
    expect(reads.find((e) => e.action === 'audit.export')?.detail).toMatch(/roster\./);
  });

  it('refused requests are audited: a bad token, a policy denial', async () => {
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: 'nobody2', password: PW, grants: [] } });
    const nobody: Client = await s.login('nobody2', PW);
    expect(code(await nobody.gql(`{ users { id } }`))).toBe('FORBIDDEN');
    const bad = await post(s, JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer cn_not-a-real-token' });
    expect(bad.status).toBe(401);
    const denied = (await s.ok<{ auditEvents: { items: AuditRow[] } }>(AUDIT, { a: 'access.denied' })).auditEvents.items;
    expect(denied).toEqual([expect.objectContaining({ actorName: 'nobody2', recordId: 'users', clientAddress: expect.stringMatching(/127\.0\.0\.1/) })]);
    const refused = (await s.ok<{ auditEvents: { items: AuditRow[] } }>(AUDIT, { a: 'auth.refused' })).auditEvents.items;
    expect(refused).toEqual([expect.objectContaining({ actorName: 'anonymous', detail: expect.stringMatching(/unknown API token/) })]);
  });

  it('an API token asking for myAccess (menus of a person) is refused clearly, not with an internal error', async () => {
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "menus", scopes: [METRICS_READ] }) { token } }`);
    const r = await s.as(t.createApiToken.token).gql(`{ myAccess { canManageAccess } }`);
    expect(code(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0]?.message).toMatch(/API token/);
  });

  it('anonymous refusals cannot grow the audit log without bound', async () => {
    const before = (await s.sql<{ n: number }>(`select count(*) as n from audit_event where action = 'auth.refused'`))[0]?.n;
    for (let i = 0; i < 60; i++) await post(s, JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer cn_flood-${i}` });
    const after = (await s.sql<{ n: number }>(`select count(*) as n from audit_event where action = 'auth.refused'`))[0]?.n;
    expect(Number(after) - Number(before)).toBeLessThanOrEqual(30);
    expect(Number(after) - Number(before)).toBeGreaterThan(0);
  });

  it('column lengths hold on both engines: an over-long value is refused, not stored or crashed on', async () => {
    const em = s.em();
    em.create(CollegeEntity, { code: 'LONG', name: '长'.repeat(201) });
    await expect(em.flush()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    expect(await s.sql(`select code from college where code = 'LONG'`)).toEqual([]);
  });
});

describe.each(ENGINES)('proxies on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { TRUST_PROXY: 'loopback' });
  });
  afterAll(() => s?.close());

  it('behind a trusted proxy: the forwarded client address is audited and HTTPS gets HSTS', async () => {
    const res = await post(s, JSON.stringify({ query: `mutation { login(username: "admin", password: "${ADMIN.password}") { token } }` }), {
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'https',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const events = (await s.ok<{ auditEvents: { items: AuditRow[] } }>(AUDIT, { a: 'auth.login' })).auditEvents.items;
    expect(events[0]?.clientAddress).toBe('203.0.113.7');
  });
});

describe.runIf(ENGINES.includes('postgresql'))('the audit log on PostgreSQL with a runtime role', () => {
  it('the runtime role may insert and read audit events but never truncate, update or delete them', async () => {
    await withRuntimeRole(async ({ ownerUrl, runtimeUrl, role }) => {
      // The server's own start-up path: migrations as the owner, grants, then the runtime connection.
      const { orm, applied } = await openServerDatabase(runtimeUrl, ownerUrl);
      expect(applied.length).toBeGreaterThan(0);
      const config = { ...loadConfig({ DATABASE_URL: runtimeUrl }), dashboardDir: '/nonexistent' };
      const { services, apollo } = await createApp(orm, config);
      // The runtime role runs the product: accounts, sign-in, audit events.
      await services.accounts.createAdmin(orm.em.fork() as EntityManager, 'admin', ADMIN.password, true);
      const conn = (orm.em.fork() as EntityManager).getConnection();
      expect(Number((await conn.execute<{ n: number }[]>(`select count(*) as n from audit_event`, [], 'all'))[0]?.n)).toBeGreaterThan(0);
      for (const sql of ['truncate audit_event', 'update audit_event set action = action', 'delete from audit_event']) {
        await expect(conn.execute(sql), sql).rejects.toThrow(/permission denied/);
      }
      await apollo.stop();
      await orm.close(true);
      // Re-granting is idempotent (every start does it).
      const { openOrm } = await import('../src/db/orm.js');
      const owner = await openOrm(ownerUrl);
      await grantRuntimeRole(owner, role);
      await owner.close(true);
    });
  });
});
