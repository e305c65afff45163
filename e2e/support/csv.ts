import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Parses RFC 4180 CSV (quoted fields, "" escapes, CRLF or LF); a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Clicks an export button and returns the downloaded file's raw text and its parsed rows. */
export async function downloadCsv(page: Page, button: Locator): Promise<{ filename: string; text: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await (download as Download).path();
  const text = await readFile(file, 'utf8');
  return { filename: download.suggestedFilename(), text, rows: parseCsv(text) };
}

/** The texts of an antd table as shown: header, body rows, then the summary (total) rows. */
export async function tableTexts(table: Locator): Promise<string[][]> {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const header = (await table.locator('thead th').allInnerTexts()).map(clean);
  const body: string[][] = [];
  for (const tr of await table.locator('tbody tr[data-row-key]').all()) body.push((await tr.locator('td').allInnerTexts()).map(clean));
  for (const tr of await table.locator('tfoot tr').all()) body.push((await tr.locator('td').allInnerTexts()).map(clean));
  return [header, ...body];
}

/** The export of a table holds exactly its rows and cells, as UTF-8 with a BOM (for Excel). */
export async function expectExportMatchesTable(page: Page, button: Locator, table: Locator): Promise<string[][]> {
  const shown = await tableTexts(table);
  const csv = await downloadCsv(page, button);
  expect(csv.text.startsWith('\uFEFF'), 'the CSV starts with a UTF-8 BOM').toBe(true);
  expect(csv.rows).toEqual(shown);
  return csv.rows;
}
