import { constants, crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ENGINES, startServer, type TestServer } from './harness.js';

const MB = 1024 * 1024;

interface Part {
  name: string;
  /** Deflated bytes. */
  raw: Buffer;
  /** Unpacked size and CRC as written in the zip (a bomb may lie about them). */
  size: number;
  crc: number;
}

const part = (name: string, text: string): Part => {
  const data = Buffer.from(text);
  return { name, raw: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** `mb` megabytes of one repeated byte as a deflate stream of about 1 KB per MB, built without holding them. */
function bombPart(name: string, mb: number, declaredSize = mb * MB): Part {
  const chunk = Buffer.alloc(MB, 'A');
  // A full flush ends each block with an empty dictionary, so the same block can be repeated.
  const block = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(chunk, crc);
  return { name, raw: Buffer.concat([...Array<Buffer>(mb).fill(block), deflateRawSync(Buffer.alloc(0))]), size: declaredSize, crc };
}

/** A plain zip archive (as an XLSX is) of the given parts. */
function zip(parts: Part[]): Buffer {
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const header = (central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      const at = central ? 2 : 0;
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      h.writeUInt16LE(20, 4 + at);
      h.writeUInt16LE(8, 8 + at);
      h.writeUInt32LE(p.crc, 14 + at);
      h.writeUInt32LE(p.raw.length, 18 + at);
      h.writeUInt32LE(p.size, 22 + at);
      h.writeUInt16LE(name.length, 26 + at);
      if (central) {
        h.writeUInt16LE(20, 4);
        h.writeUInt32LE(offset, 42);
      }
      return h;
    };
    directory.push(header(true), name);
    body.push(header(false), name, p.raw);
    offset += 30 + name.length + p.raw.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, dir, end]);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook as Excel lays it out; `sheet` is the worksheet part, extra parts follow. */
function workbook(sheet: Part, ...extra: Part[]): Buffer {
  return zip([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="学院" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    sheet,
    ...extra,
  ]);
}

const column = (n: number): string => (n > 26 ? column(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A worksheet part with text cells: `rows` maps a row number to its cells (column 1 onwards). */
function sheetPart(rows: Iterable<[number, string[]]>): Part {
  const xml: string[] = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (const [r, cells] of rows) {
    xml.push(`<row r="${r}">`);
    cells.forEach((v, i) => xml.push(`<c r="${column(i + 1)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`));
    xml.push('</row>');
  }
  xml.push('</sheetData></worksheet>');
  return part('xl/worksheets/sheet1.xml', xml.join(''));
}

function* colleges(count: number): Generator<[number, string[]]> {
  yield [1, ['学院代码', '学院名称']];
  for (let i = 1; i <= count; i++) yield [i + 1, [`Z${i}`, `学院${i}`]];
}

describe.each(ENGINES)('XLSX limits on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(() => s?.close());

  const importXlsx = (file: Buffer) =>
    s.gql<{ importRosterXlsx: { created: number } }>(
      'mutation($x: String!) { importRosterXlsx(kind: COLLEGES, xlsxBase64: $x) { created } }',
      { x: file.toString('base64') },
    );

  const refused = async (file: Buffer) => {
    const r = await importXlsx(file);
    expect(r.data).toBeFalsy();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return r.errors?.[0]?.message ?? '';
  };

  /** The server is still up and imports a normal workbook. */
  const stillServes = async (code: string) => {
    const r = await importXlsx(workbook(sheetPart([[1, ['学院代码', '学院名称']], [2, [code, `学院 ${code}`]]])));
    expect(r).toEqual({ data: { importRosterXlsx: { created: 1 } } });
  };

  it('a 300 KB workbook whose sheet unpacks to 300 MB is refused by its declared size, and the server keeps serving', async () => {
    const file = workbook(bombPart('xl/worksheets/sheet1.xml', 300));
    expect(file.length).toBeLessThan(400_000);
    expect(await refused(file)).toBe('the workbook part xl/worksheets/sheet1.xml unpacks to more than 50 MB; at most 50 MB per part are accepted');
    await stillServes('B1');
  });

  it('the same bomb declaring a 1 KB sheet is stopped while unpacking, at 50 MB', async () => {
    const file = workbook(bombPart('xl/worksheets/sheet1.xml', 300, 1024));
    const before = process.memoryUsage().rss;
    expect(await refused(file)).toMatch(/xl\/worksheets\/sheet1\.xml unpacks to more than 50 MB/);
    // Nowhere near the 300 MB it would take if it were unpacked in memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * MB);
    await stillServes('B2');
  });

  it('parts under 50 MB each that together unpack to more than 100 MB are refused', async () => {
    const file = workbook(bombPart('xl/worksheets/sheet1.xml', 40, 1024), bombPart('xl/sharedStrings.xml', 40, 1024), bombPart('xl/styles.xml', 40, 1024));
    expect(await refused(file)).toBe('the workbook unpacks to more than 100 MB; at most 100 MB are accepted');
    await stillServes('B3');
  });

  it('a zip of more than 1,000 parts is refused before anything is unpacked', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => part(`xl/media/image${i}.png`, 'x'));
    const message = await refused(workbook(sheetPart(colleges(1)), ...parts));
    expect(message).toMatch(/has 1006 parts; at most 1000 are accepted/);
    await stillServes('B4');
  });

  it('a worksheet with more than 100,000 rows below the header is refused, naming the row', async () => {
    expect(await refused(workbook(sheetPart(colleges(100_001))))).toBe(
      'the worksheet has data on row 100002; at most 100000 rows below the header are accepted: split the file',
    );
    const c = await s.ok<{ colleges: { code: string }[] }>('{ colleges { code } }');
    expect(c.colleges.map((x) => x.code)).not.toContain('Z1');
  });

  it('a worksheet with a value beyond column 100 is refused, naming row and column', async () => {
    const wide = Array.from({ length: 101 }, (_, i) => (i < 2 ? `W${i}` : ''));
    wide[100] = 'far';
    expect(await refused(workbook(sheetPart([[1, ['学院代码', '学院名称']], [2, wide]])))).toBe(
      'row 2 has a value in column 101; at most 100 columns are accepted',
    );
  });

  it('tells a Chinese-speaking user the limit in Chinese', async () => {
    const zh = await s.login(ADMIN.username, ADMIN.password, { 'accept-language': 'zh-CN' });
    const r = await zh.gql('mutation($x: String!) { importRosterXlsx(kind: COLLEGES, xlsxBase64: $x) { created } }', {
      x: workbook(bombPart('xl/worksheets/sheet1.xml', 60)).toString('base64'),
    });
    expect(r.errors?.[0]?.message).toBe('工作簿部件 xl/worksheets/sheet1.xml 解压后超过 50 MB（每个部件最多 50 MB）');
  });
});
