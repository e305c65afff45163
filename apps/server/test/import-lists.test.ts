import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

const LISTS = `mutation($kind: RosterKind!, $csv: String!, $dryRun: Boolean) {
  importRoster(kind: $kind, csv: $csv, dryRun: $dryRun) {
    created updated unchanged appointmentsEnded dryRun errors { row column message }
    added { total items { row key name detail columns } }
    changed { total items { row key name detail columns } }
    ended { total items { row key name detail columns } }
  }
}`;

interface Item {
  row: number;
  key: string;
  name: string;
  detail: string | null;
  columns: string[];
}
interface Lists {
  created: number;
  updated: number;
  unchanged: number;
  appointmentsEnded: number;
  dryRun: boolean;
  errors: unknown[];
  added: { total: number; items: Item[] };
  changed: { total: number; items: Item[] };
  ended: { total: number; items: Item[] };
}

describe.each(ENGINES)('import result lists on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) expect((await importCsv(s, kind, csv)).errors, kind).toEqual([]);
  });
  afterAll(() => s?.close());

  const run = async (kind: string, csv: string, dryRun: boolean, headers?: Record<string, string>) => {
    const client = headers ? await s.login('admin', 'admin-password-1', headers) : s;
    return (await client.ok<{ importRoster: Lists }>(LISTS, { kind, csv, dryRun })).importRoster;
  };

  it('a dry run names what it would add, change and end; the real run reports the same lists', async () => {
    const csv =
      '学号,姓名,性别,班级代码,宿舍代码,学籍状态\n' +
      '2023000301,新同学,女,CS-U2,D102,在读\n' + // added
      '2023000004,学生四,F,CS-U2,D102,ENROLLED\n' + // unchanged
      '2023000002,学生二,M,CS-U2,D101,ENROLLED\n' + // moves class: ends their committee post
      '2023000006,学生六改,F,FL-U1,D201,毕业\n'; // renamed and graduated: ends their officer post
    const before = await snapshot(s);
    const dry = await run('STUDENTS', csv, true);
    expect(await snapshot(s)).toEqual(before);
    expect(dry).toMatchObject({ dryRun: true, created: 1, updated: 2, unchanged: 1, appointmentsEnded: 2, errors: [] });
    expect(dry.added).toEqual({ total: 1, items: [{ row: 2, key: '2023000301', name: '新同学', detail: expect.stringContaining('CS-U2'), columns: [] }] });
    expect(dry.changed.total).toBe(2);
    expect(dry.changed.items).toEqual([
      { row: 4, key: '2023000002', name: '学生二', detail: expect.stringContaining('CS-U2'), columns: ['班级代码'] },
      { row: 5, key: '2023000006', name: '学生六改', detail: expect.stringContaining('FL-U1'), columns: ['姓名', '学籍状态'] },
    ]);
    expect(dry.ended.total).toBe(2);
    expect(dry.ended.items).toEqual(
      expect.arrayContaining([
        { row: 4, key: '2023000002', name: '学生二', detail: 'committee member of class CS-U1: changed class', columns: [] },
        { row: 5, key: '2023000006', name: '学生六改', detail: 'dorm officer of D201: graduated', columns: [] },
      ]),
    );

    const real = await run('STUDENTS', csv, false);
    const { dryRun: _d, ...dryLists } = dry;
    const { dryRun: _r, ...realLists } = real;
    expect(real.dryRun).toBe(false);
    expect(realLists).toEqual(dryLists);
  });

  it('names relation rows by person and unit, in the caller\'s language', async () => {
    const csv = 'college_code,staff_no,position,levels\nFL,T0000005,COUNSELOR,UNDERGRADUATE;GRADUATE\nFL,T0000005,OTHER,UNDERGRADUATE\n';
    const en = await run('WORKING_GROUP', csv, true);
    expect(en.changed.items).toEqual([{ row: 2, key: 'T0000005', name: '钱辅导员', detail: 'FL: counselor', columns: ['levels'] }]);
    expect(en.added.items).toEqual([{ row: 3, key: 'T0000005', name: '钱辅导员', detail: 'FL: other', columns: [] }]);
    const zh = await run('WORKING_GROUP', csv, true, { 'accept-language': 'zh-CN' });
    expect(zh.added.items[0]?.detail).toBe('FL：其他');

    const officers = await run('DORM_OFFICERS', 'dorm_code,student_no,appointed_on\nD102,2023000004,2024-11-01\n', true, { 'accept-language': 'zh-CN' });
    expect(officers.added.items).toEqual([{ row: 2, key: '2023000004', name: '学生四', detail: '1号楼 102（D102）宿舍信息员', columns: [] }]);
  });

  it('lists at most 200 items per category and counts the rest', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `L${String(i).padStart(6, '0')},教师${i},CS`);
    const r = await run('STAFF', `staff_no,name,college_code\n${rows.join('\n')}\n`, true);
    expect(r.created).toBe(250);
    expect(r.added.total).toBe(250);
    expect(r.added.items).toHaveLength(200);
    expect(r.added.items[199]).toMatchObject({ row: 201, key: 'L000199', name: '教师199' });
    expect(r.changed).toEqual({ total: 0, items: [] });
  });

  it('a refused file lists nothing', async () => {
    const r = await run('STUDENTS', 'student_no,name,gender,class_code,status\n2023000401,新生,M,NOPE,ENROLLED\n', true);
    expect(r.errors).toHaveLength(1);
    expect([r.added, r.changed, r.ended]).toEqual([{ total: 0, items: [] }, { total: 0, items: [] }, { total: 0, items: [] }]);
  });
});
