import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CsvCell, neutraliseFormula, toCsv } from '@carenet/domain';

export type Cell = CsvCell;
export type TableFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Writes one table (a header row, then rows in batches) to a stream as it goes, so a file of any
 * length never sits in memory whole. The server's one CSV writer (toCsv of @carenet/domain) and one
 * XLSX writer (exceljs's streaming writer); both make text that would run as a formula inert.
 */
export interface TableWriter {
  rows(rows: readonly (readonly Cell[])[]): Promise<void>;
  /** Finishes the file; the stream is ended. */
  end(): Promise<void>;
}

/** Waits while the reader is slower than the writer, so memory stays bounded by one batch. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

function csvWriter(out: Writable, header: readonly string[]): TableWriter {
  // The BOM makes Excel and WPS read the file as UTF-8 (Chinese text).
  out.write(`\uFEFF${toCsv([header])}`);
  return {
    async rows(rows) {
      if (rows.length === 0 || out.destroyed) return;
      out.write(toCsv(rows));
      await drained(out);
    },
    async end() {
      if (out.destroyed) return;
      out.end();
      await Promise.race([once(out, 'finish'), once(out, 'close')]);
    },
  };
}

/** A cell as exceljs gets it: text neutralised, numbers and booleans as they are, nothing for null. */
const xlsxCell = (c: Cell): string | number | boolean | null => (typeof c === 'string' ? neutraliseFormula(c) : c ?? null);

function xlsxWriter(out: Writable, header: readonly string[], sheetName: string): TableWriter {
  // Inline strings (no shared-strings table), so nothing accumulates while rows are written.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.columns = header.map(() => ({ width: 18 }));
  const head = ws.addRow(header.map(xlsxCell));
  head.font = { bold: true };
  head.commit();
  return {
    async rows(rows) {
      if (out.destroyed) return;
      for (const r of rows) ws.addRow(r.map(xlsxCell)).commit();
      await drained(out);
    },
    async end() {
      if (out.destroyed) return;
      ws.commit();
      await wb.commit();
    },
  };
}

/** Starts a table file on `out`: the header goes first. `sheetName` names the XLSX worksheet. */
export function tableWriter(format: TableFormat, out: Writable, header: readonly string[], sheetName: string): TableWriter {
  return format === 'csv' ? csvWriter(out, header) : xlsxWriter(out, header, sheetName);
}

/** A whole (small) table in memory, e.g. an import template. */
export async function tableBuffer(format: TableFormat, header: readonly string[], rows: readonly (readonly Cell[])[], sheetName: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const w = tableWriter(format, out, header, sheetName);
  await w.rows(rows);
  await w.end();
  return Buffer.concat(chunks);
}
