import ExcelJS from 'exceljs';
import { mapHeaders, parseRow, ROSTER_COLUMNS, ROSTER_KINDS, templateHeaders } from '@carenet/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnFormat, exampleRow, exampleRowError } from '../src/modules/roster-import/templates.js';
import { UNIVERSITY } from './fixtures.js';
import { ADMIN, ENGINES, importCsv, snapshot, startServer, type TestServer } from './harness.js';

const slug = (kind: string) => kind.toLowerCase().replace(/_/g, '-');

describe('template example rows and notes', () => {
  it.each(ROSTER_KINDS.flatMap((k) => [[k, 'zh'] as const, [k, 'en'] as const]))(
    'the %s example row (%s) has a valid value in every column, and is recognised as the example',
    (kind, language) => {
      const header = templateHeaders(kind, language);
      const mapping = mapHeaders(kind, header);
      const row = exampleRow(kind, language);
      expect(row).toHaveLength(header.length);
      // Valid apart from being the example: the user sees the format, not a wrong value.
      expect(parseRow(kind, mapping, row, 2).errors).toEqual([]);
      expect(exampleRowError(kind, mapping, row, 2)).toMatchObject({ row: 2 });
    },
  );

  it('every column of every kind has a documented format', () => {
    for (const kind of ROSTER_KINDS) for (const c of ROSTER_COLUMNS[kind]) expect(columnFormat(kind, c.key), `${kind}.${c.key}`).toBeDefined();
  });
});

describe.each(ENGINES)('templates on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
    for (const [kind, csv] of UNIVERSITY) await importCsv(s, kind, csv);
  });
  afterAll(() => s?.close());

  const download = async (file: string) => {
    const res = await fetch(`${s.url}/templates/${file}`);
    expect(res.status).toBe(200);
    return res;
  };
  const workbook = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await download(file)).arrayBuffer()) as ArrayBuffer);
    return wb;
  };
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const out: string[][] = [];
    ws.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    return out;
  };

  it('the XLSX template has the header, an example row and a 说明 sheet describing each column', async () => {
    const wb = await workbook('students.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['STUDENTS', '说明']);
    const [data, notes] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const rows = rowsOf(data);
    expect(rows[0]).toEqual(['学号', '姓名', '性别', '班级代码', '宿舍代码', '学籍状态', '是否宿舍长', '联系电话', '紧急联系人', '紧急联系电话']);
    expect(rows[1]?.slice(0, 6)).toEqual(['EXAMPLE202401', '示例学生', '女', 'EXAMPLE-CS-2024-1', 'EXAMPLE-D101', '在读']);
    expect(rows).toHaveLength(2);

    const n = rowsOf(notes);
    expect(n[0]).toEqual(['列（模板表头）', '也可写作', '是否必填', '格式', '可选值', '示例']);
    const byColumn = new Map(n.slice(1).map((r) => [r[0], r]));
    // Required or not, the format, and every accepted value in Chinese with its code.
    expect(byColumn.get('学号')?.[1]).toBe('student_no');
    expect(byColumn.get('学号')?.[2]).toBe('必填');
    expect(byColumn.get('宿舍代码')?.[2]).toContain('可选');
    expect(byColumn.get('学籍状态')?.[4]).toBe('在读（ENROLLED）；休学（SUSPENDED）；毕业（GRADUATED）；退学（WITHDRAWN）；转学（TRANSFERRED）');
    expect(byColumn.get('性别')?.[4]).toBe('男（M）；女（F）');
    expect(byColumn.get('联系电话')?.[3]).toContain('5–20');
    expect(n.flat().join('\n')).toContain('第 2 行是示例');

    // The English workbook: codes in the example, a Notes sheet in English.
    const en = await workbook('working-group.en.xlsx');
    expect(en.worksheets.map((w) => w.name)).toEqual(['WORKING_GROUP', 'Notes']);
    const enRows = rowsOf(en.worksheets[0] as ExcelJS.Worksheet);
    expect(enRows).toEqual([
      ['college_code', 'staff_no', 'position', 'levels'],
      ['EXAMPLE-CS', 'EXAMPLE0001', 'COUNSELOR', 'UNDERGRADUATE;GRADUATE'],
    ]);
    const enNotes = new Map(rowsOf(en.worksheets[1] as ExcelJS.Worksheet).map((r) => [r[0], r]));
    expect(enNotes.get('position')?.[4]).toBe('PARTY_SECRETARY (党组织书记); DEAN (院长); DEPUTY_PARTY_SECRETARY (党组织副书记); COUNSELOR (辅导员); OTHER (其他)');
    expect(enNotes.get('levels')?.[4]).toBe('UNDERGRADUATE (本科生 / 本科); GRADUATE (研究生)');
  });

  it('the CSV template has the header and the example row', async () => {
    const text = await (await download('classes.csv')).text();
    expect(text.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual([
      '班级代码,班级名称,学院代码,培养层次,年级,辅导员工号',
      'EXAMPLE-CS-2024-1,示例班级（2024级1班）,EXAMPLE-CS,本科生,2024,EXAMPLE0001',
    ]);
  });

  it('an unchanged template is refused on its example row and writes nothing, as CSV and as XLSX', async () => {
    const before = await snapshot(s);
    const csv = await (await download('students.csv')).text();
    const r = await importCsv(s, 'STUDENTS', csv);
    expect(r.errors).toEqual([{ row: 2, column: '学号', message: expect.stringContaining("template's example row") }]);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 0, 0]);

    const xlsx = Buffer.from(await (await download('dorm-officers.xlsx')).arrayBuffer()).toString('base64');
    const d = await s.ok<{ importRosterXlsx: { created: number; errors: { row: number; column: string; message: string }[] } }>(
      'mutation($k: RosterKind!, $x: String!) { importRosterXlsx(kind: $k, xlsxBase64: $x) { created errors { row column message } } }',
      { k: 'DORM_OFFICERS', x: xlsx },
    );
    expect(d.importRosterXlsx.created).toBe(0);
    expect(d.importRosterXlsx.errors).toEqual([{ row: 2, column: '宿舍代码', message: expect.stringContaining('delete it or replace it with real data') }]);
    expect(await snapshot(s)).toEqual(before);

    // Only the example row is refused when real rows follow it; without it the same rows import.
    const withReal = `${csv.trimEnd()}\n2023000301,新同学,女,CS-U2,,在读,否,,,\n`;
    const mixed = await importCsv(s, 'STUDENTS', withReal, true);
    expect(mixed.errors.map((e) => e.row)).toEqual([2]);
    const deleted = csv.trimEnd().split(/\r?\n/)[0] + '\n2023000301,新同学,女,CS-U2,,在读,否,,,\n';
    expect(await importCsv(s, 'STUDENTS', deleted, true)).toMatchObject({ created: 1, errors: [] });
  });

  it('the refusal speaks Chinese to a Chinese caller', async () => {
    const csv = await (await download('colleges.csv')).text();
    const zh = await s.login(ADMIN.username, ADMIN.password, { 'accept-language': 'zh-CN' });
    const d = await zh.ok<{ importRoster: { errors: { row: number; column: string; message: string }[] } }>(
      'mutation($csv: String!) { importRoster(kind: COLLEGES, csv: $csv, dryRun: true) { errors { row column message } } }',
      { csv },
    );
    expect(d.importRoster.errors).toEqual([{ row: 2, column: '学院代码', message: expect.stringContaining('这是模板中的示例行') }]);
  });

  it.each(ROSTER_KINDS.map((k) => [k]))('every %s template downloads as CSV and XLSX, in both languages', async (kind) => {
    for (const file of [`${slug(kind)}.csv`, `${slug(kind)}.en.csv`]) {
      const lines = (await (await download(file)).text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(lines, file).toHaveLength(2);
    }
    for (const file of [`${slug(kind)}.xlsx`, `${slug(kind)}.en.xlsx`]) {
      const wb = await workbook(file);
      expect(wb.worksheets, file).toHaveLength(2);
      expect(rowsOf(wb.worksheets[1] as ExcelJS.Worksheet).length, file).toBeGreaterThan(ROSTER_COLUMNS[kind].length);
    }
  });
});
