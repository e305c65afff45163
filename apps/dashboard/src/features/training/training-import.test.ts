import { describe, expect, it } from 'vitest';
// The file reading the import box uses (roster import's): a GB18030 CSV from Excel must arrive as text.
import { decodeCsv, formatOf } from '@/lib/read-file';
import { templateCsv, trainingImportCall } from './training-import';

describe('the training import', () => {
  it('sends CSV text to importTraining and an XLSX workbook to importTrainingXlsx, with the kind and semester', () => {
    expect(trainingImportCall({ format: 'csv', content: '学号,模块代码\n1,READER' }, 'MODULE_COMPLETIONS', '2026-2027-1', true)).toEqual({
      mutation: 'csv',
      variables: { kind: 'MODULE_COMPLETIONS', semester: '2026-2027-1', csv: '学号,模块代码\n1,READER', dryRun: true },
    });
    expect(trainingImportCall({ format: 'xlsx', content: 'UEsDBA==' }, 'SESSION_ATTENDANCE', '2026-2027-1', false)).toEqual({
      mutation: 'xlsx',
      variables: { kind: 'SESSION_ATTENDANCE', semester: '2026-2027-1', xlsxBase64: 'UEsDBA==', dryRun: false },
    });
  });

  it('reads a sign-in sheet saved by Excel as GB18030', () => {
    // "培训代码,学号" in GB18030
    const gb = new Uint8Array([0xc5, 0xe0, 0xd1, 0xb5, 0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0xd1, 0xa7, 0xba, 0xc5]);
    expect(decodeCsv(gb.buffer)).toBe('培训代码,学号');
    expect(formatOf('签到表.XLSX')).toBe('xlsx');
    expect(formatOf('签到表.xls')).toBeNull();
  });

  it('writes templates with the Chinese headers the server reads', () => {
    const example = { studentNo: '2400000002', moduleCode: 'READER', sessionCode: 'CS-01', date: '2026-10-08' };
    expect(templateCsv('MODULE_COMPLETIONS', example)).toBe('学号,模块代码,完成日期\r\n2400000002,READER,2026-10-08\r\n');
    expect(templateCsv('SESSION_ATTENDANCE', example)).toBe('培训代码,学号\r\nCS-01,2400000002\r\n');
  });
});
