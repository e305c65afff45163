import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const PAGE = `query($search: String, $offset: Int, $limit: Int) {
  users(search: $search, offset: $offset, limit: $limit) { username displayName }
  userCount(search: $search)
}`;

interface Page {
  users: { username: string; displayName: string | null }[];
  userCount: number;
}

describe.each(ENGINES)('account list search and paging on %s', (engine) => {
  let s: TestServer;
  const page = async (v: { search?: string; offset?: number; limit?: number }) => s.ok<Page>(PAGE, v);
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
    const accounts = [
      { username: 'alice.Smith', grants: [{ role: 'CENTER_STAFF' }] },
      { username: 'bob_2', grants: [] },
      { username: 'carol', grants: [] },
      { username: 'lead-wang', staffNo: 'T0000001', grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }] },
      { username: 'stu-one', studentNo: '2023000001', grants: [] },
      { username: 'zed', grants: [] },
    ];
    for (const input of accounts) {
      await s.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { password: PW, ...input } });
    }
  });
  afterAll(() => s?.close());

  it('searches usernames and display names, partially and in any case', async () => {
    expect(await page({ search: 'SMITH' })).toEqual({ users: [{ username: 'alice.Smith', displayName: null }], userCount: 1 });
    // The display name is the linked staff member's or student's name.
    expect(await page({ search: '书记' })).toEqual({ users: [{ username: 'lead-wang', displayName: '王书记' }], userCount: 1 });
    expect(await page({ search: ' 学生一 ' })).toEqual({ users: [{ username: 'stu-one', displayName: '学生一' }], userCount: 1 });
    expect((await page({ search: 'o' })).users.map((u) => u.username)).toEqual(['bob_2', 'carol', 'stu-one']);
    // % and _ are plain characters, not wildcards.
    expect(await page({ search: '%' })).toEqual({ users: [], userCount: 0 });
    expect((await page({ search: '_' })).users.map((u) => u.username)).toEqual(['bob_2']);
  });

  it('pages through every account by username, with the total', async () => {
    const all = await page({});
    expect(all.userCount).toBe(7);
    expect(all.users.map((u) => u.username)).toEqual([ADMIN.username, 'alice.Smith', 'bob_2', 'carol', 'lead-wang', 'stu-one', 'zed']);
    const seen: string[] = [];
    for (let offset = 0; offset < all.userCount; offset += 3) {
      const p = await page({ offset, limit: 3 });
      expect(p.userCount).toBe(7);
      expect(p.users.length).toBe(Math.min(3, 7 - offset));
      seen.push(...p.users.map((u) => u.username));
    }
    expect(seen).toEqual(all.users.map((u) => u.username));
    // A search pages too: its total is of the matches.
    expect(await page({ search: 'o', offset: 1, limit: 1 })).toEqual({ users: [{ username: 'carol', displayName: null }], userCount: 3 });
  });

  it('refuses bad page arguments and callers who may not manage accounts', async () => {
    for (const v of [{ limit: 0 }, { limit: 1001 }, { offset: -1 }, { search: 'x'.repeat(101) }]) {
      expect(code(await s.gql(PAGE, v)), JSON.stringify(v)).toBe('BAD_USER_INPUT');
    }
    const lead = await s.login('lead-wang', PW);
    expect(code(await lead.gql(PAGE, {}))).toBe('FORBIDDEN');
  });
});
