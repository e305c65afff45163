import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

interface Group {
  prefix: string;
  nameZh: string;
  nameEn: string;
  actions: { action: string; nameZh: string; nameEn: string; outcome: string }[];
}
const ACTIONS = '{ auditActions { prefix nameZh nameEn actions { action nameZh nameEn outcome } } }';
const LOG = `query($f: AuditFilterInput) { auditEvents(filter: $f, first: 500) { totalCount items { action } } }`;

describe.each(ENGINES)('audit actions on %s', (engine) => {
  let s: TestServer;
  let groups: Group[];
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    await s.as(null).gql('mutation { login(username: "admin", password: "wrong-password-9") { token } }');
    await s.login(ADMIN.username, ADMIN.password);
    groups = (await s.ok<{ auditActions: Group[] }>(ACTIONS)).auditActions;
  });
  afterAll(() => s?.close());

  it('names every action in both languages, grouped by prefix, with its outcome', () => {
    const roster = groups.find((g) => g.prefix === 'roster.');
    expect(roster).toMatchObject({ nameZh: '名册', nameEn: 'Roster' });
    expect(roster?.actions).toContainEqual({ action: 'roster.import', nameZh: '导入名册', nameEn: 'Imported a roster file', outcome: 'SUCCEEDED' });
    const auth = groups.find((g) => g.prefix === 'auth.');
    expect(auth?.actions.find((a) => a.action === 'auth.login.failed')?.outcome).toBe('REFUSED');
    for (const g of groups) {
      for (const a of g.actions) {
        expect(a.action.startsWith(g.prefix), a.action).toBe(true);
        expect(a.nameZh && a.nameEn, a.action).toBeTruthy();
      }
    }
  });

  it('every action in the log is one of the named actions', async () => {
    const named = new Set(groups.flatMap((g) => g.actions.map((a) => a.action)));
    const log = await s.ok<{ auditEvents: { items: { action: string }[] } }>(LOG, {});
    const recorded = new Set(log.auditEvents.items.map((e) => e.action));
    expect(recorded.size).toBeGreaterThanOrEqual(4); // imports, sign-ins, a failed sign-in, reading the log
    for (const a of recorded) expect(named.has(a), a).toBe(true);
  });

  it('filters on exact actions, where the prefix filter takes every action starting with it', async () => {
    const actionsOf = async (f: Record<string, unknown>) =>
      new Set((await s.ok<{ auditEvents: { items: { action: string }[] } }>(LOG, { f })).auditEvents.items.map((e) => e.action));
    expect(await actionsOf({ action: 'auth.login' })).toEqual(new Set(['auth.login', 'auth.login.failed']));
    expect(await actionsOf({ actions: ['auth.login'] })).toEqual(new Set(['auth.login']));
    expect(await actionsOf({ actions: ['auth.login.failed', 'roster.import'] })).toEqual(new Set(['auth.login.failed', 'roster.import']));
    expect(await actionsOf({ action: 'roster.', actions: ['auth.login'] })).toEqual(new Set());
    const tooMany = await s.gql(LOG, { f: { actions: Array.from({ length: 101 }, (_, i) => `a${i}`) } });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for readers of the audit log only', async () => {
    await s.ok('mutation { createUser(input: { username: "lead", password: "a-long-password-1", grants: [{ role: COLLEGE_LEADER, collegeCode: "CS" }] }) { id } }');
    const lead = await s.login('lead', 'a-long-password-1');
    expect((await lead.gql(ACTIONS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
