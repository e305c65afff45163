import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, writeXlsx } from '../src/modules/roster-import/table-reader.js';
import { UNIVERSITY } from './fixtures.js';
import { type Client, ENGINES, importCsv, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
const PAGE = `query($first: Int, $offset: Int, $after: String, $collegeCode: String, $classSearch: String, $search: String) {
  students(first: $first, offset: $offset, after: $after, collegeCode: $collegeCode, classSearch: $classSearch, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { studentNo name classCode } }
  }
}`;
const SEARCH_CLASSES = `query($s: String!, $c: String, $first: Int) { searchClasses(search: $s, collegeCode: $c, first: $first) { code name } }`;
type Page = { students: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { studentNo: string; name: string; classCode: string } }[] } };

// 120 students in two classes of college C06 (more than two pages of 50), plus classes whose names
// and codes hold LIKE's wildcards, and a Latin name to search in any case.
const BIG = 120;
const no = (i: number) => `2021060${String(i).padStart(5, '0')}`;
const BIG_FILES: [string, string][] = [
  ['COLLEGES', 'code,name\nC06,心理学院\n'],
  [
    'CLASSES',
    'code,name,college_code,level,grade\n' +
      'C06-U2021-01,心理学2021级1班,C06,UNDERGRADUATE,2021\n' +
      'C06-U2021-02,心理学2021级2班,C06,UNDERGRADUATE,2021\n' +
      'C06_X1,满分100%班,C06,UNDERGRADUATE,2021\n' +
      'C06-G2023-01,应用心理硕士班,C06,GRADUATE,2023\n',
  ],
  ['DORMITORIES', 'code,building,room,college_code,level\nC06-D1,6号楼,101,C06,UNDERGRADUATE\n'],
  [
    'STUDENTS',
    'student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n' +
      Array.from({ length: BIG }, (_, i) => `${no(i + 1)},心理${i + 1},${i % 2 ? '女' : '男'},C06-U2021-0${i < 60 ? 1 : 2},${i < 4 ? 'C06-D1' : ''},在读,${i === 0 ? '是' : '否'}`).join('\n') +
      `\n${no(200)},Alice WANG,F,C06_X1,,ENROLLED,false\n${no(201)},=1+1,M,C06-G2023-01,,ENROLLED,false\n`,
  ],
];

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  json: () => { errors: { message: string; extensions: { code: string } }[] };
}

describe.each(ENGINES)('lists and exports on %s', (engine) => {
  let s: TestServer;
  let adminToken: string;
  let leader: Client & { token: string };
  let committee: Client & { token: string };

  /** GET /exports/…: bearer by default; `cookie` sends the session as the dashboard does. */
  const download = async (path: string, opts: { token?: string | null; cookie?: string; headers?: Record<string, string> } = {}): Promise<Download> => {
    const token = opts.token === undefined ? adminToken : opts.token;
    const res = await fetch(`${s.url}${path}`, {
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(opts.cookie ? { cookie: `carenet_session=${opts.cookie}` } : {}),
        ...opts.headers,
      },
    });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
  };
  const csvRows = (d: Download) => parse(d.body.toString('utf8'), { bom: true }) as string[][];
  const auditRows = (action: string) => s.sql<{ actor_name: string; detail: string; record_id: string | null }>(`select actor_name, detail, record_id from audit_event where action = ? order by id`, [action]);

  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of [...UNIVERSITY, ...BIG_FILES]) expect((await importCsv(s, kind, csv)).errors, kind).toEqual([]);
    adminToken = (await s.login('admin', 'admin-password-1')).token;
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: 'leader-cs', password: PW, grants: [{ role: 'COLLEGE_LEADER', collegeCode: 'CS' }] } });
    leader = await s.login('leader-cs', PW);
    // 2023000002 is a committee member of CS-U1: names only, of that class.
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: { username: 'committee-cs', password: PW, grants: [], studentNo: '2023000002' } });
    committee = await s.login('committee-cs', PW);
  });
  afterAll(() => s?.close());

  describe('paging', () => {
    it('pages by offset: every student once, with the total on every page', async () => {
      const pages = await Promise.all([0, 50, 100].map((offset) => s.ok<Page>(PAGE, { first: 50, offset, collegeCode: 'C06', classSearch: 'u2021' })));
      expect(pages.map((p) => p.students.totalCount)).toEqual([BIG, BIG, BIG]);
      expect(pages.map((p) => p.students.edges.length)).toEqual([50, 50, 20]);
      expect(pages.map((p) => p.students.pageInfo.hasNextPage)).toEqual([true, true, false]);
      const seen = pages.flatMap((p) => p.students.edges.map((e) => e.node.studentNo));
      expect(new Set(seen).size).toBe(BIG);
      expect(seen.sort()).toEqual(Array.from({ length: BIG }, (_, i) => no(i + 1)));
    });

    it('an offset past the end gives an empty page with the total; a negative one is refused', async () => {
      const past = await s.ok<Page>(PAGE, { first: 50, offset: 500, collegeCode: 'C06', classSearch: 'u2021' });
      expect(past.students).toMatchObject({ totalCount: BIG, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      const bad = await s.gql(PAGE, { offset: -1 });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.message).toContain('offset');
    });

    it('offset counts from the cursor when both are given', async () => {
      const first = await s.ok<Page>(PAGE, { first: 10, collegeCode: 'C06', classSearch: 'u2021' });
      const next = await s.ok<Page>(PAGE, { first: 5, offset: 5, after: first.students.pageInfo.endCursor, collegeCode: 'C06', classSearch: 'u2021' });
      expect(next.students.edges.map((e) => e.node.studentNo)).toEqual([16, 17, 18, 19, 20].map(no));
    });
  });

  describe('searching classes', () => {
    const codes = async (search: string, c?: Client) => (await (c ?? s).ok<{ searchClasses: { code: string }[] }>(SEARCH_CLASSES, { s: search })).searchClasses.map((x) => x.code);
    const studentClasses = async (classSearch: string) => {
      const d = await s.ok<Page>(PAGE, { first: 500, classSearch });
      return { total: d.students.totalCount, classes: [...new Set(d.students.edges.map((e) => e.node.classCode))].sort() };
    };

    it('finds classes by part of the code, in any case', async () => {
      expect(await codes('c06-u2021')).toEqual(['C06-U2021-01', 'C06-U2021-02']);
      expect(await codes('U2021-02')).toEqual(['C06-U2021-02']);
      expect(await studentClasses('c06-u2021')).toEqual({ total: BIG, classes: ['C06-U2021-01', 'C06-U2021-02'] });
    });

    it('finds classes by part of a Chinese name', async () => {
      expect(await codes('心理学2021')).toEqual(['C06-U2021-01', 'C06-U2021-02']);
      expect(await codes('硕士')).toEqual(['C06-G2023-01', 'CS-G1']);
      expect(await studentClasses('2021级2班')).toEqual({ total: 60, classes: ['C06-U2021-02'] });
    });

    it('takes % and _ literally', async () => {
      // Unescaped, "06_u" would match "C06-U2021-…" and "%" every class.
      expect(await codes('06_x')).toEqual(['C06_X1']);
      expect(await codes('06_u')).toEqual([]);
      expect(await codes('%')).toEqual(['C06_X1']);
      expect(await codes('100%班')).toEqual(['C06_X1']);
      expect(await studentClasses('%')).toEqual({ total: 1, classes: ['C06_X1'] });
    });

    it('searches within the scope only, and a filter on a college outside it finds nothing', async () => {
      expect(await codes('cs-u', leader)).toEqual(['CS-U1', 'CS-U2']);
      expect(await codes('c06', leader)).toEqual([]);
      expect(await codes('', leader)).toEqual([]);
      const r = await s.gql(SEARCH_CLASSES, { s: 'x'.repeat(101) });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('finds students by part of a name in any case', async () => {
      const d = await s.ok<Page>(PAGE, { search: 'alice wang' });
      expect(d.students.edges.map((e) => e.node.studentNo)).toEqual([no(200)]);
      const pct = await s.ok<Page>(PAGE, { search: '%' });
      expect(pct.students.totalCount).toBe(0);
    });
  });

  describe('student export', () => {
    it('holds every filtered student, not one page, in Chinese by default', async () => {
      const d = await download('/exports/students.csv?collegeCode=C06&classSearch=c06-u2021&level=UNDERGRADUATE');
      expect(d.status).toBe(200);
      expect(d.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(d.headers.get('cache-control')).toBe('no-store');
      expect(d.headers.get('x-row-count')).toBe(String(BIG));
      expect(d.body.subarray(0, 3).toString('hex')).toBe('efbbbf');
      const cd = d.headers.get('content-disposition') ?? '';
      expect(cd).toMatch(/^attachment; filename="students-C06-undergraduate-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
      expect(decodeURIComponent(cd.split("UTF-8''")[1] ?? '')).toMatch(/^学生名单-C06-本科生-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = csvRows(d);
      expect(header).toEqual(['学号', '姓名', '性别', '学院代码', '培养层次', '班级代码', '班级名称', '宿舍代码', '学籍状态', '是否宿舍长']);
      expect(rows).toHaveLength(BIG);
      expect(rows.map((r) => r[0]).sort()).toEqual(Array.from({ length: BIG }, (_, i) => no(i + 1)));
      expect(rows[0]).toEqual([no(1), '心理1', '男', 'C06', '本科生', 'C06-U2021-01', '心理学2021级1班', 'C06-D1', '在读', '是']);
    });

    it('is read in batches and sent as it is read, not built whole first', async () => {
      const sizes: number[] = [];
      for await (const batch of s.services.org.studentBatches(s.em(), { kind: 'system', name: 'test' }, { collegeCode: 'C06', classSearch: 'u2021' }, 50)) sizes.push(batch.length);
      expect(sizes).toEqual([50, 50, 20]);
      const d = await download('/exports/students.csv?collegeCode=C06');
      expect(d.headers.get('transfer-encoding')).toBe('chunked');
      expect(d.headers.get('content-length')).toBeNull();
    });

    it('speaks English when asked, by lang or Accept-Language', async () => {
      for (const d of [
        await download('/exports/students.csv?search=alice&lang=en'),
        await download('/exports/students.csv?search=alice', { headers: { 'accept-language': 'en-US,en;q=0.9' } }),
      ]) {
        expect(csvRows(d)).toEqual([
          ['student_no', 'name', 'gender', 'college_code', 'level', 'class_code', 'class_name', 'dorm_code', 'status', 'is_dorm_head'],
          [no(200), 'Alice WANG', 'F', 'C06', 'UNDERGRADUATE', 'C06_X1', '满分100%班', '', 'ENROLLED', 'false'],
        ]);
        expect(d.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''students-/);
      }
    });

    it('as XLSX holds the same rows, formula-like text inert', async () => {
      const d = await download('/exports/students.xlsx?collegeCode=C06');
      expect(d.status).toBe(200);
      expect(d.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(decodeURIComponent((d.headers.get('content-disposition') ?? '').split("UTF-8''")[1] ?? '')).toMatch(/^学生名单-C06-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(d.body as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe('学生名单');
      expect(ws.rowCount).toBe(BIG + 2 + 1);
      // The importer's own reader reads it back (the streamed file uses inline strings).
      const table = await readXlsx(d.body);
      expect(table.header[0]).toBe('学号');
      expect(table.rows).toHaveLength(BIG + 2);
      expect(table.rows.find((r) => r[0] === no(201))?.[1]).toBe("'=1+1");
    });

    it('covers only the caller’s scope', async () => {
      const own = csvRows(await download('/exports/students.csv', { token: leader.token }));
      expect(own.slice(1).map((r) => r[0]).sort()).toEqual(['2023000001', '2023000002', '2023000003', '2023000004', '2023000005', 'S2024000001', 'S2024000002']);
      const other = await download('/exports/students.csv?collegeCode=C06', { token: leader.token });
      expect(other.status).toBe(200);
      expect(csvRows(other)).toHaveLength(1);
      // A committee member: their class, names only (no gender, dorm, status).
      const names = csvRows(await download('/exports/students.csv', { token: committee.token }));
      expect(names.slice(1).map((r) => r[0])).toEqual(['2023000001', '2023000002', '2023000003']);
      expect(names[1]).toEqual(['2023000001', '学生一', '', 'CS', '本科生', 'CS-U1', '计科1班', '', '', '']);
    });

    it('is audited with who, what and how many rows', async () => {
      const before = (await auditRows('roster.students.export')).length;
      await download('/exports/students.xlsx?collegeCode=CS&status=ENROLLED', { token: leader.token });
      const rows = await auditRows('roster.students.export');
      expect(rows).toHaveLength(before + 1);
      const last = rows[rows.length - 1]!;
      expect(last.actor_name).toBe('leader-cs');
      expect(JSON.parse(last.detail)).toEqual({ filter: { collegeCode: 'CS', status: 'ENROLLED' }, format: 'xlsx', rows: 6 });
    });

    it('refuses what /graphql refuses: no sign-in, no roster scope, bad parameters, cross-site cookies', async () => {
      const anonymous = await download('/exports/students.csv', { token: null });
      expect([anonymous.status, anonymous.json().errors[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
      const metrics = (await s.ok<{ createApiToken: { token: string } }>(`mutation { createApiToken(input: { name: "m", scopes: [METRICS_READ] }) { token } }`)).createApiToken.token;
      const forbidden = await download('/exports/students.csv', { token: metrics });
      expect([forbidden.status, forbidden.json().errors[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
      const bad = await download('/exports/students.csv?level=PHD', { headers: { 'accept-language': 'en' } });
      expect(bad.status).toBe(400);
      expect(bad.json().errors[0]?.message).toBe('level must be one of UNDERGRADUATE, GRADUATE, got "PHD"');
      expect((await download('/exports/students.pdf')).status).toBe(404);
      // The session cookie alone (as another site could make a browser send it) is not enough.
      const csrf = await download('/exports/students.csv', { token: null, cookie: adminToken });
      expect(csrf.status).toBe(400);
      const dashboard = await download('/exports/students.csv?collegeCode=C06', { token: null, cookie: adminToken, headers: { 'apollo-require-preflight': 'true' } });
      expect(dashboard.status).toBe(200);
      expect(csvRows(dashboard)).toHaveLength(BIG + 2 + 1);
    });
  });

  describe('roster and gap exports', () => {
    it('the roster holds the working group, workstation, every class post and every dorm', async () => {
      const d = await download('/exports/roster.csv?collegeCode=CS&level=UNDERGRADUATE');
      expect(d.status).toBe(200);
      expect(decodeURIComponent((d.headers.get('content-disposition') ?? '').split("UTF-8''")[1] ?? '')).toMatch(/^网络名册-CS-本科生-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = csvRows(d);
      expect(header).toEqual(['类别', '单位代码', '单位名称', '在读人数', '状态', '职务', '学号/工号', '姓名', '任职日期', '备注']);
      expect(rows.filter((r) => r[0] === '学院学生心理健康工作组').map((r) => r[5]).sort()).toEqual(['党组织书记', '党组织副书记', '辅导员', '院长'].sort());
      expect(rows.find((r) => r[0] === '学生心理健康教育工作站')).toEqual(['学生心理健康教育工作站', 'CS', '知行楼201', '', '已设立', '', '', '', '', '谈话桌椅;沙发;茶几']);
      expect(rows.filter((r) => r[1] === 'CS-U1').map((r) => [r[4], r[6], r[8]])).toEqual([
        ['已覆盖', '2023000001', '2024-10-28'],
        ['已覆盖', '2023000002', '2024-10-28'],
      ]);
      expect(rows.find((r) => r[1] === 'CS-U2')?.slice(3, 8)).toEqual(['1', '缺心理委员', '', '', '']);
      expect(rows.find((r) => r[1] === 'D102')).toEqual(['宿舍心理信息员', 'D102', '1号楼 102', '2', '缺信息员', '', '', '', '', '建议人选：学生三（2023000003）']);
      expect((await auditRows('roster.export')).at(-1)?.record_id).toBe('CS');
    });

    it('the gap list holds exactly the gaps, as the dashboard lists them', async () => {
      const ug = csvRows(await download('/exports/roster-gaps.csv?collegeCode=CS&level=UNDERGRADUATE'));
      expect(ug).toEqual([
        ['缺口类别', '代码', '名称', '说明', '建议人选'],
        ['缺心理委员的班级', 'CS-U2', '计科2班', '在读 1 人', ''],
        ['缺信息员的宿舍', 'D102', '1号楼 102', '在读住宿 2 人', '学生三（2023000003）'],
        ['工作站', 'CS', '知行楼201', '缺少：书籍', ''],
      ]);
      const d = await download('/exports/roster-gaps.xlsx?collegeCode=CS&level=GRADUATE&lang=en');
      const table = await readXlsx(d.body);
      expect(table.header).toEqual(['gap', 'code', 'name', 'detail', 'suggestion']);
      expect(table.rows.map((r) => r.slice(0, 2))).toEqual([
        ['class without a committee member', 'CS-G1'],
        ['dorm without an officer', 'D301'],
        ['working-group position not filled', 'COUNSELOR'],
        ['workstation', 'CS'],
      ]);
      expect(table.rows[2]?.[3]).toBe('赵辅导员 hold it but do not serve graduate students');
      expect((await auditRows('roster.gaps.export')).map((r) => r.record_id)).toEqual(['CS', 'CS']);
    });

    it('follows the roster’s scope: another college is refused, a committee member gets their class only', async () => {
      const refused = await download('/exports/roster.csv?collegeCode=FL&level=UNDERGRADUATE', { token: leader.token });
      expect([refused.status, refused.json().errors[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
      const missing = await download('/exports/roster.csv?collegeCode=CS');
      expect([missing.status, missing.json().errors[0]?.extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
      const own = csvRows(await download('/exports/roster.csv?collegeCode=CS&level=UNDERGRADUATE', { token: committee.token }));
      expect(new Set(own.slice(1).map((r) => r[1]))).toEqual(new Set(['CS-U1']));
      const gaps = csvRows(await download('/exports/roster-gaps.csv?collegeCode=CS&level=UNDERGRADUATE', { token: committee.token }));
      expect(gaps).toHaveLength(1);
    });
  });
});

describe('the one XLSX writer', () => {
  it('writes, in memory too, files the importer reads back (inline strings), formulas inert', async () => {
    const table = await readXlsx(await writeXlsx('学生', ['学号', '姓名'], [['2023000001', '=1+1'], ['S2024000001', '研一']]));
    expect(table).toEqual({ header: ['学号', '姓名'], rows: [['2023000001', "'=1+1"], ['S2024000001', '研一']] });
  });
});
