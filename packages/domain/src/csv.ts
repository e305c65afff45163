import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a text cell starting with one of these as a formula (OWASP "CSV injection");
// the full-width forms are there because Excel and WPS accept them from Chinese input methods.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Makes a text cell inert in Excel and WPS by prefixing a single quote when it could start a formula.
 * Applies to text only: a number (even a negative one) stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Serialises rows as RFC 4180 CSV (quoting only where needed), every text cell neutralised. No BOM: callers add it. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows as CsvCell[][], {
    cast: { string: neutraliseFormula, boolean: String },
  });
}
