import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV text: a header row, then the data rows. A text cell that Excel or WPS would run as a
 * formula (starting with =, +, -, @, tab or CR) gets a leading single quote; numbers stay numbers.
 * The server writes its CSV with the same rule (@carenet/domain toCsv); the dashboard may not import it.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
    eof: false,
    // Spreadsheets trim unquoted edge spaces; quote them to keep the text as it is.
    quoted_match: /^\s|\s$/,
    cast: { boolean: String },
  });
}

/** Downloads CSV with a BOM so Excel opens Chinese text correctly. */
export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob([`\uFEFF${toCsv(header, rows)}\r\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads CSV text made elsewhere (the server), adding the BOM Excel needs for Chinese text. */
export function downloadCsvText(filename: string, csv: string): void {
  const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
