import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, type GqlResult, IMPORT, type ImportResultT, importCsv, startServer, type TestServer } from './harness.js';

const APPOINT_CM = `mutation($i: AppointCommitteeMemberInput!) { appointCommitteeMember(input: $i) { id } }`;
const UNKNOWN_CLASS = 'student_no,name,gender,class_code,dorm_code,status\n2023000101,新生,M,CS-U1,,ENROLLED\n2023000102,新生二,F,NOPE,,ENROLLED\n';

/** A GraphQL request with no Accept-Language header at all (fetch would send `*`). */
function bare<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<GqlResult<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as GqlResult<T>);
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe.each(ENGINES)('messages in the caller’s language on %s', (engine) => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors).toEqual([]);
    token = (await s.login(ADMIN.username, ADMIN.password)).token;
  });
  afterAll(() => s?.close());

  it('an import error is Chinese without Accept-Language, naming the same row and column', async () => {
    const r = await bare<{ importRoster: ImportResultT }>(s.url, token, IMPORT, { kind: 'STUDENTS', csv: UNKNOWN_CLASS });
    expect(r.errors).toBeUndefined();
    const errors = r.data?.importRoster.errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column: 'class_code' });
    expect(errors[0]?.message).toMatch(/班级/);
    expect(errors[0]?.message).toContain('班级代码');
    expect(errors[0]?.message).toContain('NOPE');
    expect(errors[0]?.message).not.toMatch(/unknown/);
    expect(r.data?.importRoster.created).toBe(0);
  });

  it('the same import error is English with accept-language: en, and Chinese when Chinese is preferred', async () => {
    const en = await s.as(token, { 'accept-language': 'en-US,en;q=0.9' }).ok<{ importRoster: ImportResultT }>(IMPORT, { kind: 'STUDENTS', csv: UNKNOWN_CLASS });
    expect(en.importRoster.errors).toEqual([{ row: 3, column: 'class_code', message: 'unknown class code "NOPE"' }]);
    const zh = await s.as(token, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }).ok<{ importRoster: ImportResultT }>(IMPORT, {
      kind: 'STUDENTS',
      csv: UNKNOWN_CLASS,
    });
    expect(zh.importRoster.errors).toEqual([{ row: 3, column: 'class_code', message: '班级代码“NOPE”不存在' }]);
  });

  it('a cell that does not parse is explained in Chinese, under the header as written', async () => {
    const csv = '学号,姓名,性别,班级代码,宿舍代码,学籍状态\n2023000103,新生,M,CS-U1,,ENROLLED\n20-23,新生二,F,CS-U1,,在读\n';
    const r = await s.as(token, { 'accept-language': null }).ok<{ importRoster: ImportResultT }>(IMPORT, { kind: 'STUDENTS', csv });
    expect(r.importRoster.errors).toEqual([{ row: 3, column: '学号', message: expect.stringMatching(/“20-23”不是有效的学号/) }]);
  });

  it('a rule violation through a mutation is Chinese by default, with extensions.code CONFLICT', async () => {
    const input = { i: { classCode: 'CS-U1', studentNo: '2023000003', attestsService: true, attestsWellbeing: true } };
    const zh = await bare(s.url, token, APPOINT_CM, input);
    expect(zh.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(zh.errors?.[0]?.message).toMatch(/^班级 CS-U1 已有 2 名心理委员/);
    const en = await s.gql(APPOINT_CM, input);
    expect(en.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(en.errors?.[0]?.message).toMatch(/already has 2 committee members/);
  });

  it('an error raised before the operation runs (a bad session) follows the language too', async () => {
    const r = await s.as('not-a-session', { 'accept-language': null }).gql('{ me { id } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toBe('您的会话已结束，请重新登录');
  });

  it('ending a post before it began names the date field as the dismiss dialog does (离任日期)', async () => {
    const r = await s.ok<{ roster: { classes: { committeeMembers: { id: string; startedOn: string }[] }[] } }>(
      `{ roster(collegeCode: "CS", level: UNDERGRADUATE) { classes { committeeMembers { id startedOn } } } }`,
    );
    const post = r.roster.classes.flatMap((c) => c.committeeMembers)[0];
    const end = `mutation($i: EndAppointmentInput!) { endCommitteeMember(input: $i) { id } }`;
    const zh = await bare(s.url, token, end, { i: { id: post?.id, reason: 'DISMISSED', endedOn: '2020-01-01' } });
    expect(zh.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0]?.message).toContain('离任日期');
    expect(zh.errors?.[0]?.message).not.toContain('卸任');
  });
});
