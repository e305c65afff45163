import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// Accounts for student post holders, handed out as one-time activation codes (shown once, stored
// hashed, single use, expiring); the first sign-in with a code sets the password.

const PW = 'a-long-password-1';
const CREATE = `mutation($i: CreatePostHolderAccountsInput!) { createPostHolderAccounts(input: $i) {
  created reissued skipped expiresAt csv xlsxBase64
  rows { collegeCode collegeName units name studentNo username code expiresAt newAccount } } }`;
const ISSUE = `mutation($id: ID!) { issueActivationCode(userId: $id) { reissued rows { username code expiresAt newAccount } } }`;
const ACTIVATE = `mutation($u: String!, $c: String!, $p: String!) { activateAccount(username: $u, code: $c, newPassword: $p) { token user { username studentNo roles } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

interface CodeRow {
  collegeCode: string | null;
  collegeName: string | null;
  units: string | null;
  name: string | null;
  studentNo: string | null;
  username: string;
  code: string;
  expiresAt: string;
  newAccount: boolean;
}
interface Sheet {
  created: number;
  reissued: number;
  skipped: number;
  expiresAt: string;
  csv: string;
  xlsxBase64: string;
  rows: CodeRow[];
}
type Gql = { errors?: { message: string; extensions?: { code?: string; retryAt?: unknown } }[] };
const code = (r: Gql) => r.errors?.[0]?.extensions?.code;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const DAY = 86_400_000;

describe.each(ENGINES)('activation codes for post holders on %s', (engine) => {
  let s: TestServer;
  // The server's clock: codes expire and sign-in limits are counted by it.
  let clock = Date.now();
  // Every sign-in path shares 20 attempts per address and minute: move on a minute before each test.
  const nextMinute = () => {
    clock += 61_000;
  };
  let leader: Client;
  const create = async (i: Record<string, unknown>, c: Client = s) => (await c.ok<{ createPostHolderAccounts: Sheet }>(CREATE, { i })).createPostHolderAccounts;
  const activate = (u: string, c: string, p = PW) => s.as(null).gql<{ activateAccount: { token: string; user: { username: string; studentNo: string; roles: string[] } } }>(ACTIVATE, { u, c, p });
  const userId = async (username: string) => String((await s.sql<{ id: number }>('select id from app_user where username = ?', [username]))[0]!.id);

  beforeAll(async () => {
    // Sessions outlast the clock's jumps of days (code expiry) in this file.
    s = await startServer(engine, { ACTIVATION_CODE_DAYS: '14', SESSION_IDLE_MINUTES: '100000', SESSION_MAX_HOURS: '2000' }, { now: () => new Date(clock) });
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    // CS post holders: 2023000001 (committee member of CS-U1 and officer of D101) and 2023000002
    // (committee member), who already has an account. FL: 2023000006, officer of D201.
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: 'has-account', password: PW, studentNo: '2023000002' } });
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username: 'cs-leader', password: PW, grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }] },
    });
    leader = await s.login('cs-leader', PW);
  });
  afterAll(() => s?.close());

  it('creates accounts only for post holders without one, with a code each, as a sheet to hand out; audited', async () => {
    nextMinute();
    const sheet = await create({ collegeCode: 'CS' });
    expect(sheet).toMatchObject({ created: 1, reissued: 0, skipped: 1 });
    expect(sheet.rows).toHaveLength(1);
    const row = sheet.rows[0]!;
    expect(row).toMatchObject({
      collegeCode: 'CS',
      collegeName: '计算机学院',
      units: 'CS-U1 / D101',
      name: '学生一',
      studentNo: '2023000001',
      username: '2023000001',
      newAccount: true,
    });
    expect(row.code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(new Date(row.expiresAt).getTime()).toBe(clock + 14 * DAY);
    // The sheet: college, class/dorm, name, student number, username, code, expires (English: accept-language en).
    const csv = sheet.csv.trim().split(/\r?\n/);
    expect(csv[0]).toBe('College,Class/dorm,Name,Student number,Username,Activation code,Expires');
    expect(csv[1]).toContain(`计算机学院（CS）,CS-U1 / D101,学生一,2023000001,2023000001,${row.code},`);
    expect(csv).toHaveLength(2);
    expect(Buffer.from(sheet.xlsxBase64, 'base64').subarray(0, 2).toString()).toBe('PK');

    // The account is linked to the student and has no granted role: its roles follow from the posts.
    const [u] = await s.sql<{ student_id: number; n: number }>(
      `select u.student_id, (select count(*) from role_grant g where g.user_id = u.id) as n from app_user u where u.username = '2023000001'`,
    );
    expect(Number(u!.n)).toBe(0);
    // A second run finds nobody left without an account.
    expect(await create({ collegeCode: 'CS' })).toMatchObject({ created: 0, reissued: 0, skipped: 2, rows: [] });
    // The graduate level of CS has no post holders.
    expect(await create({ collegeCode: 'CS', level: 'GRADUATE' })).toMatchObject({ created: 0, skipped: 0, rows: [] });

    const log = await s.ok<{ auditEvents: { items: { actorName: string; action: string; recordId: string; studentNo: string; detail: string }[] } }>(
      `{ auditEvents(filter: { action: "user.create", studentNo: "2023000001" }) { items { actorName action recordId studentNo detail } } }`,
    );
    expect(log.auditEvents.items).toHaveLength(1);
    expect(log.auditEvents.items[0]).toMatchObject({ actorName: 'admin', recordId: '2023000001', studentNo: '2023000001' });
    expect(log.auditEvents.items[0]!.detail).not.toContain(row.code);
  });

  it('stores codes only hashed: no table holds the code itself', async () => {
    nextMinute();
    const row = (await create({ collegeCode: 'FL' })).rows[0]!;
    expect(row.username).toBe('2023000006');
    const plain = row.code.replace(/-/g, '');
    const stored = await s.sql<{ code_hash: string }>(
      `select c.code_hash from activation_code c join app_user u on u.id = c.user_id where u.username = '2023000006'`,
    );
    expect(stored.map((c) => c.code_hash)).toEqual([sha(plain)]);
    for (const table of ['activation_code', 'app_user', 'audit_event']) {
      const all = JSON.stringify(await s.sql(`select * from ${table}`));
      expect(all, table).not.toContain(plain);
      expect(all, table).not.toContain(row.code);
    }
  });

  it('the code signs in once and sets the password; a wrong, reused or other account’s code is refused with one answer', async () => {
    nextMinute();
    const row = (await create({ collegeCode: 'CS', level: 'UNDERGRADUATE', reissueUnactivated: true })).rows[0]!;
    expect(row).toMatchObject({ username: '2023000001', newAccount: false });
    // Before activation no password opens the account, not even the code.
    expect(code(await s.as(null).gql(LOGIN, { u: '2023000001', p: row.code }))).toBe('UNAUTHENTICATED');

    const wrong = await activate('2023000001', 'AAAA-BBBB-CCCC-DDDD');
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('this activation code is wrong, has expired or was already used; ask your administrator for a new one');
    // Another account's valid code does not open this one.
    const other = (await create({ collegeCode: 'FL', reissueUnactivated: true })).rows[0]!;
    expect((await activate('2023000001', other.code)).errors![0]!.message).toBe(wrong.errors![0]!.message);
    // A short password is refused before anything is used up.
    expect(code(await activate('2023000001', row.code, 'short'))).toBe('BAD_USER_INPUT');

    // Typed in lower case without dashes, as people do.
    const ok = await activate('2023000001', row.code.replace(/-/g, '').toLowerCase());
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.activateAccount.user).toMatchObject({ username: '2023000001', studentNo: '2023000001' });
    expect(ok.data!.activateAccount.user.roles.sort()).toEqual(['COMMITTEE_MEMBER', 'DORM_OFFICER']);
    // The session works: the roster of their class is theirs to read.
    const me = await s.as(ok.data!.activateAccount.token).ok<{ me: { username: string } }>('{ me { username } }');
    expect(me.me.username).toBe('2023000001');
    // The new password signs in; the code does not work a second time.
    expect(code(await s.as(null).gql(LOGIN, { u: '2023000001', p: PW }))).toBeUndefined();
    const again = await activate('2023000001', row.code, 'another-password-2');
    expect(again.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(code(await s.as(null).gql(LOGIN, { u: '2023000001', p: 'another-password-2' }))).toBe('UNAUTHENTICATED');

    // Activated: the bulk's re-issue leaves the account alone.
    expect((await create({ collegeCode: 'CS', reissueUnactivated: true })).rows.map((r) => r.username)).toEqual([]);

    const log = await s.ok<{ auditEvents: { items: { action: string; actorName: string; recordId: string }[] } }>(
      `{ auditEvents(filter: { action: "auth.activation" }) { items { action actorName recordId } } }`,
    );
    const actions = log.auditEvents.items.map((e) => [e.action, e.actorName]);
    expect(actions.filter(([a]) => a === 'auth.activation')).toEqual([['auth.activation', '2023000001']]);
    // The wrong code, the other account's code and the second use.
    expect(actions.filter(([a]) => a === 'auth.activation.failed').length).toBe(3);
  });

  it('re-issuing a code for a person makes their older code stop working', async () => {
    nextMinute();
    const old = (await create({ collegeCode: 'FL', reissueUnactivated: true })).rows[0]!;
    const id = await userId('2023000006');
    const fresh = (await s.ok<{ issueActivationCode: { reissued: number; rows: CodeRow[] } }>(ISSUE, { id })).issueActivationCode;
    expect(fresh.reissued).toBe(1);
    const code2 = fresh.rows[0]!.code;
    expect(code2).not.toBe(old.code);
    // One outstanding code per account, in the database too.
    const outstanding = await s.sql(`select id from activation_code where user_id = ? and used_at is null and revoked_at is null`, [Number(id)]);
    expect(outstanding).toHaveLength(1);
    expect(code(await activate('2023000006', old.code))).toBe('UNAUTHENTICATED');
    expect((await activate('2023000006', code2)).data?.activateAccount.user.username).toBe('2023000006');
    const log = await s.ok<{ auditEvents: { items: { action: string; recordId: string }[] } }>(
      `{ auditEvents(filter: { action: "user.activationCode.issue" }) { items { action recordId } } }`,
    );
    expect(log.auditEvents.items.map((e) => e.recordId)).toContain('2023000006');
  });

  it('a code expires after ACTIVATION_CODE_DAYS', async () => {
    nextMinute();
    await s.ok(`mutation { appointDormOfficer(input: { dormCode: "D102", studentNo: "2023000003" }) { id } }`);
    const row = (await create({ collegeCode: 'CS' })).rows[0]!;
    expect(row.username).toBe('2023000003');
    clock += 14 * DAY + 1000;
    expect((await activate('2023000003', row.code)).errors![0]!.message).toBe(
      'this activation code is wrong, has expired or was already used; ask your administrator for a new one',
    );
    // A new code works (13 days later it still would).
    const id = await userId('2023000003');
    const next = (await s.ok<{ issueActivationCode: { rows: CodeRow[] } }>(ISSUE, { id })).issueActivationCode.rows[0]!;
    clock += 13 * DAY;
    expect(code(await activate('2023000003', next.code))).toBeUndefined();
  });

  it('is throttled as sign-in: five wrong codes lock the username, also for the right code', async () => {
    clock += 20 * 60_000;
    await s.ok(`mutation { appointCommitteeMember(input: { classCode: "CS-U2", studentNo: "2023000004", attestsService: true, attestsWellbeing: true }) { id } }`);
    const row = (await create({ collegeCode: 'CS' })).rows[0]!;
    expect(row.username).toBe('2023000004');
    for (let i = 0; i < 5; i++) expect(code(await activate('2023000004', `WRONG-${i}`))).toBe('UNAUTHENTICATED');
    const locked = await activate('2023000004', row.code);
    expect(code(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors![0]!.extensions?.retryAt).toBeTruthy();
    // Locked for login too: the lockout counts every sign-in path.
    expect(code(await s.as(null).gql(LOGIN, { u: '2023000004', p: 'whatever-password' }))).toBe('UNAUTHENTICATED');
    clock += 16 * 60_000;
    expect(code(await activate('2023000004', row.code))).toBeUndefined();
    // One activation per request: aliases do not multiply the guesses.
    const two = await s.as(null).gql(
      `mutation { a: activateAccount(username: "x-user", code: "A", newPassword: "${PW}") { token } b: activateAccount(username: "y-user", code: "B", newPassword: "${PW}") { token } }`,
    );
    expect(code(two)).toBe('BAD_USER_INPUT');
  });

  it('only school administrators create accounts and issue codes', async () => {
    nextMinute();
    expect(code(await leader.gql(CREATE, { i: { collegeCode: 'CS' } }))).toBe('FORBIDDEN');
    expect(code(await leader.gql(ISSUE, { id: await userId('2023000001') }))).toBe('FORBIDDEN');
    expect(code(await s.as(null).gql(CREATE, { i: { collegeCode: 'CS' } }))).toBe('UNAUTHENTICATED');
    const t = await s.ok<{ createApiToken: { token: string } }>(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
      i: { name: 'writer', scopes: ['ROSTER_WRITE'] },
    });
    expect(code(await s.as(t.createApiToken.token).gql(CREATE, { i: { collegeCode: 'CS' } }))).toBe('FORBIDDEN');
    expect(code(await s.gql(CREATE, { i: { collegeCode: 'NOPE' } }))).toBe('NOT_FOUND');
  });
});
