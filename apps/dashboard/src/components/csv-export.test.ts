import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-export';

describe('toCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(toCsv(['代码', '名称'], [['C01', '计算机, 学院'], ['C02', 'say "hi"'], ['C03', null]])).toBe(
      '代码,名称\r\nC01,"计算机, 学院"\r\nC02,"say ""hi"""\r\nC03,',
    );
  });
});
