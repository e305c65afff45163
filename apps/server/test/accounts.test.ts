import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const COVERAGE = `{ networkCoverage(level: UNDERGRADUATE) { colleges { collegeCode } } }`;

describe.each(ENGINES)('account management on %s', (engine) => {
  let s: TestServer;
  let userId: string;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    const d = await s.ok<{ createUser: { id: string } }>(
      `mutation($p: String!) { createUser(input: { username: "lead", password: $p, grants: [{ role: COLLEGE_LEADER, collegeCode: "CS" }] }) { id } }`,
      { p: PW },
    );
    userId = d.createUser.id;
  });
  afterAll(() => s?.close());

  it('changing grants changes access on the next request', async () => {
    const lead = await s.login('lead', PW);
    expect((await lead.ok<{ networkCoverage: { colleges: { collegeCode: string }[] } }>(COVERAGE)).networkCoverage.colleges).toEqual([{ collegeCode: 'CS' }]);
    const r = await s.ok<{ setUserGrants: { roles: string[]; grants: { role: string; collegeCode: string | null }[] } }>(
      `mutation($id: ID!) { setUserGrants(userId: $id, grants: [{ role: CENTER_STAFF }]) { roles grants { role collegeCode } } }`,
      { id: userId },
    );
    expect(r.setUserGrants).toEqual({ roles: ['CENTER_STAFF'], grants: [{ role: 'CENTER_STAFF', collegeCode: null }] });
    const all = await lead.ok<{ networkCoverage: { colleges: { collegeCode: string }[] } }>(COVERAGE);
    expect(all.networkCoverage.colleges.map((c) => c.collegeCode)).toEqual(['CS', 'FL']);
    const bad = await s.gql(`mutation($id: ID!) { setUserGrants(userId: $id, grants: [{ role: COUNSELOR }]) { id } }`, { id: userId });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('a deactivated account loses its session at once and cannot sign in; reactivation restores sign-in', async () => {
    const lead = await s.login('lead', PW);
    await s.ok(`mutation($id: ID!) { setUserActive(userId: $id, active: false) { active } }`, { id: userId });
    expect(code(await lead.gql(COVERAGE))).toBe('UNAUTHENTICATED');
    expect(code(await s.as(null).gql(`mutation($p: String!) { login(username: "lead", password: $p) { token } }`, { p: PW }))).toBe('UNAUTHENTICATED');
    await s.ok(`mutation($id: ID!) { setUserActive(userId: $id, active: true) { active } }`, { id: userId });
    expect((await s.login('lead', PW)).token).toEqual(expect.any(String));
  });

  it('a password reset ends the sessions and the new password works', async () => {
    const lead = await s.login('lead', PW);
    await s.ok(`mutation($id: ID!) { resetUserPassword(userId: $id, newPassword: "another-password-2") }`, { id: userId });
    expect(code(await lead.gql(COVERAGE))).toBe('UNAUTHENTICATED');
    expect((await s.login('lead', 'another-password-2')).token).toEqual(expect.any(String));
    const short = await s.gql(`mutation($id: ID!) { resetUserPassword(userId: $id, newPassword: "short") }`, { id: userId });
    expect(code(short)).toBe('BAD_USER_INPUT');
  });

  it('an administrator cannot lock themselves out, and others cannot manage accounts', async () => {
    const me = await s.ok<{ me: { id: string } }>('{ me { id } }');
    expect(code(await s.gql(`mutation($id: ID!) { setUserActive(userId: $id, active: false) { id } }`, { id: me.me.id }))).toBe('BAD_USER_INPUT');
    expect(code(await s.gql(`mutation($id: ID!) { setUserGrants(userId: $id, grants: []) { id } }`, { id: me.me.id }))).toBe('BAD_USER_INPUT');
    const lead = await s.login('lead', 'another-password-2');
    expect(code(await lead.gql(`mutation($id: ID!) { setUserActive(userId: $id, active: false) { id } }`, { id: me.me.id }))).toBe('FORBIDDEN');
    const log = await s.ok<{ auditEvents: { items: { action: string }[] } }>(`{ auditEvents(filter: { action: "user." }, first: 50) { items { action } } }`);
    expect(log.auditEvents.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.grants.set', 'user.deactivate', 'user.activate', 'user.password.reset']),
    );
  });
});
