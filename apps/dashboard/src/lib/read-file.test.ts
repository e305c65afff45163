import { describe, expect, it } from 'vitest';
import { decodeCsv, formatOf, toBase64 } from './read-file';

describe('reading import files', () => {
  it('knows csv and xlsx only', () => {
    expect(formatOf('学生.CSV')).toBe('csv');
    expect(formatOf('roster.xlsx')).toBe('xlsx');
    expect(formatOf('roster.xls')).toBeNull();
  });

  it('decodes UTF-8, and GB18030 as Excel saves it on Chinese Windows', () => {
    const utf8 = new TextEncoder().encode('学院代码,学院名称\n').buffer;
    expect(decodeCsv(utf8)).toBe('学院代码,学院名称\n');
    // "学号,姓名" in GBK
    const gbk = new Uint8Array([0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb]).buffer;
    expect(decodeCsv(gbk)).toBe('学号,姓名');
  });

  it('encodes bytes as base64', () => {
    expect(toBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04]).buffer)).toBe('UEsDBA==');
  });
});
