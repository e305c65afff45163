import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { tx } from '@carenet/domain';
import { badInput } from '../../common/errors.js';

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

/** Reads the first worksheet of an XLSX workbook. */
export async function readXlsx(data: Buffer): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    const detail = (e as Error).message;
    throw badInput(tx(`the XLSX file could not be read: ${detail}`, `无法读取 XLSX 文件：${detail}`));
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badInput(tx('the workbook has no worksheet', '工作簿中没有工作表'));
  const all: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs rows are 1-based: values[0] is always empty
    all[n - 1] = values.slice(1).map(cellText);
  });
  const [header, ...rows] = Array.from(all, (r) => r ?? []);
  if (!header || header.length === 0) throw badInput(tx('the worksheet is empty: expected a header row', '工作表为空：第一行应为表头'));
  // Keep blank rows out but preserve numbering: the sheet's row numbers are what users see.
  return { header, rows: rows.map((r) => (r.some((c) => c.trim() !== '') ? r : [])) };
}

/** Writes a table as an XLSX workbook (templates). */
export async function writeXlsx(sheetName: string, header: string[], rows: string[][] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
