import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, importCsv, startServer, type TestServer } from './harness.js';

const ME = '{ me { username } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const COVERAGE = '{ networkCoverage(level: UNDERGRADUATE) { total { classes classesCovered dormitories dormitoriesCovered } } }';

// Several instances share nothing but PostgreSQL (SQLite serves one instance only).
describe.runIf(process.env.TEST_PG_URL)('two server instances on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startServer('postgresql');
    b = await startServer('postgresql', {}, { attachTo: a });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(a, kind, csv)).errors).toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('a session opened on one instance works on the other, and signing out there ends it on both', async () => {
    const onA = await a.login(ADMIN.username, ADMIN.password);
    const onB = b.as(onA.token);
    expect((await onB.ok<{ me: { username: string } }>(ME)).me.username).toBe(ADMIN.username);
    await onB.ok('mutation { logout }');
    expect((await onA.gql<{ me: unknown }>(ME)).data?.me ?? null).toBeNull();
  });

  it('counts failed sign-ins across both instances towards one lockout', async () => {
    await a.ok(
      `mutation { createUser(input: { username: "leader.cs", password: "leader-password-1", grants: [{ role: COLLEGE_LEADER, collegeCode: "CS" }] }) { username } }`,
    );
    for (let i = 0; i < 5; i++) {
      const r = await (i % 2 ? b : a).as(null).gql(LOGIN, { u: 'leader.cs', p: `wrong-password-${i}` });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const s of [a, b]) {
      const r = await s.as(null).gql(LOGIN, { u: 'leader.cs', p: 'leader-password-1' });
      expect(r.errors?.[0]?.message).toMatch(/too many failed sign-ins/);
    }
  });

  it('while one instance imports, the other serves the figures from before or after it, never between', async () => {
    const classes = Array.from({ length: 40 }, (_, i) => `CS-N${i},新班${i},CS,UNDERGRADUATE,2025,`).join('\n');
    const dorms = Array.from({ length: 40 }, (_, i) => `N${i},9号楼,${100 + i},CS,UNDERGRADUATE`).join('\n');
    expect((await importCsv(a, 'CLASSES', `code,name,college_code,level,grade,counselor_staff_no\n${classes}\n`)).errors).toEqual([]);
    expect((await importCsv(a, 'DORMITORIES', `code,building,room,college_code,level\n${dorms}\n`)).errors).toEqual([]);
    const read = async () => JSON.stringify((await b.ok<{ networkCoverage: unknown }>(COVERAGE)).networkCoverage);
    const before = await read();
    const students = Array.from({ length: 4000 }, (_, i) => `2025${String(i).padStart(6, '0')},新生${i},男,CS-N${i % 40},N${i % 40},ENROLLED`).join('\n');
    let importing = true;
    const running = importCsv(a, 'STUDENTS', `student_no,name,gender,class_code,dorm_code,status\n${students}\n`).finally(() => (importing = false));
    const seen: string[] = [];
    while (importing) seen.push(await read());
    expect((await running).created).toBe(4000);
    const after = await read();
    expect(after).not.toBe(before);
    // The import is one transaction: a reader sees all of it or none of it.
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((x) => x !== before && x !== after)).toEqual([]);
    expect(JSON.parse(after).total.classes - JSON.parse(before).total.classes).toBe(40);
  });
});
