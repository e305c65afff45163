import { getIntrospectionQuery, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyOf } from '../src/common/policy.js';
import { createSchema } from '../src/schema.js';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const STUDENTS = `query($c: String) { students(first: 500, collegeCode: $c) { totalCount edges { node { studentNo } } } }`;
const ROSTER = `query($c: String!, $l: NetworkLevel!) { roster(collegeCode: $c, level: $l) {
  classes { classGroup { code } committeeMembers { student { studentNo } } } dormitories { dormitory { code } } workingGroup { staff { staffNo } } } }`;
const COVERAGE = `{ networkCoverage(level: UNDERGRADUATE) { total { classes } colleges { collegeCode classes } } }`;

const nos = (d: { students: { edges: { node: { studentNo: string } }[] } }) => d.students.edges.map((e) => e.node.studentNo).sort();
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

async function createUser(s: TestServer, username: string, extra: Record<string, unknown>): Promise<Client> {
  await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username, password: PW, grants: [], ...extra } });
  return s.login(username, PW);
}

async function createToken(s: TestServer, scopes: string[], collegeCode?: string, expiresAt?: string) {
  const d = await s.ok<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id prefix scopes } } }`,
    { i: { name: `t-${scopes.join('-')}`, scopes, collegeCode, expiresAt } },
  );
  return d.createApiToken;
}

describe.each(ENGINES)('roles and scopes on %s', (engine) => {
  let s: TestServer;
  const c: Record<string, Client> = {};
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // CS-U2 gets another counselor, so T0000004 counsels CS-U1 and CS-G1 only.
    await importCsv(s, 'STAFF', 'staff_no,name,college_code\nT0000009,孙辅导员,CS\n');
    await importCsv(s, 'CLASSES', 'code,name,college_code,level,grade,counselor_staff_no\nCS-U2,计科2班,CS,UNDERGRADUATE,2023,T0000009\n');
    c.center = await createUser(s, 'center1', { grants: [{ role: 'CENTER_STAFF' }] });
    c.leader = await createUser(s, 'leader1', { grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }] });
    c.counselor = await createUser(s, 'counselor1', { staffNo: 'T0000004' });
    c.committee = await createUser(s, 'committee1', { studentNo: '2023000002' });
    c.officer = await createUser(s, 'officer1', { studentNo: '2023000006' });
    c.nobody = await createUser(s, 'nobody1', {});
    c.flReader = s.as((await createToken(s, ['ROSTER_READ'], 'FL')).token);
    c.metrics = s.as((await createToken(s, ['METRICS_READ'])).token);
    c.anonymous = s.as(null);
    c.admin = s;
  });
  afterAll(() => s?.close());

  it.each([
    ['admin', ['2023000001', '2023000002', '2023000003', '2023000004', '2023000005', '2023000006', 'S2024000001', 'S2024000002']],
    ['center', ['2023000001', '2023000002', '2023000003', '2023000004', '2023000005', '2023000006', 'S2024000001', 'S2024000002']],
    ['leader', ['2023000001', '2023000002', '2023000003', '2023000004', '2023000005', 'S2024000001', 'S2024000002']],
    ['counselor', ['2023000001', '2023000002', '2023000003', 'S2024000001', 'S2024000002']],
    ['committee', ['2023000001', '2023000002', '2023000003']],
    ['officer', ['2023000006']],
    ['flReader', ['2023000006']],
  ])('%s lists exactly the students in scope', async (who, expected) => {
    expect(nos(await (c[who] as Client).ok(STUDENTS))).toEqual(expected);
  });

  it.each([
    ['nobody', 'FORBIDDEN'],
    ['metrics', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('%s gets no student list (%s)', async (who, expected) => {
    expect(code(await (c[who] as Client).gql(STUDENTS))).toBe(expected);
  });

  it('a college filter outside the scope gives an empty connection, not an error', async () => {
    expect(await (c.leader as Client).ok(STUDENTS, { c: 'FL' })).toEqual({ students: { totalCount: 0, edges: [] } });
  });

  it('nested fields follow the same rule: a committee member sees only their class on the roster', async () => {
    const d = await (c.committee as Client).ok<{ roster: { classes: { classGroup: { code: string } }[]; dormitories: unknown[]; workingGroup: unknown[] } }>(ROSTER, {
      c: 'CS',
      l: 'UNDERGRADUATE',
    });
    expect(d.roster.classes.map((x) => x.classGroup.code)).toEqual(['CS-U1']);
    expect(d.roster).toMatchObject({ dormitories: [], workingGroup: [] });
  });

  it.each([
    ['leader', 'FL'],
    ['counselor', 'FL'],
    ['officer', 'CS'],
    ['committee', 'FL'],
  ])("%s asking for another college's roster (%s) is denied", async (who, college) => {
    expect(code(await (c[who] as Client).gql(ROSTER, { c: college, l: 'UNDERGRADUATE' }))).toBe('FORBIDDEN');
    expect(code(await (c[who] as Client).gql(`query($c: String!) { classes(collegeCode: $c) { code } }`, { c: college }))).toBe('FORBIDDEN');
  });

  it('writes are scoped: a leader changes only their college, the Center nothing, counselors only committee members of their classes', async () => {
    const appoint = `mutation($d: String!, $s: String!) { appointDormOfficer(input: { dormCode: $d, studentNo: $s }) { id } }`;
    expect(code(await (c.leader as Client).gql(appoint, { d: 'D201', s: '2023000006' }))).toBe('FORBIDDEN');
    expect(code(await (c.center as Client).gql(appoint, { d: 'D102', s: '2023000003' }))).toBe('FORBIDDEN');
    expect(code(await (c.counselor as Client).gql(appoint, { d: 'D102', s: '2023000003' }))).toBe('FORBIDDEN');
    // Committee members: the counselor's own class (CS-U1 is full: two members) but not CS-U2, now another counselor's.
    const committee = `mutation($c: String!, $s: String!) { appointCommitteeMember(input: { classCode: $c, studentNo: $s, attestsService: true, attestsWellbeing: true }) { id } }`;
    expect(code(await (c.counselor as Client).gql(committee, { c: 'CS-U2', s: '2023000004' }))).toBe('FORBIDDEN');
    expect(code(await (c.center as Client).gql(committee, { c: 'CS-U2', s: '2023000004' }))).toBe('FORBIDDEN');
    expect(code(await (c.committee as Client).gql(committee, { c: 'CS-U1', s: '2023000003' }))).toBe('FORBIDDEN');
    expect(code(await (c.counselor as Client).gql(committee, { c: 'CS-U1', s: '2023000003' }))).not.toBe('FORBIDDEN');
    const imp = await (c.leader as Client).ok<{ importRoster: { errors: { row: number; column: string; message: string }[] } }>(
      `mutation($csv: String!) { importRoster(kind: DORMITORIES, csv: $csv) { errors { row column message } } }`,
      { csv: 'code,building,room,college_code,level\nD103,1号楼,103,CS,UNDERGRADUATE\nD202,2号楼,202,FL,UNDERGRADUATE\n' },
    );
    expect(imp.importRoster.errors).toEqual([{ row: 3, column: 'college_code', message: expect.stringMatching(/outside your scope/) }]);
  });

  it('aggregates: the leader sees their college, a METRICS_READ token every college, without names', async () => {
    const l = await (c.leader as Client).ok<{ networkCoverage: { colleges: { collegeCode: string }[] } }>(COVERAGE);
    expect(l.networkCoverage.colleges.map((x) => x.collegeCode)).toEqual(['CS']);
    const m = await (c.metrics as Client).ok<{ networkCoverage: { colleges: { collegeCode: string }[] } }>(COVERAGE);
    expect(m.networkCoverage.colleges.map((x) => x.collegeCode)).toEqual(['CS', 'FL']);
    expect(code(await (c.committee as Client).gql(COVERAGE))).toBe('FORBIDDEN');
  });

  it('a dorm officer whose appointment ends loses that access on the next request', async () => {
    expect(nos(await (c.officer as Client).ok(STUDENTS))).toEqual(['2023000006']);
    const r = await s.ok<{ roster: { dormitories: { dormitory: { code: string }; officer: { id: string } | null }[] } }>(
      `{ roster(collegeCode: "FL", level: UNDERGRADUATE) { dormitories { dormitory { code } officer { id } } } }`,
    );
    const id = r.roster.dormitories.find((d) => d.dormitory.code === 'D201')?.officer?.id;
    await s.ok(`mutation($id: ID!) { endDormOfficer(input: { id: $id, reason: DISMISSED }) { active } }`, { id });
    expect(code(await (c.officer as Client).gql(STUDENTS))).toBe('FORBIDDEN');
  });

  it('a committee member no longer in that class (post not ended) has no committee access until they are back', async () => {
    const [u1, u2] = await s.sql<{ id: number }>(`select id from class_group where code in ('CS-U1', 'CS-U2') order by code`);
    // A fix made straight in the database: the student moves class, the post is left open.
    await s.sql(`update student set class_group_id = ? where student_no = '2023000002'`, [u2?.id]);
    expect(code(await (c.committee as Client).gql(STUDENTS))).toBe('FORBIDDEN');
    await s.sql(`update student set class_group_id = ? where student_no = '2023000002'`, [u1?.id]);
    expect(nos(await (c.committee as Client).ok(STUDENTS))).toEqual(['2023000001', '2023000002', '2023000003']);
    await s.sql(`update student set status = 'SUSPENDED' where student_no = '2023000002'`);
    expect(code(await (c.committee as Client).gql(STUDENTS))).toBe('FORBIDDEN');
    await s.sql(`update student set status = 'ENROLLED' where student_no = '2023000002'`);
    expect(nos(await (c.committee as Client).ok(STUDENTS))).toEqual(['2023000001', '2023000002', '2023000003']);
  });

  it('student contact data: in scope only, and every read is in the audit log', async () => {
    await importCsv(s, 'STUDENTS', 'student_no,name,gender,class_code,status,phone,emergency_contact\n2023000004,学生四,F,CS-U2,ENROLLED,13800000004,母亲\n');
    const q = `query($n: String!) { studentContact(studentNo: $n) { phone emergencyContact } }`;
    expect(await (c.leader as Client).ok(q, { n: '2023000004' })).toEqual({ studentContact: { phone: '13800000004', emergencyContact: '母亲' } });
    expect(code(await (c.counselor as Client).gql(q, { n: '2023000004' }))).toBe('FORBIDDEN');
    expect(code(await (c.committee as Client).gql(q, { n: '2023000004' }))).toBe('FORBIDDEN');
    expect(code(await (c.flReader as Client).gql(q, { n: '2023000006' }))).toBe('FORBIDDEN');
    const log = await (c.center as Client).ok<{ auditEvents: { items: Record<string, unknown>[] } }>(
      `{ auditEvents(filter: { studentNo: "2023000004", action: "student.contact" }) { items { actorName actorRoles action recordType recordId studentNo at } } }`,
    );
    expect(log.auditEvents.items).toEqual([
      expect.objectContaining({ actorName: 'leader1', actorRoles: 'COLLEGE_LEADER', action: 'student.contact.read', recordType: 'student', studentNo: '2023000004' }),
    ]);
  });

  it('a sensitive read fails when its audit event cannot be written, and returns no data', async () => {
    const block =
      engine === 'sqlite'
        ? [`create trigger audit_block before insert on audit_event begin select raise(abort, 'audit store down'); end`]
        : [
            `create function audit_block() returns trigger language plpgsql as $$ begin raise exception 'audit store down'; end $$`,
            `create trigger audit_block before insert on audit_event for each row execute function audit_block()`,
          ];
    for (const q of block) await s.sql(q);
    try {
      const r = await (c.leader as Client).gql(`{ studentContact(studentNo: "2023000001") { phone name } }`);
      expect(r.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.data?.studentContact ?? null).toBeNull();
    } finally {
      await s.sql(engine === 'sqlite' ? 'drop trigger audit_block' : 'drop trigger audit_block on audit_event');
    }
  });

  it('the audit log cannot be changed: no API operation touches it, and the database refuses', async () => {
    const sdl = (await createSchema()).getMutationType()?.getFields() ?? {};
    expect(Object.keys(sdl).filter((f) => /audit/i.test(f))).toEqual([]);
    await expect(s.sql(`update audit_event set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(s.sql(`delete from audit_event`)).rejects.toThrow(/append-only/);
    expect(code(await (c.leader as Client).gql(`{ auditEvents { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('changes are audited in the same transaction as the change', async () => {
    const log = await s.ok<{ auditEvents: { items: { action: string; actorName: string }[] } }>(
      `{ auditEvents(filter: { action: "roster.import" }, first: 500) { items { action actorName } } }`,
    );
    expect(log.auditEvents.items.length).toBeGreaterThanOrEqual(UNIVERSITY.length);
    expect(log.auditEvents.items[0]).toEqual({ action: 'roster.import', actorName: ADMIN.username });
  });
});

describe.each(ENGINES)('tokens, sessions and sign-in on %s', (engine) => {
  let s: TestServer;
  let clock = Date.now();
  beforeAll(async () => {
    s = await startServer(engine, {}, { now: () => new Date(clock) });
    for (const [kind, csv] of UNIVERSITY.slice(0, 2)) await importCsv(s, kind, csv);
  });
  afterAll(() => s?.close());

  it('a revoked token gets UNAUTHENTICATED; the token is stored hashed', async () => {
    const t = await createToken(s, ['METRICS_READ']);
    expect((await s.as(t.token).ok(COVERAGE)).networkCoverage).toBeDefined();
    expect(Number((await s.sql<{ n: number }>(`select count(*) as n from api_token where token_hash = ?`, [t.token]))[0]?.n)).toBe(0);
    await s.ok(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: t.apiToken.id });
    expect(code(await s.as(t.token).gql(COVERAGE))).toBe('UNAUTHENTICATED');
  });

  it('ten wrong passwords lock the account; the right one then fails too, saying when to retry', async () => {
    await s.ok(`mutation { createUser(input: { username: "victim", password: "${PW}", grants: [{ role: CENTER_STAFF }] }) { id } }`);
    const login = (p: string) => s.as(null).gql(`mutation($p: String!) { login(username: "victim", password: $p) { token } }`, { p });
    const messages: string[] = [];
    for (let i = 0; i < 10; i++) messages.push((await login('wrong-password')).errors?.[0]?.message ?? '');
    expect(messages.slice(0, 5).every((m) => /wrong username or password/.test(m))).toBe(true);
    expect(messages[9]).toMatch(/try again after/);
    const right = await login(PW);
    expect(code(right)).toBe('UNAUTHENTICATED');
    expect(right.errors?.[0]?.message).toMatch(/too many failed sign-ins.*try again after/);
    clock += 16 * 60_000;
    expect((await login(PW)).data?.login?.token).toEqual(expect.any(String));
  });

  it('an expired token and an idle session get UNAUTHENTICATED', async () => {
    const t = await createToken(s, ['METRICS_READ'], undefined, new Date(clock + 3600_000).toISOString());
    const user = await s.login(ADMIN.username, ADMIN.password);
    expect((await s.as(t.token).ok(COVERAGE)).networkCoverage).toBeDefined();
    clock += 2 * 3600_000;
    expect(code(await s.as(t.token).gql(COVERAGE))).toBe('UNAUTHENTICATED');
    const idle = await user.gql(COVERAGE);
    expect(code(idle)).toBe('UNAUTHENTICATED');
    expect(idle.errors?.[0]?.message).toMatch(/idle/);
  });

  it('a session in use stays open past the idle limit, and a token records its last use once a minute', async () => {
    // signed in afresh: the clock of the tests before has left the server's own session idle
    const user = await s.login(ADMIN.username, ADMIN.password);
    const { createApiToken: t } = await user.ok<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      `mutation { createApiToken(input: { name: "last-use", scopes: [METRICS_READ] }) { token apiToken { id } } }`,
    );
    for (let i = 0; i < 3; i++) {
      clock += 20 * 60_000;
      // each use moves the idle limit on: 60 minutes after signing in, 20 after the last use
      expect((await user.ok(COVERAGE)).networkCoverage).toBeDefined();
    }
    const lastUse = async () => {
      const { apiTokens } = await user.ok<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>('{ apiTokens { id lastUsedAt } }');
      return apiTokens.find((x) => x.id === t.apiToken.id)?.lastUsedAt ?? null;
    };
    expect(await lastUse()).toBeNull();
    await Promise.all([1, 2, 3].map(() => s.as(t.token).ok(COVERAGE)));
    const first = await lastUse();
    expect(first).toBe(new Date(clock).toISOString());
    clock += 30_000;
    await s.as(t.token).ok(COVERAGE);
    expect(await lastUse()).toBe(first);
    clock += 60_000;
    await s.as(t.token).ok(COVERAGE);
    expect(await lastUse()).toBe(new Date(clock).toISOString());
  });

  it('a stale session cookie does not block signing in again, and other operations say why', async () => {
    const { token } = await s.login(ADMIN.username, ADMIN.password);
    clock += 31 * 60_000;
    const post = (query: string) =>
      fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', cookie: `carenet_session=${token}` },
        body: JSON.stringify({ query }),
      });
    const other = (await (await post('{ colleges { code } }')).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(other.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/idle/) });
    const me = await post('{ me { id } }');
    expect(await me.json()).toEqual({ data: { me: null } });
    expect(me.headers.get('set-cookie')).toMatch(/carenet_session=;/);
    const again = (await (await post(`mutation { login(username: "${ADMIN.username}", password: "${ADMIN.password}") { token } }`)).json()) as {
      data: { login: { token: string } };
    };
    expect(again.data.login.token).toEqual(expect.any(String));
  });
});

describe('deny by default', () => {
  it('every Query and Mutation field declares an access policy', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const t of [schema.getQueryType(), schema.getMutationType()]) {
      if (!(t instanceof GraphQLObjectType)) continue;
      for (const f of Object.keys(t.getFields())) if (!policyOf(t, f)) missing.push(`${t.name}.${f}`);
    }
    expect(missing).toEqual([]);
  });
});

describe.each(ENGINES)('GraphQL hardening on %s (production mode)', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine, { NODE_ENV: 'production' });
  });
  afterAll(() => s?.close());

  it('refuses a depth-15 query before execution', async () => {
    let q = 'id';
    for (let i = 0; i < 14; i++) q = `student { ${q} }`;
    const r = await s.gql(`{ roster(collegeCode: "X", level: GRADUATE) { classes { committeeMembers { ${q} } } } }`);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.data).toBeUndefined();
  });

  it('refuses a 100-alias query', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: colleges { code }`).join(' ');
    const r = await s.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a 1 MB document', async () => {
    const { token } = await s.login(ADMIN.username, ADMIN.password);
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ colleges { code } } # ${'x'.repeat(1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/larger than 64 KB/);
  });

  it('refuses introspection in production', async () => {
    const r = await s.gql(getIntrospectionQuery());
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('masks an internal error: no stack trace, no SQL', async () => {
    await s.sql('drop table workstation');
    await importCsv(s, 'COLLEGES', 'code,name\nZZ,测试学院\n');
    const r = await s.gql(`{ roster(collegeCode: "ZZ", level: UNDERGRADUATE) { workstation { room } } }`);
    expect(r.errors?.[0]).toEqual({ message: 'Internal server error', path: ['roster'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(r)).not.toMatch(/select|workstation"|stack/i);
  });

  it('CSRF prevention refuses a simple cross-site request', async () => {
    const res = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });
});
