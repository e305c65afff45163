import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes only cells with commas, quotes or line breaks, one line per row', () => {
    expect(
      toCsv([
        ['code', 'name', 'note'],
        ['C01', '计算机, 学院', 'say "hi"'],
        ['C02', 'two\nlines', null],
        [3, true, undefined],
      ]),
    ).toBe('code,name,note\nC01,"计算机, 学院","say ""hi"""\nC02,"two\nlines",\n3,true,\n');
  });

  it('adds no BOM and keeps one it is given as text', () => {
    expect(toCsv([['学号']])).toBe('学号\n');
    expect(`\uFEFF${toCsv([['学号']])}`.charCodeAt(0)).toBe(0xfeff);
  });

  it.each([
    ['=HYPERLINK("http://x/?"&A2,"open")', `"'=HYPERLINK(""http://x/?""&A2,""open"")"`],
    ['+1+1', "'+1+1"],
    ['-2-3', "'-2-3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['＝1+1', "'＝1+1"],
  ])('a text cell %j that a spreadsheet would run as a formula is written as text', (cell, written) => {
    expect(toCsv([['ok', cell]])).toBe(`ok,${written}\n`);
  });

  it('leaves numbers, negative ones too, and harmless text as they are', () => {
    expect(toCsv([[-5, 0, 'a=b', 'x-1', '']])).toBe('-5,0,a=b,x-1,\n');
  });

  it('neutralises exactly what csv-stringify escape_formulas does (the dashboard uses that option)', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'a', '1', "'", ' ', '{']) {
      const cell = `${c}x`;
      expect(toCsv([[cell]]), JSON.stringify(cell)).toBe(stringify([[cell]], { escape_formulas: true }));
    }
  });
});

describe('neutraliseFormula', () => {
  it('prefixes a quote only where a formula could start', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('学生一')).toBe('学生一');
    expect(neutraliseFormula('')).toBe('');
  });
});
