import { describe, expect, it } from 'vitest';
import { IDENTIFIER_MAX_LENGTH, parseStaffNo, parseStudentNo } from './values.js';

const value = (r: ReturnType<typeof parseStudentNo>) => (r.ok ? r.value : null);
const error = (r: ReturnType<typeof parseStudentNo>) => (r.ok ? null : r.error);

describe('student and staff numbers are opaque identifiers', () => {
  it.each([
    ['8 digits', '21061010'],
    ['10 digits', '2023000001'],
    ['12 digits', '202101100001'],
    ['14 digits', '20210110000123'],
    ['a one-letter prefix', 'S2024000001'],
    ['a two-letter prefix', 'SY2106101'],
    ['another two-letter prefix', 'MP1933001'],
    ['lower-case letters', 'by2106101'],
    ['one character', '7'],
    ['32 characters', 'A'.repeat(32)],
  ])('accepts %s', (_what, raw) => {
    expect(value(parseStudentNo(raw))).toBe(raw);
    expect(value(parseStaffNo(raw))).toBe(raw);
  });

  it('trims surrounding spaces and keeps the rest exactly (case included)', () => {
    expect(value(parseStudentNo('  SY2106101\t'))).toBe('SY2106101');
    expect(value(parseStudentNo('sy2106101'))).toBe('sy2106101');
  });

  it('refuses a space inside, naming it, in both languages', () => {
    const e = error(parseStudentNo('2023 000001'));
    expect(e?.en).toBe('"2023 000001" is not a valid student number: it contains a space; only letters and digits are allowed');
    expect(e?.zh).toBe('“2023 000001”不是有效的学号：其中含有空格，只能包含字母和数字');
  });

  it.each([';', '-', '.', '/', '，', '张', '\u200b'])('refuses punctuation and other characters such as %j', (c) => {
    const e = error(parseStaffNo(`T00${c}01`));
    expect(e?.en).toMatch(/is not a valid staff number: it contains .+; only letters and digits are allowed/);
    expect(e?.zh).toMatch(/不是有效的工号：其中含有.+，只能包含字母和数字/);
  });

  it('names an invisible character by its code point', () => {
    expect(error(parseStudentNo('2023\u200b01'))?.en).toMatch(/contains U\+200B/);
  });

  it(`refuses more than ${IDENTIFIER_MAX_LENGTH} characters, saying how many`, () => {
    const e = error(parseStudentNo('1'.repeat(33)));
    expect(e?.en).toMatch(/it has 33 characters, at most 32 are allowed/);
    expect(e?.zh).toMatch(/长度为 33 个字符，最多允许 32 个/);
  });

  it('refuses an empty value', () => {
    expect(error(parseStudentNo('   '))?.en).toBe('a value is required');
  });

  it("applies a configured pattern on top of the default check, naming the university's format", () => {
    const twelve = /^\d{12}$/;
    expect(value(parseStudentNo('202101100001', twelve))).toBe('202101100001');
    const e = error(parseStudentNo('2023000001', twelve));
    expect(e?.en).toBe(`"2023000001" is not a valid student number: it does not match this university's format (^\\d{12}$)`);
    expect(e?.zh).toBe('“2023000001”不是有效的学号：不符合本校的学号格式（^\\d{12}$）');
    // The default check still comes first: a pattern cannot let punctuation in.
    expect(error(parseStudentNo('2021-0110-0001', /.*/))?.en).toMatch(/contains "-"/);
    expect(value(parseStaffNo('T0000001', /^T\d{7}$/))).toBe('T0000001');
    expect(error(parseStaffNo('10086', /^T\d{7}$/))?.en).toMatch(/does not match this university's format/);
  });

  it('shows an anchored configured pattern as the university wrote it', () => {
    expect(error(parseStudentNo('2023000001', /^(?:\d{12})$/))?.en).toMatch(/format \(\\d\{12\}\)$/);
  });

  it('a global pattern gives the same answer every time', () => {
    const g = /^\d{12}$/g;
    for (let i = 0; i < 3; i++) expect(value(parseStudentNo('202101100001', g))).toBe('202101100001');
  });
});
