import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ADMIN, ENGINES, type GqlResult, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const WRONG = 'not-the-password-0';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { username } }';
const COVERAGE = '{ networkCoverage(level: UNDERGRADUATE) { total { classes } } }';
const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id expiresAt } } }`;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const message = (r: GqlResult) => r.errors?.[0]?.message ?? '';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function createUser(s: TestServer, username: string): Promise<string> {
  const d = await s.ok<{ createUser: { id: string } }>(
    `mutation($u: String!, $p: String!) { createUser(input: { username: $u, password: $p, grants: [{ role: CENTER_STAFF }] }) { id } }`,
    { u: username, p: PW },
  );
  return d.createUser.id;
}

async function count(s: TestServer, table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  return Number((await s.sql<{ n: number }>(`select count(*) as n from ${table} where ${where}`, params))[0]?.n);
}

describe.each(ENGINES)('sign-in limits on %s', (engine) => {
  let s: TestServer;
  let clock = Date.now();
  const login = (u: string, p: string) => s.as(null).gql<{ login: { token: string } }>(LOGIN, { u, p });
  // Each test starts in a new minute, so the per-address limit of the tests before does not carry over.
  const nextMinute = () => {
    clock += MINUTE + 1000;
  };
  beforeAll(async () => {
    // Password checks dear enough to time (about 16 MiB, 2 passes), unlike the other tests' cheap ones.
    s = await startServer(engine, { PASSWORD_HASH_MEMORY_KIB: '16384', PASSWORD_HASH_TIME_COST: '2' }, { now: () => new Date(clock) });
    for (const u of ['parallel', 'aliased', 'victim2', 'gone']) await createUser(s, u);
    await s.ok(`mutation($id: ID!) { setUserActive(userId: $id, active: false) { active } }`, {
      id: (await s.ok<{ users: { id: string; username: string }[] }>('{ users { id username } }')).users.find((u) => u.username === 'gone')?.id,
    });
  });
  afterAll(() => s?.close());

  it('twelve parallel wrong passwords for one username: at most five are tried, the rest are told it is locked, and so is the right one', async () => {
    nextMinute();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('parallel', `${WRONG}${i}`)));
    const wrong = answers.filter((r) => /wrong username or password/.test(message(r)));
    const locked = answers.filter((r) => /too many failed sign-ins for "parallel": try again after/.test(message(r)));
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.length).toBeLessThanOrEqual(5);
    expect(wrong.length + locked.length).toBe(12);
    expect(locked.every((r) => code(r) === 'UNAUTHENTICATED' && typeof r.errors?.[0]?.extensions?.retryAt === 'string')).toBe(true);
    const right = await login('parallel', PW);
    expect(message(right)).toMatch(/too many failed sign-ins.*try again after/);
    // Refused attempts do not push the lock later: the window of the guesses that were tried.
    clock += 16 * MINUTE;
    expect((await login('parallel', PW)).data?.login.token).toEqual(expect.any(String));
  });

  it('one login per request: aliased logins are refused before any password is tried', async () => {
    nextMinute();
    const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: login(username: "aliased", password: "${WRONG}${i}") { token }`).join(' ');
    const many = await s.as(null).gql(`mutation { ${aliases} }`);
    expect(many.errors?.length).toBeGreaterThan(0);
    expect(many.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && /one login per request/.test(e.message))).toBe(true);
    // Through a fragment too.
    const spread = await s.as(null).gql(
      `mutation { login(username: "aliased", password: "${WRONG}") { token } ...More } fragment More on Mutation { again: login(username: "aliased", password: "${WRONG}x") { token } }`,
    );
    expect(code(spread)).toBe('BAD_USER_INPUT');
    expect(await count(s, 'login_attempt', 'username = ?', ['aliased'])).toBe(0);
    // One login in a request still works, fragments or not.
    const one = await s.as(null).gql<{ login: { token: string } }>(
      `mutation { ...In } fragment In on Mutation { login(username: "aliased", password: "${PW}") { token } }`,
    );
    expect(one.data?.login.token).toEqual(expect.any(String));
  });

  it('a client address gets 20 sign-in attempts a minute; the next is refused with a time to retry, even with the right password', async () => {
    nextMinute();
    for (let i = 0; i < 20; i++) expect(message(await login(`sprayed${i}`, WRONG))).toMatch(/wrong username or password/);
    const refused = await login(ADMIN.username, ADMIN.password);
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(message(refused)).toMatch(/too many sign-in attempts from your network address: try again after/);
    const retryAt = Date.parse(String(refused.errors?.[0]?.extensions?.retryAt));
    expect(retryAt).toBeGreaterThan(clock);
    expect(retryAt).toBeLessThanOrEqual(clock + MINUTE);
    clock = retryAt + 1000;
    expect((await login(ADMIN.username, ADMIN.password)).data?.login.token).toEqual(expect.any(String));
  });

  it('a username no account can have is answered like a wrong password and stores nothing', async () => {
    nextMinute();
    const attempts = await count(s, 'login_attempt');
    const events = await count(s, 'audit_event');
    for (const u of ['x'.repeat(10_000), '=HYPERLINK("http://x/?"&A2,"open")', 'two words', 'ab']) {
      const r = await login(u, WRONG);
      expect(code(r)).toBe('UNAUTHENTICATED');
      expect(message(r)).toBe('wrong username or password');
    }
    expect(await count(s, 'login_attempt')).toBe(attempts);
    expect(await count(s, 'audit_event')).toBe(events);
  });

  it('deactivated, unknown and impossible usernames take as long to refuse as a wrong password', async () => {
    nextMinute();
    const timed = async (u: string, p: string) => {
      const t = performance.now();
      const r = await login(u, p);
      expect(message(r)).toBe('wrong username or password');
      return performance.now() - t;
    };
    const times: Record<'active' | 'deactivated' | 'unknown' | 'impossible', number[]> = { active: [], deactivated: [], unknown: [], impossible: [] };
    // Interleaved, so that any load on the machine falls on all kinds alike; three each stays below the lockout.
    for (let i = 0; i < 3; i++) {
      times.active.push(await timed('victim2', WRONG));
      times.deactivated.push(await timed('gone', PW));
      times.unknown.push(await timed('nobody-here', WRONG));
      times.impossible.push(await timed('no such user!', WRONG));
    }
    // A skipped password check answers in a few milliseconds; a check takes tens. Against the fastest
    // wrong password, so that a stall of the machine during one of them cannot raise the bar.
    const active = Math.min(...times.active);
    for (const k of ['deactivated', 'unknown', 'impossible'] as const) expect(median(times[k]), k).toBeGreaterThan(active * 0.5);
  });
});

describe.each(ENGINES)('sessions and API tokens on %s', (engine) => {
  let s: TestServer;
  let clock = Date.now();
  beforeAll(async () => {
    // A long idle timeout: here only the absolute lifetime ends sessions.
    s = await startServer(engine, { SESSION_IDLE_MINUTES: String(48 * 60) }, { now: () => new Date(clock) });
    await createUser(s, 'changer');
  });
  afterAll(() => s?.close());

  it('changing the password ends the other sessions of that user and keeps the current one', async () => {
    const here = await s.login('changer', PW);
    const elsewhere = await s.login('changer', PW);
    await here.ok(`mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, { c: PW, n: 'a-new-password-2' });
    expect((await here.ok<{ me: { username: string } }>(ME)).me.username).toBe('changer');
    const other = await elsewhere.gql(ME);
    expect(code(other)).toBe('UNAUTHENTICATED');
    expect(message(other)).toMatch(/session has ended/);
    expect((await s.login('changer', 'a-new-password-2')).token).toEqual(expect.any(String));
  });

  it('an API token expires a year after creation by default, and cannot be made to last longer', async () => {
    const d = await s.ok<{ createApiToken: { token: string; apiToken: { expiresAt: string } } }>(CREATE_TOKEN, {
      i: { name: 'survey', scopes: ['METRICS_READ'] },
    });
    const expires = Date.parse(d.createApiToken.apiToken.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(clock + 365 * DAY);
    expect(expires).toBeLessThanOrEqual(clock + 366 * DAY);
    expect((await s.as(d.createApiToken.token).ok(COVERAGE)).networkCoverage).toBeDefined();
    const tooLong = await s.gql(CREATE_TOKEN, { i: { name: 'forever', scopes: ['METRICS_READ'], expiresAt: new Date(clock + 400 * DAY).toISOString() } });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.field).toBe('expiresAt');
    expect(message(tooLong)).toMatch(/at most a year/);
    const year = await s.gql(CREATE_TOKEN, { i: { name: 'a-year', scopes: ['METRICS_READ'], expiresAt: new Date(clock + 365 * DAY).toISOString() } });
    expect(year.errors).toBeUndefined();
  });

  it('a session ends 12 hours after sign-in however busy it is, saying why', async () => {
    const u = await s.login(ADMIN.username, ADMIN.password);
    for (let h = 0; h < 11; h++) {
      clock += 60 * MINUTE;
      expect((await u.ok<{ me: { username: string } }>(ME)).me.username).toBe(ADMIN.username);
    }
    clock += 59 * MINUTE;
    expect((await u.ok<{ me: { username: string } }>(ME)).me.username).toBe(ADMIN.username);
    clock += 2 * MINUTE;
    const ended = await u.gql(ME);
    expect(code(ended)).toBe('UNAUTHENTICATED');
    expect(message(ended)).toMatch(/more than 12 hours ago/);
  });

  it('a token stored without an expiry (before expiries were required) expires a year after it was created', async () => {
    const admin = await s.login(ADMIN.username, ADMIN.password);
    const d = await admin.ok<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE_TOKEN, {
      i: { name: 'legacy', scopes: ['METRICS_READ'], expiresAt: new Date(clock + 30 * DAY).toISOString() },
    });
    await s.sql('update api_token set expires_at = null where id = ?', [Number(d.createApiToken.apiToken.id)]);
    const list = await admin.ok<{ apiTokens: { id: string; expiresAt: string | null; createdAt: string }[] }>('{ apiTokens { id expiresAt createdAt } }');
    const legacy = list.apiTokens.find((t) => t.id === d.createApiToken.apiToken.id);
    expect(legacy?.expiresAt).toEqual(expect.any(String));
    expect(Date.parse(legacy?.expiresAt ?? '') - Date.parse(legacy?.createdAt ?? '')).toBeGreaterThanOrEqual(365 * DAY);
    expect((await s.as(d.createApiToken.token).ok(COVERAGE)).networkCoverage).toBeDefined();
    clock += 367 * DAY;
    const expired = await s.as(d.createApiToken.token).gql(COVERAGE);
    expect(code(expired)).toBe('UNAUTHENTICATED');
    expect(message(expired)).toMatch(/expired/);
  });
});

describe('LOGINS_PER_ADDRESS_PER_MINUTE', () => {
  it('defaults to 20 and must be a whole number from 1 to 10000', () => {
    expect(loadConfig({}).loginsPerAddress).toBe(20);
    expect(loadConfig({ LOGINS_PER_ADDRESS_PER_MINUTE: '300' }).loginsPerAddress).toBe(300);
    for (const bad of ['0', '-5', '2.5', '10001', 'many']) {
      expect(() => loadConfig({ LOGINS_PER_ADDRESS_PER_MINUTE: bad })).toThrow(/LOGINS_PER_ADDRESS_PER_MINUTE must be a whole number from 1 to 10000/);
    }
  });

  it('sets how many sign-in attempts one client address gets a minute (a campus behind one address)', async () => {
    const s = await startServer('sqlite', { LOGINS_PER_ADDRESS_PER_MINUTE: '3' });
    try {
      const login = (p: string) => s.as(null).gql<{ login: { token: string } }>(LOGIN, { u: ADMIN.username, p });
      // The harness signed the administrator in once already: two more attempts, then refused.
      expect((await login(ADMIN.password)).data?.login.token).toEqual(expect.any(String));
      expect(message(await login(WRONG))).toMatch(/wrong username or password/);
      expect(message(await login(ADMIN.password))).toMatch(/too many sign-in attempts from your network address/);
    } finally {
      await s.close();
    }
  });
});

describe('SESSION_MAX_HOURS', () => {
  it('defaults to 12 and must be a positive number', () => {
    expect(loadConfig({}).sessionMaxHours).toBe(12);
    expect(loadConfig({ SESSION_MAX_HOURS: '8' }).sessionMaxHours).toBe(8);
    for (const bad of ['0', '-1', 'twelve']) expect(() => loadConfig({ SESSION_MAX_HOURS: bad })).toThrow(/SESSION_MAX_HOURS must be a positive number/);
  });
});
