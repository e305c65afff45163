import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { tx } from '@carenet/domain';
import { AppError, badInput } from '../../common/errors.js';
import { tableBuffer } from '../exports/table-writer.js';

/** A file as a header row and data rows of text cells. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** Parses CSV text (UTF-8, with or without BOM). Blank rows stay (empty) so row numbers match the file. */
export function readCsv(text: string): Table {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    const detail = (e as Error).message;
    throw badInput(
      tx(
        `the CSV could not be read${line ? ` at line ${line}` : ''}: ${detail}`,
        `无法读取 CSV 文件${line ? `（第 ${line} 行）` : ''}：${detail}`,
      ),
    );
  }
  const [header, ...rows] = records;
  if (!header) throw badInput(tx('the file is empty: expected a header row', '文件为空：第一行应为表头'));
  return { header, rows: rows.map((r) => (r.some((c) => c.trim() !== '') ? r : [])) };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

/**
 * What an uploaded workbook may unpack to (docs/operations.md, "Security limits"). A small XLSX can
 * inflate to gigabytes ("zip bomb"), so sizes are checked before anything is unpacked into memory.
 */
export const XLSX_LIMITS = {
  /** Parts (files) in the zip; a roster workbook has about a dozen. */
  entries: 1000,
  /** Unpacked bytes of any one part. */
  entryBytes: 50 * 1024 * 1024,
  /** Unpacked bytes of all parts together. */
  totalBytes: 100 * 1024 * 1024,
  /** Rows below the header in the first worksheet. */
  rows: 100_000,
  /** Columns in the first worksheet. */
  columns: 100,
} as const;

const MB = 1024 * 1024;

const unreadable = (detail: string) =>
  badInput(tx(`the XLSX file could not be read: ${detail}`, `无法读取 XLSX 文件：${detail}`));

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

// A 64-bit size in a ZIP64 extra field; anything beyond 2^53 is "too large" anyway.
const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** The zip's central directory: names and declared sizes, read without unpacking anything. */
function zipDirectory(data: Buffer): ZipEntry[] {
  let end = -1;
  // The end record is the last 22 bytes unless the zip has a comment (at most 64 KB).
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable('it is not a zip archive (is it an old .xls file?)');
  const count = data.readUInt16LE(end + 10);
  const dirSize = data.readUInt32LE(end + 12);
  const dirOffset = data.readUInt32LE(end + 16);
  if (count > XLSX_LIMITS.entries) {
    throw badInput(
      tx(`the workbook has ${count} parts; at most ${XLSX_LIMITS.entries} are accepted`, `工作簿包含 ${count} 个部件，最多允许 ${XLSX_LIMITS.entries} 个`),
      { limit: 'xlsxEntries' },
    );
  }
  if (dirOffset + dirSize > end) throw unreadable('its zip directory is damaged');
  const entries: ZipEntry[] = [];
  for (let p = dirOffset, i = 0; i < count; i++) {
    if (p + 46 > end || data.readUInt32LE(p) !== 0x02014b50) throw unreadable('its zip directory is damaged');
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const e: ZipEntry = {
      // Some writers start names with a slash; parts are looked up without it.
      name: data.toString('utf8', p + 46, p + 46 + nameLength).replace(/^\//, ''),
      flags: data.readUInt16LE(p + 8),
      method: data.readUInt16LE(p + 10),
      crc: data.readUInt32LE(p + 16),
      compressedSize: data.readUInt32LE(p + 20),
      size: data.readUInt32LE(p + 24),
      offset: data.readUInt32LE(p + 42),
    };
    // ZIP64: a field of all ones means the real value is in the extra field, in this order.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = data.readUInt16LE(x);
      const length = data.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let v = x + 4;
        const next = () => {
          const n = v + 8 <= x + 4 + length ? u64(data, v) : Number.MAX_SAFE_INTEGER;
          v += 8;
          return n;
        };
        if (e.size === 0xffffffff) e.size = next();
        if (e.compressedSize === 0xffffffff) e.compressedSize = next();
        if (e.offset === 0xffffffff) e.offset = next();
      }
      x += 4 + length;
    }
    entries.push(e);
    p += 46 + nameLength + extraLength + data.readUInt16LE(p + 32);
  }
  return entries;
}

/** The compressed bytes of one part, located through its local header. */
function compressedBytes(data: Buffer, e: ZipEntry): Buffer {
  const at = e.offset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw unreadable(`the zip entry ${e.name} is damaged`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  if (start + e.compressedSize > data.length) throw unreadable(`the zip entry ${e.name} is damaged`);
  return data.subarray(start, start + e.compressedSize);
}

const entryTooLarge = (name: string) =>
  badInput(
    tx(
      `the workbook part ${name} unpacks to more than ${XLSX_LIMITS.entryBytes / MB} MB; at most ${XLSX_LIMITS.entryBytes / MB} MB per part are accepted`,
      `工作簿部件 ${name} 解压后超过 ${XLSX_LIMITS.entryBytes / MB} MB（每个部件最多 ${XLSX_LIMITS.entryBytes / MB} MB）`,
    ),
    { limit: 'xlsxEntryBytes' },
  );
const workbookTooLarge = () =>
  badInput(
    tx(
      `the workbook unpacks to more than ${XLSX_LIMITS.totalBytes / MB} MB; at most ${XLSX_LIMITS.totalBytes / MB} MB are accepted`,
      `工作簿解压后超过 ${XLSX_LIMITS.totalBytes / MB} MB（最多 ${XLSX_LIMITS.totalBytes / MB} MB）`,
    ),
    { limit: 'xlsxTotalBytes' },
  );

/**
 * Unpacks one part as a stream and stops as soon as it passes `budget` bytes: the sizes the
 * directory declares can lie. Keeps the bytes only when asked (the small XML parts we parse here).
 */
async function unpack(raw: Buffer, e: ZipEntry, budget: number, keep: boolean): Promise<{ size: number; bytes: Buffer | null }> {
  if (e.method === 0) return { size: raw.length, bytes: keep ? raw : null };
  if (e.method !== 8) throw unreadable(`the zip entry ${e.name} uses an unsupported compression method`);
  const inflater = createInflateRaw();
  inflater.end(raw);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > budget) break;
      if (keep) chunks.push(chunk);
    }
  } catch {
    throw unreadable(`the zip entry ${e.name} is damaged`);
  } finally {
    inflater.destroy();
  }
  return { size, bytes: keep ? Buffer.concat(chunks) : null };
}

/** The attributes of every element named `tag` (with any namespace prefix); enough for the small workbook parts. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\s([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1] as string] = a[2] ?? a[3] ?? '';
    found.push(attrs);
  }
  return found;
}

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

interface Part {
  name: string;
  method: number;
  crc: number;
  size: number;
  raw: Buffer;
}

/** A minimal zip of already compressed parts, in the order given. */
function zipOf(parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.raw.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(p.raw.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    out.push(local, name, p.raw);
    directory.push(central, name);
    offset += 30 + name.length + p.raw.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, dir, end]);
}

/**
 * Checks an uploaded workbook against XLSX_LIMITS and returns a zip of just what reading its first
 * worksheet needs, in the order exceljs's streaming reader wants (so it never spills to temp files):
 * workbook relations, workbook, shared strings, styles, then that one sheet. Parts left out are
 * never unpacked; what is kept is re-sent compressed, exactly as checked.
 */
async function firstSheetOnly(data: Buffer): Promise<Buffer> {
  const entries = zipDirectory(data).filter((e) => !e.name.endsWith('/'));
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 1) throw unreadable('it is encrypted; save it without a password');
    if (e.size > XLSX_LIMITS.entryBytes) throw entryTooLarge(e.name);
    declared += e.size;
  }
  if (declared > XLSX_LIMITS.totalBytes) throw workbookTooLarge();

  let unpacked = 0;
  const take = async (name: string, keep: boolean) => {
    const e = entries.find((x) => x.name === name);
    if (!e) return null;
    const raw = compressedBytes(data, e);
    const budget = Math.min(XLSX_LIMITS.entryBytes, XLSX_LIMITS.totalBytes - unpacked);
    const { size, bytes } = await unpack(raw, e, budget, keep);
    if (size > XLSX_LIMITS.entryBytes) throw entryTooLarge(name);
    if (size > budget) throw workbookTooLarge();
    unpacked += size;
    return { part: { name, method: e.method, crc: e.crc, size, raw }, text: bytes?.toString('utf8') ?? '' };
  };

  const workbook = await take('xl/workbook.xml', true);
  const rels = await take('xl/_rels/workbook.xml.rels', true);
  if (!workbook || !rels) throw unreadable('it has no workbook part');
  // Relationship targets are relative to xl/ unless absolute.
  const relations = elements(rels.text, 'Relationship').map((r) => ({
    id: r.Id ?? '',
    type: r.Type ?? '',
    part: posix.normalize(r.Target?.startsWith('/') ? r.Target.slice(1) : `xl/${r.Target ?? ''}`),
  }));
  const first = elements(workbook.text, 'sheet')[0];
  const firstId = first && Object.entries(first).find(([k]) => /(^|:)id$/.test(k))?.[1];
  const sheetRel = relations.find((r) => r.id === firstId);
  if (!sheetRel) throw badInput(tx('the workbook has no worksheet', '工作簿中没有工作表'));
  if (!sheetRel.type.endsWith('/worksheet')) throw badInput(tx('the first sheet of the workbook is not a worksheet', '工作簿的第一个工作表不是普通工作表'));
  const sheet = await take(sheetRel.part, false);
  if (!sheet) throw unreadable(`its first worksheet ${sheetRel.part} is missing`);
  const byType = (suffix: string) => relations.find((r) => r.type.endsWith(suffix))?.part;
  const sharedStringsPart = byType('/sharedStrings');
  const stylesPart = byType('/styles');
  const sharedStrings = sharedStringsPart ? await take(sharedStringsPart, false) : null;
  const styles = stylesPart ? await take(stylesPart, false) : null;

  return zipOf([
    rels.part,
    workbook.part,
    sharedStrings
      ? { ...sharedStrings.part, name: 'xl/sharedStrings.xml' }
      : { name: 'xl/sharedStrings.xml', method: 0, crc: crc32(EMPTY_SHARED_STRINGS), size: EMPTY_SHARED_STRINGS.length, raw: EMPTY_SHARED_STRINGS },
    ...(styles ? [{ ...styles.part, name: 'xl/styles.xml' }] : []),
    { ...sheet.part, name: 'xl/worksheets/sheet1.xml' },
  ]);
}

/**
 * Reads the first worksheet of an XLSX workbook within XLSX_LIMITS. Rows are streamed, so a sheet
 * over the row or column limit is refused as soon as the reader gets there.
 */
export async function readXlsx(data: Buffer): Promise<Table> {
  const zip = await firstSheetOnly(data);
  const all: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([zip]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell dates from numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const ws of reader) {
      for await (const row of ws) {
        // values[0] is always empty: exceljs columns are 1-based
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > XLSX_LIMITS.columns) {
          throw badInput(
            tx(
              `row ${row.number} has a value in column ${values.length - 1}; at most ${XLSX_LIMITS.columns} columns are accepted`,
              `第 ${row.number} 行第 ${values.length - 1} 列有内容；最多允许 ${XLSX_LIMITS.columns} 列`,
            ),
            { limit: 'xlsxColumns' },
          );
        }
        const cells = Array.from(values.slice(1), cellText);
        // Blank rows are left out but keep the numbering: the sheet's row numbers are what users see.
        if (!cells.some((c) => c.trim() !== '')) continue;
        if (row.number > XLSX_LIMITS.rows + 1) {
          throw badInput(
            tx(
              `the worksheet has data on row ${row.number}; at most ${XLSX_LIMITS.rows} rows below the header are accepted: split the file`,
              `工作表第 ${row.number} 行仍有数据；表头以下最多允许 ${XLSX_LIMITS.rows} 行，请拆分文件`,
            ),
            { limit: 'xlsxRows' },
          );
        }
        all[row.number - 1] = cells;
      }
      break;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable((e as Error).message);
  }
  const [header, ...rows] = Array.from(all, (r) => r ?? []);
  if (!header || header.length === 0) throw badInput(tx('the worksheet is empty: expected a header row', '工作表为空：第一行应为表头'));
  return { header, rows };
}

/** Writes a table as an XLSX workbook (templates) with the one XLSX writer of the exports; formula-like text is neutralised. */
export function writeXlsx(sheetName: string, header: string[], rows: string[][] = []): Promise<Buffer> {
  return tableBuffer('xlsx', header, rows, sheetName);
}
